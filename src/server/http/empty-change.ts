import type { FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error.js";

/** Whether a PATCH's body names nothing to change: none at all, or `{}`. */
export function namesNoChange(body: unknown): boolean {
  if (body === undefined) return true;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  return Object.keys(body).length === 0;
}

/**
 * Refuses an `/api` PATCH whose body names nothing to change (`{}`, or none, which some clients
 * send for `{}`): 400 `invalid-input` naming `body`, for every PATCH route alike. Each route once
 * decided for itself, so `{}` was a silent 200 on some (the circle, activities) and a 400 on
 * others (shares): a client that lost its fields on the way was told it had saved. Held here,
 * not in each schema, so a PATCH added later cannot forget it. Any other body (`null`, `[]`, a
 * field) is left to the route's own schema. Runs after the session guard, like every other check
 * of input.
 */
export function registerEmptyChangeRule(app: FastifyInstance): void {
  app.addHook("preValidation", (request, _reply, done) => {
    if (request.method !== "PATCH" || !namesNoChange(request.body)) return done();
    // The route is read only when needed: Fastify builds `routeOptions` anew at every read.
    if (!request.routeOptions.url?.startsWith("/api/")) return done();
    done(
      new AppError(
        400,
        "invalid-input",
        "Nothing was changed: the request named nothing to change.",
        {
          body: "must change at least one thing",
        },
      ),
    );
  });
}
