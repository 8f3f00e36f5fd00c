import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The CSRF rule of the public contract: a request that changes anything must be JSON (which a
 * plain HTML form cannot send) and, when the browser names an origin, it must be ours.
 */
export function registerSameOriginRule(app: FastifyInstance): void {
  // A plain callback rather than an async hook: it runs on every request and never waits.
  app.addHook("onRequest", (request, _reply, done) => done(refusal(request)));
}

function refusal(request: FastifyRequest): AppError | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const type = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return new AppError(
      403,
      "json-required",
      "Changes must be sent as JSON (Content-Type: application/json).",
    );
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.headers.host ?? ""}`) {
    return new AppError(
      403,
      "cross-origin",
      "This request came from another site and was refused.",
    );
  }
  return undefined;
}
