import type { FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error.js";
import { isMethodRefusal } from "./method-not-allowed.js";
import { namesNothing } from "./no-body.js";
import { addPreValidation, methodsOf } from "./route-hook.js";

const nothingToChange = () =>
  new AppError(400, "invalid-input", "Nothing was changed: the request named nothing to change.", {
    body: "must change at least one thing",
  });

/**
 * Refuses an `/api` PATCH whose body names nothing to change (`{}`, or none, which some clients
 * send for `{}`): 400 `invalid-input` naming `body`, for every PATCH route alike. Each route once
 * decided for itself, so `{}` was a silent 200 on some (the circle, activities) and a 400 on
 * others (shares): a client that lost its fields on the way was told it had saved. Attached to
 * every `/api` PATCH route as it is registered, not written in each schema, so a PATCH added
 * later cannot forget it, and other requests pay nothing for it. Any other body (`null`, `[]`, a
 * field) is left to the route's own schema. Runs after the session guard, like every other check
 * of input. Call before any route is added.
 */
export function registerEmptyChangeRule(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    if (isMethodRefusal(route) || !route.url.startsWith("/api/")) return;
    if (!methodsOf(route).includes("PATCH")) return;
    addPreValidation(route, (request, _reply, done) => {
      done(
        request.method === "PATCH" && namesNothing(request.body) ? nothingToChange() : undefined,
      );
    });
  });
}
