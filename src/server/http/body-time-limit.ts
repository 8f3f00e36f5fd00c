import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { counted } from "../../core/text/counted.js";
import { AppError } from "../errors/app-error.js";

/**
 * How fast a request's body must keep arriving. A pace rather than one deadline, so a person
 * importing a large export over a slow home or mobile upload is not cut off, while a client
 * trickling a byte a second cannot hold a connection: every window must bring `minBytes` (or the
 * body's end), and no body may take longer than `totalMs` in all. The one place it is set; tests
 * pass a quicker one through buildApp's `bodyPace`.
 */
export interface BodyPace {
  windowMs: number;
  minBytes: number;
  totalMs: number;
}

/**
 * 32 KB every 30 s is about 9 kbit/s, slower than any connection that still loads the app; 15
 * minutes brings the largest import (50 MB) over an upload of about 0.5 Mbit/s, and ten years of
 * one person's export (3 MB) over one of about 30 kbit/s.
 */
export const BODY_PACE: BodyPace = { windowMs: 30_000, minBytes: 32 * 1024, totalMs: 15 * 60_000 };

const tooSlow = (why: string) =>
  new AppError(
    408,
    "body-too-slow",
    `The request's body arrived too slowly (${why}), so nothing was changed. Please try again on a steadier connection.`,
    undefined,
    // The rest of the body may still be on its way: the connection is closed, not reused.
    { connection: "close" },
  );

/**
 * Paces every body as it is read: a body that falls behind is cut off with a 408, and the route
 * never runs. A request without a body is not timed.
 */
export function registerBodyTimeLimit(app: FastifyInstance, pace: BodyPace = BODY_PACE): void {
  app.addHook("preParsing", (request, reply, payload, done) => {
    const { headers } = request;
    const hasBody =
      headers["transfer-encoding"] !== undefined ||
      (headers["content-length"] !== undefined && headers["content-length"] !== "0");
    if (!hasBody) {
      done(null, payload);
      return;
    }
    const timed = new PassThrough();
    const cutOff = (why: string) => {
      stop();
      payload.unpipe(timed);
      timed.destroy(tooSlow(why));
    };
    let inWindow = 0;
    payload.on("data", (chunk: Buffer) => {
      inWindow += chunk.length;
    });
    const window = setInterval(() => {
      if (inWindow < pace.minBytes) {
        cutOff(`too little of it came in ${counted(Math.round(pace.windowMs / 1000), "second")}`);
      }
      inWindow = 0;
    }, pace.windowMs);
    const total = setTimeout(
      () =>
        cutOff(`it was not all here after ${counted(Math.round(pace.totalMs / 60_000), "minute")}`),
      pace.totalMs,
    );
    function stop() {
      clearInterval(window);
      clearTimeout(total);
    }
    timed.once("end", stop);
    timed.once("close", stop);
    // Once an answer has gone out the body no longer matters. A body refused unread (a
    // Content-Length over the limit is answered 413 at once) is never read to its end, and
    // cutting it off later would raise an error no one listens for, which stopped the server.
    reply.raw.once("finish", stop);
    reply.raw.once("close", stop);
    payload.once("error", (error) => timed.destroy(error));
    payload.pipe(timed);
    done(null, timed);
  });
}
