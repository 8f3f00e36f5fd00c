import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ApiError } from "../../core/api/api-error.schema.js";
import { isAccountGone } from "../db/account-gone.js";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "../db/database-unavailable.js";
import { BODY_LIMIT_BYTES } from "../http/json-body.js";
import { HEADERS as SECURITY_HEADERS } from "../http/security-headers.js";
import { hasSession } from "../sessions/session-guard.js";
import { AppError, sessionEnded } from "./app-error.js";

function body(code: string, message: string, fields?: Record<string, string>): ApiError {
  return { error: fields ? { code, message, fields } : { code, message } };
}

interface Answer {
  status: number;
  code: string;
  message: string;
}

/** Fastify's own errors that the caller can fix, turned into our format with plain words. */
const knownFastifyErrors = new Map<string, Answer>([
  [
    "FST_ERR_CTP_BODY_TOO_LARGE",
    {
      status: 413,
      code: "body-too-large",
      message: `That is more than we can take in one go (${BODY_LIMIT_BYTES / 1024} KB at most).`,
    },
  ],
  [
    "FST_ERR_CTP_INVALID_MEDIA_TYPE",
    {
      status: 415,
      code: "unsupported-media-type",
      message: "Send the request as JSON (Content-Type: application/json).",
    },
  ],
  [
    "FST_ERR_CTP_INVALID_CONTENT_LENGTH",
    {
      status: 400,
      code: "invalid-content-length",
      message: "The request's Content-Length does not match its body.",
    },
  ],
  [
    "FST_ERR_CTP_EMPTY_JSON_BODY",
    {
      status: 400,
      code: "invalid-json",
      message: "The request body is empty; send a JSON object.",
    },
  ],
  // Raised before any route or hook runs, so they reach frameworkErrorHandler, not the handler.
  [
    "FST_ERR_BAD_URL",
    {
      status: 400,
      code: "bad-address",
      message: "That address could not be read: it holds a %-escape that is not UTF-8 text.",
    },
  ],
  [
    "FST_ERR_MAX_PARAM_LENGTH",
    {
      status: 414,
      code: "address-too-long",
      message: "That address is longer than any we answer.",
    },
  ],
]);

/**
 * A stable code for every other 4xx a plugin raises (a file outside the app's folder is 403), so
 * no caller ever reads `bad-request` for something that is not one.
 */
const codeByStatus = new Map<number, Answer>([
  [400, { status: 400, code: "bad-request", message: "The request could not be understood." }],
  [403, { status: 403, code: "forbidden", message: "That is not something we can show you." }],
  [404, { status: 404, code: "not-found", message: "There is nothing at that address." }],
  [
    405,
    { status: 405, code: "method-not-allowed", message: "That address does not take this method." },
  ],
  [
    406,
    { status: 406, code: "not-acceptable", message: "We cannot answer in the form asked for." },
  ],
  [
    416,
    {
      status: 416,
      code: "range-not-satisfiable",
      message: "That part of the file does not exist.",
    },
  ],
]);

const INTERNAL: Answer = {
  status: 500,
  code: "internal",
  message: "Something went wrong on our side, and nothing was changed. Please try again.",
};

function answerFor(error: FastifyError): Answer | undefined {
  const known = error.code ? knownFastifyErrors.get(error.code) : undefined;
  if (known) return known;
  const status = error.statusCode ?? 500;
  if (status < 400 || status >= 500) return undefined;
  return codeByStatus.get(status) ?? { ...(codeByStatus.get(400) ?? INTERNAL), status };
}

/**
 * For the errors Fastify raises before any hook runs (an address that is not UTF-8, a path part
 * past the length limit): the app's own error shape and the security headers every other answer
 * carries, never the framework's name or the address echoed back.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const answer = answerFor(error) ?? INTERNAL;
  reply.headers(SECURITY_HEADERS).status(answer.status).send(body(answer.code, answer.message));
}

// The file's length as the static files' 416 gives it (`bytes */14`), which HTTP asks every 416
// to carry so a client resuming a download learns where the file now ends. Only that header is
// taken from the plugin's error, and only in that form.
function unsatisfiedRange(error: object): string | undefined {
  const headers: unknown = "headers" in error ? error.headers : undefined;
  if (typeof headers !== "object" || headers === null || !("Content-Range" in headers)) {
    return undefined;
  }
  const value = headers["Content-Range"];
  return typeof value === "string" && /^bytes \*\/\d+$/.test(value) ? value : undefined;
}

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
    // The account was erased while this signed-in request was writing to it: the person is signed
    // out, as the next request would find, not met with "something went wrong" for what cannot be
    // retried. A request with no session (a share card, a calendar app) was never signed in.
    if (isAccountGone(error) && hasSession(request)) {
      const gone = sessionEnded();
      return reply.status(gone.status).send(body(gone.code, gone.message));
    }
    // A database that did not answer in time (SQLite's write lock held past the busy timeout
    // by another process) is a 503 to retry, like the PostgreSQL errors guarded-pool.ts turns.
    if (isDatabaseUnavailable(error)) {
      const unavailable = new DatabaseUnavailableError(error);
      if (unavailable.headers) reply.headers(unavailable.headers);
      return reply
        .status(unavailable.status)
        .send(body(unavailable.code, unavailable.message, unavailable.fields));
    }
    const answer = answerFor(error);
    if (answer) {
      const contentRange = answer.status === 416 ? unsatisfiedRange(error) : undefined;
      if (contentRange) reply.header("content-range", contentRange);
      return reply.status(answer.status).send(body(answer.code, answer.message));
    }
    request.log.error(
      { errorName: error.name, errorCode: error.code, route: request.routeOptions.url },
      "request failed",
    );
    return reply.status(INTERNAL.status).send(body(INTERNAL.code, INTERNAL.message));
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
    // The address is not echoed: it can carry a private date or a token, and callers have it.
    reply.status(404).send(body("not-found", "There is nothing at that address."));
  });
}
