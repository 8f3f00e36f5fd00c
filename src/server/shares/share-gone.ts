import type { FastifyReply, FastifyRequest } from "fastify";
import { HEADERS as SECURITY_HEADERS } from "../http/security-headers.js";
import { renderGonePage } from "./share.page.js";

/** The one plain page for a link that opens no card, whatever the reason. */
export function sendGone(reply: FastifyReply, status: 404 | 410) {
  return reply
    .status(status)
    .header("cache-control", "no-store")
    .type("text/html; charset=utf-8")
    .send(renderGonePage());
}

/**
 * For a share link the router cannot read at all: glued to the words after it in a message (past
 * the path-part length), or broken by a mail program into an escape that is not UTF-8. Fastify
 * refuses those before any route or hook runs, so the security headers are set here. A supporter
 * still gets the same plain page as for any link that opens nothing, never an error object.
 */
export function answeredUnreadableShareLink(request: FastifyRequest, reply: FastifyReply): boolean {
  if (!request.url.startsWith("/s/")) return false;
  sendGone(reply.headers(SECURITY_HEADERS), 404);
  return true;
}
