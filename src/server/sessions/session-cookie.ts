import type { FastifyReply, FastifyRequest } from "fastify";
import { clientOf } from "../http/forwarded.js";

export const SESSION_COOKIE = "reconnect_session";
export const SESSION_DAYS = 30;
export const SESSION_MS = SESSION_DAYS * 86_400_000;

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: clientOf(request).protocol === "https",
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: clientOf(request).protocol === "https",
  });
}

/**
 * The most session cookies one request is read for. The app sets one (path "/"); a browser adds
 * another only for each path or domain a cookie of the name was once set on (the app at another
 * address, a site on the parent domain), so a few at most. A request with more is answered as
 * signed out rather than have each looked up; signing in still ends the sessions they name.
 */
export const SESSION_COOKIES_READ = 8;

/**
 * The session tokens a request carries, in the order sent, each once, and at most one more than
 * SESSION_COOKIES_READ (so a caller can tell there were too many). A browser sends every cookie
 * of the name whose path and domain fit the address, the longest path first; the cookie parser
 * keeps only the first, which may be one left from before while the live one comes after it.
 */
export function sessionTokens(request: FastifyRequest): string[] {
  const first = request.cookies[SESSION_COOKIE];
  const header = request.headers.cookie;
  const name = `${SESSION_COOKIE}=`;
  // One cookie of the name, as nearly every request has: the parser's answer is all there is.
  if (typeof header !== "string" || header.indexOf(name) === header.lastIndexOf(name)) {
    return first ? [first] : [];
  }
  const tokens: string[] = [];
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at < 0 || part.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = cookieValue(part.slice(at + 1).trim());
    if (value === "" || tokens.includes(value)) continue;
    tokens.push(value);
    if (tokens.length > SESSION_COOKIES_READ) break;
  }
  return tokens;
}

/** A cookie's value as the cookie parser reads it: unquoted, and percent-decoded when it can be. */
function cookieValue(raw: string): string {
  const value =
    raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
