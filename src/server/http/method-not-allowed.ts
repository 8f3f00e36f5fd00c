import type { FastifyInstance, RouteHandlerMethod } from "fastify";
import { AppError } from "../errors/app-error.js";

function methodNotAllowed(allow: string): AppError {
  return new AppError(
    405,
    "method-not-allowed",
    `That address does not take this method; it takes ${allow}.`,
    undefined,
    { allow },
  );
}

// The handlers of refusing routes, so a walk of the route table can leave them out.
const refusingHandlers = new WeakSet<object>();

/** Whether a route is one of the 405 answers added here rather than a route of the app. */
export function isMethodRefusal(route: { handler: unknown }): boolean {
  return typeof route.handler === "function" && refusingHandlers.has(route.handler);
}

// A parameter with other text in its segment: `/:name.ics`, `/:from-:to`, `/x:id`.
const SHARED_SEGMENT = /[^/]:|:[^/]*[^\w/]/;

/**
 * The shape below (`/t/:`) is one address to the router only while each parameter is a whole
 * segment: `/t/:name.ics` and `/t/:id` are two to it, and taken for one, `PUT /t/abc` answered 404
 * though `DELETE /t/abc` is answered. Such a route is refused as it is added, before it misleads;
 * the app has none (the calendar feed takes `/:file` and checks its `.ics` itself).
 */
function assertWholeSegmentParameters(url: string): void {
  if (SHARED_SEGMENT.test(url)) {
    throw new Error(
      `${url}: each route parameter must be a whole segment of the address, so 405 answers name the right methods`,
    );
  }
}

/**
 * For each address the app answers, every other method Fastify knows (OPTIONS, TRACE, PATCH…)
 * gets 405 with an `Allow` header naming the methods it does take, instead of a 404 that says the
 * address does not exist. Call before any route is added and before the same-origin rule; call
 * the function it returns once all routes are in. Wildcard addresses (the browser app's files)
 * are left out: they cover every path, and a POST to an unknown path must stay a 404.
 */
export function registerMethodNotAllowed(app: FastifyInstance): () => void {
  // By the address's shape: `/api/invitations/:id` and `/api/invitations/:token` are one address
  // to the router, whatever their parts are called. The first name seen is the one registered.
  const methods = new Map<string, { url: string; known: Set<string> }>();
  // "PUT /api/me" → the Allow header for it.
  const refusals = new Map<string, string>();
  const refuse: RouteHandlerMethod = async (request) => {
    throw methodNotAllowed(refusals.get(`${request.method} ${request.routeOptions.url}`) ?? "");
  };
  refusingHandlers.add(refuse);

  app.addHook("onRoute", (route) => {
    if (route.handler === refuse) return;
    assertWholeSegmentParameters(route.url);
    const shape = route.url.replace(/:[^/]+/g, ":");
    const entry = methods.get(shape) ?? { url: route.url, known: new Set<string>() };
    for (const method of [route.method].flat()) entry.known.add(method);
    // Fastify answers HEAD beside every GET by running the GET's handler, unless the route says
    // otherwise (`exposeHeadRoute: false`: a download that a HEAD would build and note in the
    // access log). Such a route gets 405 for HEAD like any other method it does not take.
    if (entry.known.has("GET") && route.exposeHeadRoute !== false) entry.known.add("HEAD");
    methods.set(shape, entry);
  });
  // Registered before the same-origin rule and the session guard, which judge requests that could
  // run. One that cannot changes nothing, so answering it first weakens neither.
  app.addHook("onRequest", (request, _reply, done) => {
    const allow = refusals.get(`${request.method} ${request.routeOptions.url}`);
    done(allow === undefined ? undefined : methodNotAllowed(allow));
  });

  return () => {
    for (const { url, known } of methods.values()) {
      if (url.includes("*")) continue;
      const allow = [...known].sort().join(", ");
      const others = app.supportedMethods.filter((method) => !known.has(method));
      if (others.length === 0) continue;
      for (const method of others) refusals.set(`${method} ${url}`, allow);
      app.route({ method: others, url, handler: refuse });
    }
  };
}
