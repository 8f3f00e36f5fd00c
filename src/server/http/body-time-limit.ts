import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error.js";

/**
 * How long a request's body may take to arrive, from when reading it begins to its last byte. Long
 * enough for the largest import (50 MB) over a slow home upload of about 7 Mbit/s; short enough
 * that a client trickling one byte a second cannot hold a connection for long. The one place
 * it is set; tests pass a shorter one through buildApp's `bodyTimeLimitMs`.
 */
export const BODY_TIME_LIMIT_MS = 60_000;

const tooSlow = (limitMs: number) =>
  new AppError(
    408,
    "body-too-slow",
    `The request's body did not arrive within ${Math.round(limitMs / 1000)} seconds, so nothing was changed. Please try again.`,
    undefined,
    // The rest of the body may still be on its way: the connection is closed, not reused.
    { connection: "close" },
  );

/**
 * Times every body as it is read: a body still arriving at the limit is cut off with a 408, and
 * the route never runs. A request without a body is not timed.
 */
export function registerBodyTimeLimit(app: FastifyInstance, limitMs = BODY_TIME_LIMIT_MS): void {
  app.addHook("preParsing", (request, _reply, payload, done) => {
    const { headers } = request;
    const hasBody =
      headers["transfer-encoding"] !== undefined ||
      (headers["content-length"] !== undefined && headers["content-length"] !== "0");
    if (!hasBody) {
      done(null, payload);
      return;
    }
    const timed = new PassThrough();
    const timer = setTimeout(() => {
      payload.unpipe(timed);
      timed.destroy(tooSlow(limitMs));
    }, limitMs);
    const stop = () => clearTimeout(timer);
    timed.once("end", stop);
    timed.once("close", stop);
    payload.once("error", (error) => timed.destroy(error));
    payload.pipe(timed);
    done(null, timed);
  });
}
