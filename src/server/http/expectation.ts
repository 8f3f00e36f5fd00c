import type { IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error.js";

/**
 * An `Expect` header other than `100-continue` (`Expect: foo`) is one this server cannot meet.
 * Left to Node, it got a bare 417 with an empty body and none of the headers every answer
 * carries. Node tells of it with `checkExpectation` instead of `request`; the request is handed
 * on to the app as any other, marked, and refused with 417 in the app's error shape, after the
 * security headers and the host check, as every other refusal is.
 */
export function registerExpectationRule(app: FastifyInstance): void {
  const unmet = new WeakSet<IncomingMessage>();
  app.server.on("checkExpectation", (request, response) => {
    unmet.add(request);
    app.server.emit("request", request, response);
  });
  app.addHook("onRequest", (request, _reply, done) => {
    if (!unmet.has(request.raw)) return done();
    done(
      new AppError(
        417,
        "expectation-failed",
        "The request's Expect header asks for something this server does not do: only 100-continue is understood.",
        { expect: "only 100-continue is understood" },
      ),
    );
  });
}
