import type { FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error.js";

/** The same words as an address whose path is not UTF-8 (errors/error-handler.ts). */
export const badQueryEscape = () =>
  new AppError(
    400,
    "bad-address",
    "That address could not be read: it holds a %-escape that is not UTF-8 text.",
  );

/**
 * Whether every name and value of a query string reads as UTF-8 text, `+` standing for a space.
 * The query parser keeps a part it cannot decode exactly as written, so `?q=%ff` searched for
 * the three characters `%ff`, and `?from=%E2%82` was called a bad date, not an unreadable address.
 */
export function queryReads(search: string): boolean {
  for (const part of search.split("&")) {
    for (const piece of part.split("=")) {
      try {
        decodeURIComponent(piece.replaceAll("+", " "));
      } catch {
        return false;
      }
    }
  }
  return true;
}

/**
 * Refuses an `/api` request whose query holds a %-escape that is not UTF-8 (or a `%` that starts
 * no escape), as Fastify refuses such a path: 400 `bad-address`, before any route reads it. Only
 * under `/api`: a page (the crisis page, a share card, the app) opened from a mangled link still
 * shows, since the person opening it may need it more than a correct address.
 */
export function registerQueryEscapesRule(app: FastifyInstance): void {
  app.addHook("onRequest", (request, _reply, done) => {
    const url = request.raw.url ?? "";
    const mark = url.indexOf("?");
    if (mark === -1 || !url.startsWith("/api/")) return done();
    done(queryReads(url.slice(mark + 1)) ? undefined : badQueryEscape());
  });
}
