import type { FastifyInstance } from "fastify";
import { shownFieldName } from "../../core/text/shown-name.js";
import { AppError } from "../errors/app-error.js";
import { isMethodRefusal } from "./method-not-allowed.js";
import { addPreValidation, methodsOf } from "./route-hook.js";

/**
 * The changes that take a body although their method or purpose suggests none: erasing one's
 * own account asks for the password. Every other DELETE takes none, so a DELETE added later
 * refuses a body until it is listed here.
 */
const DELETES_WITH_A_BODY: ReadonlySet<string> = new Set(["/api/me"]);

/** Changes by other methods that take no body: they act on the address alone. */
const OTHERS_WITHOUT_A_BODY: ReadonlySet<string> = new Set([
  "POST /api/calendar/feed",
  "POST /api/accounts/:id/password-reset",
]);

/** Whether the route at `url` answering `method` takes no body. */
export function takesNoBody(method: string, url: string): boolean {
  if (method === "DELETE") return url.startsWith("/api/") && !DELETES_WITH_A_BODY.has(url);
  return OTHERS_WITHOUT_A_BODY.has(`${method} ${url}`);
}

/**
 * What is wrong with the body a route that takes none was sent, by field as every refusal names
 * them; undefined when there is nothing to refuse. No body, an empty one and `{}` all say nothing.
 */
export function bodyProblems(body: unknown): Record<string, string> | undefined {
  if (namesNothing(body)) return undefined;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { body: "must be left out: this request takes no body" };
  }
  // A name holding a control character is spelled out, never repeated (shown-name.ts).
  return Object.fromEntries(
    Object.keys(body).map((name) => [shownFieldName(name), "is not a field we know"]),
  );
}

/**
 * Whether a body names nothing: none at all, or `{}` (which some clients send for none). A change
 * that takes no body accepts it; a PATCH, which must change something, refuses it (empty-change.ts).
 */
export function namesNothing(body: unknown): boolean {
  if (body === undefined) return true;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  return Object.keys(body).length === 0;
}

/**
 * Refuses a body sent to a change that takes none (`DELETE /api/checkins/{date}` with
 * `{"mood":1}`): 400 `invalid-input` naming each field, as an unknown field of any other body is,
 * and nothing is done. Ignoring it answered 204 to a client that may have meant something else
 * by it (a conditional delete written as a body instead of `If-Match`) and deleted anyway.
 * Runs after the session guard, like every other check of input, and only on the routes it
 * concerns: attached to each as it is registered, so every other request pays nothing for it.
 * Call before any route is added.
 */
export function registerNoBodyRule(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    // The 405 answers are given before any body is judged (method-not-allowed.ts).
    if (isMethodRefusal(route)) return;
    if (!methodsOf(route).some((method) => takesNoBody(method, route.url))) return;
    addPreValidation(route, (request, _reply, done) => {
      if (!takesNoBody(request.method, route.url)) return done();
      refuseAnyBody(request.body, done);
    });
  });
}

function refuseAnyBody(body: unknown, done: (error?: Error) => void): void {
  const fields = bodyProblems(body);
  if (fields === undefined) {
    done();
    return;
  }
  const names = Object.keys(fields);
  const message =
    names.length === 1 && names[0] === "body"
      ? "This request takes no body: send it without one."
      : `This request takes no body, so it does not know ${names.join(", ")}.`;
  done(new AppError(400, "invalid-input", message, fields));
}
