import { isIP } from "node:net";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error.js";
import { clientOf } from "./forwarded.js";

/** The name part of a Host value: `[::1]:3000` → `::1`, `Example.org:80` → `example.org`. */
export function hostnameOf(host: string): string {
  const value = host.trim().toLowerCase();
  if (value.startsWith("[")) {
    const end = value.indexOf("]");
    return end === -1 ? "" : value.slice(1, end);
  }
  const colon = value.lastIndexOf(":");
  // One colon separates a port; more than one is a bare IPv6 address.
  return colon !== -1 && value.indexOf(":") === colon ? value.slice(0, colon) : value;
}

/**
 * The host names this server answers to: localhost and the configured names (the name it listens
 * on, the host of PUBLIC_URL). Any address written as an IP is answered too: DNS rebinding needs a
 * name the attacker controls, and a browser sends that name, never the address it resolved to.
 */
export function allowedHostNames(names: (string | undefined)[]): Set<string> {
  const allowed = new Set(["localhost"]);
  for (const name of names) {
    if (name === undefined || name === "") continue;
    const host = name.includes("://") ? new URL(name).host : name;
    const hostname = hostnameOf(host);
    if (hostname !== "" && isIP(hostname) === 0) allowed.add(hostname);
  }
  return allowed;
}

export function isAllowedHost(host: string, allowed: Set<string>): boolean {
  const hostname = hostnameOf(host);
  return hostname !== "" && (isIP(hostname) !== 0 || allowed.has(hostname.replace(/\.$/, "")));
}

/** How many Host headers a request carries; `rawHeaders` alternates names and values. */
export function hostHeaderCount(rawHeaders: readonly string[]): number {
  let count = 0;
  for (let index = 0; index < rawHeaders.length; index += 2) {
    if (rawHeaders[index]?.toLowerCase() === "host") count += 1;
  }
  return count;
}

/**
 * Whether a Host value's port, when it has one, is a port: digits from 1 to 65535, or nothing
 * after the colon, which HTTP allows. Node takes any text there, and only the name was judged.
 * A bare IPv6 address (no brackets) is tolerated, as hostnameOf reads it.
 */
export function hasUsablePort(host: string): boolean {
  const value = host.trim();
  let port: string | undefined;
  if (value.startsWith("[")) {
    const rest = value.slice(value.indexOf("]") + 1);
    if (rest === "") return true;
    if (!rest.startsWith(":")) return false;
    port = rest.slice(1);
  } else {
    const colon = value.indexOf(":");
    if (colon === -1) return true;
    if (value.lastIndexOf(":") !== colon) return isIP(value) === 6;
    port = value.slice(colon + 1);
  }
  if (port === "") return true;
  return /^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535;
}

/** The host name an absolute-form request line names (`http://name:3000/…`), if it is one. */
export function targetHost(url: string): string | undefined {
  if (url.startsWith("/") || url === "*") return undefined;
  try {
    return hostnameOf(new URL(url).host);
  } catch {
    return "";
  }
}

/**
 * Refuses a request addressed to a name this server was not told about. A web page whose name is
 * made to resolve to 127.0.0.1 (DNS rebinding) is then not "same origin" with Reconnect, so it
 * can neither claim the owner account on a fresh install nor read anything.
 */
export function registerHostCheck(app: FastifyInstance, allowed: Set<string>): void {
  app.addHook("onRequest", (request, _reply, done) => {
    const hosts = hostHeaderCount(request.raw.rawHeaders);
    // Node keeps the first of two Host headers; a proxy before it may have judged the second.
    // Which one was meant cannot be known, so neither is guessed. HTTP/1.0 may leave it out.
    if (hosts > 1 || (hosts === 0 && request.raw.httpVersion !== "1.0")) {
      const problem = hosts > 1 ? "is given more than once" : "is required";
      return done(
        new AppError(400, "bad-request", `The request's Host header ${problem}.`, {
          host: problem,
        }),
      );
    }
    if (!hasUsablePort(request.headers.host ?? "")) {
      const problem = "has a port that is not a number from 1 to 65535";
      return done(
        new AppError(400, "bad-request", `The request's Host header ${problem}.`, {
          host: problem,
        }),
      );
    }
    // A request line may name the server itself (`PUT http://name/api/…`, as sent to a proxy).
    // HTTP says its host then wins over the Host header, which every check here reads: a name
    // that differs would be a host never judged, so the two must agree.
    const target = targetHost(request.raw.url ?? "");
    if (target !== undefined && target !== hostnameOf(request.headers.host ?? "")) {
      const problem = "does not match the address in the request line";
      return done(
        new AppError(400, "bad-request", `The request's Host header ${problem}.`, {
          host: problem,
        }),
      );
    }
    if (isAllowedHost(clientOf(request).host, allowed)) return done();
    done(
      new AppError(
        421,
        "unknown-host",
        "This Reconnect does not answer to that address. If it is reached by a name, set PUBLIC_URL to that address.",
      ),
    );
  });
}
