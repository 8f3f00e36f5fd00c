import type { FastifyInstance } from "fastify";
import { clientOf } from "./forwarded.js";

/** Nothing runs or loads unless it comes from this server: no inline script, no other host. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// The same values on every response, computed once. Written out rather than produced by a
// middleware per request, which cost several percent of a signed-in read.
export const HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-frame-options": "DENY",
  "x-permitted-cross-domain-policies": "none",
} as const;

/**
 * Over https (directly or through a believed proxy) browsers are told to use only https here for
 * a year, so a later visit cannot be downgraded. Sent only over https, as browsers ignore it
 * otherwise and a plain-http install must stay reachable.
 */
const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    reply.headers(HEADERS);
    // What the API answers is private to the person asking: no browser or proxy keeps a copy.
    // A route with its own rule (a share link, a calendar feed) sets it over this.
    // Judged by the route reached as well as the address, as `/%61pi/…` reaches `/api/…`.
    if (request.routeOptions.url?.startsWith("/api/") || request.url.startsWith("/api/")) {
      reply.header("cache-control", "no-store");
    }
    if (clientOf(request).protocol === "https") {
      reply.header("strict-transport-security", STRICT_TRANSPORT_SECURITY);
    }
    done();
  });
}
