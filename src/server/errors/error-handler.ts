import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ApiError } from "../../core/api/api-error.schema.js";
import { BODY_LIMIT_BYTES } from "../http/json-body.js";
import { AppError } from "./app-error.js";

function body(code: string, message: string, fields?: Record<string, string>): ApiError {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/** Fastify's own errors that the caller can fix, turned into our format with plain words. */
const knownFastifyErrors: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: "body-too-large",
    message: `That is more than we can take in one go (${BODY_LIMIT_BYTES / 1024} KB at most).`,
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "unsupported-media-type",
    message: "Send the request as JSON (Content-Type: application/json).",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: "invalid-content-length",
    message: "The request's Content-Length does not match its body.",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: "invalid-json",
    message: "The request body is empty; send a JSON object.",
  },
};

/**
 * One handler for every error: callers get a clear 4xx they can act on, and a 5xx never carries
 * internals. Only the error's kind reaches the log, never its message, which may quote input.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return reply.status(error.status).send(body(error.code, error.message, error.fields));
    }
    const known = error.code ? knownFastifyErrors[error.code] : undefined;
    if (known) return reply.status(known.status).send(body(known.code, known.message));
    if (error instanceof SyntaxError || error.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
      return reply
        .status(400)
        .send(
          body(
            "invalid-json",
            "The request body is not valid JSON. Check for a missing quote or comma.",
          ),
        );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send(body("bad-request", "The request could not be understood."));
    }
    request.log.error(
      { errorName: error.name, errorCode: error.code, route: request.routeOptions.url },
      "request failed",
    );
    return reply
      .status(500)
      .send(
        body(
          "internal",
          "Something went wrong on our side, and nothing was changed. Please try again.",
        ),
      );
  });
}

/**
 * Unknown routes answer 404 in the error format, except the app's own pages (`fallback`), which
 * get index.html so a reload lands on the right screen.
 */
export function registerNotFoundHandler(
  app: FastifyInstance,
  fallback?: (request: FastifyRequest, reply: FastifyReply) => boolean,
): void {
  app.setNotFoundHandler((request, reply) => {
    if (fallback?.(request, reply)) return;
    reply
      .status(404)
      .send(
        body("not-found", `There is nothing at ${request.method} ${request.url.split("?")[0]}.`),
      );
  });
}
