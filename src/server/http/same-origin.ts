import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error.js";
import { clientOf } from "./forwarded.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The CSRF rule of the public contract: a request that changes anything must be JSON (which a
 * plain HTML form cannot send) and, when the browser names an origin, it must be ours.
 */
export function registerSameOriginRule(app: FastifyInstance): void {
  // A plain callback rather than an async hook: it runs on every request and never waits.
  app.addHook("onRequest", (request, _reply, done) => done(refusal(request)));
}

/**
 * Our origin as the browser sees it: through believed proxies, the scheme and host they were
 * reached by. Compared as URL origins, so `https://example.org:443` and `https://example.org`
 * are the same and letter case does not matter.
 */
function isOurOrigin(origin: string, request: FastifyRequest): boolean {
  const { protocol, host } = clientOf(request);
  try {
    return new URL(origin).origin === new URL(`${protocol}://${host}`).origin;
  } catch {
    return false;
  }
}

/** How many Content-Type headers came: Node keeps the first and drops any other unsaid. */
function contentTypeCount(rawHeaders: readonly string[]): number {
  let count = 0;
  for (let index = 0; index < rawHeaders.length; index += 2) {
    if (rawHeaders[index]?.toLowerCase() === "content-type") count += 1;
  }
  return count;
}

function refusal(request: FastifyRequest): AppError | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  // Two types for one body (JSON and text, or JSON in two charsets): a proxy in front may have
  // believed the one Node dropped, so neither is guessed, as with a Host header given twice.
  if (contentTypeCount(request.raw.rawHeaders) > 1) {
    const problem = "is given more than once";
    return new AppError(400, "bad-request", `The request's Content-Type header ${problem}.`, {
      "content-type": problem,
    });
  }
  const type = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return new AppError(
      403,
      "json-required",
      "Changes must be sent as JSON (Content-Type: application/json).",
    );
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isOurOrigin(origin, request)) {
    return new AppError(
      403,
      "cross-origin",
      "This request came from another site and was refused.",
    );
  }
  return undefined;
}
