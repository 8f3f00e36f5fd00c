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
