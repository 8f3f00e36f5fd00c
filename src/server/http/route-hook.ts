import type { preValidationHookHandler, RouteOptions } from "fastify";

/**
 * Adds a preValidation hook to one route as it is registered (from an `onRoute` hook), after any
 * the route declares itself. A rule that concerns a few routes then costs the others nothing: no
 * hook call and no read of `request.routeOptions` (which Fastify builds anew at every read) on
 * every request. Route hooks run after the app's own, so the session guard has judged first.
 */
export function addPreValidation(route: RouteOptions, hook: preValidationHookHandler): void {
  const existing = route.preValidation;
  route.preValidation = existing === undefined ? [hook] : [...[existing].flat(), hook];
}

/** The methods a route answers, as a list whether it was declared with one or several. */
export function methodsOf(route: RouteOptions): readonly string[] {
  return [route.method].flat();
}
