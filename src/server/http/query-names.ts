import type { FastifyInstance, FastifyRequest } from "fastify";
import type { z } from "zod";
import { shownFieldName } from "../../core/text/shown-name.js";
import { AppError } from "../errors/app-error.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * The zod schema a GET's query is judged by. Declared on the route, it is also where the
     * names the route takes come from: one list, so a parameter added to the schema is allowed
     * by the rule below and drawn by the fuzzer without anyone writing it down twice.
     */
    query?: z.ZodObject;
  }
}

const NONE: readonly string[] = [];

/** The query parameter names a route's config declares; none when it declares no schema. */
export function declaredQueryNames(config: unknown): readonly string[] {
  if (typeof config !== "object" || config === null || !Object.hasOwn(config, "query")) {
    return NONE;
  }
  const query: unknown = Reflect.get(config, "query");
  if (typeof query !== "object" || query === null || !("shape" in query)) return NONE;
  const shape: unknown = query.shape;
  return typeof shape === "object" && shape !== null ? Object.keys(shape) : NONE;
}

// A route's config is one object for its life: its names are read once, not on every request.
const namesByConfig = new WeakMap<object, readonly string[]>();

function namesOf(config: unknown): readonly string[] {
  if (typeof config !== "object" || config === null) return NONE;
  let names = namesByConfig.get(config);
  if (names === undefined) {
    names = declaredQueryNames(config);
    namesByConfig.set(config, names);
  }
  return names;
}

/** The parameters a request names that its route does not take, in the order given. */
export function unknownQueryNames(request: FastifyRequest): string[] {
  if (request.method !== "GET" && request.method !== "HEAD") return [];
  // Read once: Fastify builds a new object at every read of `routeOptions`.
  const { url: route, config } = request.routeOptions;
  if (route === undefined || !route.startsWith("/api/")) return [];
  const query = request.query;
  if (typeof query !== "object" || query === null) return [];
  const known = namesOf(config);
  return Object.keys(query).filter((name) => !known.includes(name));
}

/**
 * The parameters an `/api` request gives more than once (`?from=2026-01-01&from=2026-02-01`),
 * whatever its method: the query parser makes a list of them, which every route's schema would
 * call a bad value ("must be a real date") when the fault is the repeat.
 */
export function repeatedQueryNames(request: FastifyRequest): string[] {
  const query = request.query;
  if (typeof query !== "object" || query === null) return [];
  const repeated = Object.keys(query).filter((name) => Array.isArray(Reflect.get(query, name)));
  // The route is read only when needed: Fastify builds `routeOptions` anew at every read.
  if (repeated.length === 0) return repeated;
  const route = request.routeOptions.url;
  return route?.startsWith("/api/") ? repeated : [];
}

/**
 * Whether an `/api` request's query holds a parameter with no name (`?=x`, `?from=…&=`), on any
 * method: it can be meant for nothing, and naming it quoted an empty name ("the query parameter .").
 */
export function hasNamelessParameter(request: FastifyRequest): boolean {
  const query = request.query;
  if (typeof query !== "object" || query === null || !Object.hasOwn(query, "")) return false;
  // The route is read only when needed: Fastify builds `routeOptions` anew at every read.
  return request.routeOptions.url?.startsWith("/api/") ?? false;
}

const nameless = () =>
  new AppError(
    400,
    "invalid-input",
    "A query parameter has no name: write each one as name=value.",
    { query: "has a parameter with no name" },
  );

const parameters = (names: readonly string[]) =>
  `${names.length === 1 ? "the query parameter" : "the query parameters"} ${names.join(", ")}`;

/**
 * Refuses an `/api` GET that names a query parameter its route does not take (any, when its
 * route declares no query schema), with a 400 naming it, in the same words as an unknown field of
 * a body: `?form=2026-11-01` (a typo of `from`) is named instead of answering for the default
 * period. Then any `/api` request that gives a parameter more than once, in the same words as a
 * key given twice in a body: which one was meant cannot be told. Each route's own schema
 * still judges the values. A parameter with no name is refused first, as such, on any method. Runs
 * after the session guard, so an address tells nothing to someone
 * not signed in.
 */
export function registerQueryNamesRule(app: FastifyInstance): void {
  app.addHook("preValidation", (request, _reply, done) => {
    if (hasNamelessParameter(request)) {
      done(nameless());
      return;
    }
    // Named as a person may read them: a control character is spelled out, never repeated.
    const unknown = unknownQueryNames(request).map(shownFieldName);
    if (unknown.length > 0) {
      const fields = Object.fromEntries(unknown.map((name) => [name, "is not a field we know"]));
      done(
        new AppError(
          400,
          "invalid-input",
          `This address does not take ${parameters(unknown)}.`,
          fields,
        ),
      );
      return;
    }
    const repeated = repeatedQueryNames(request).map(shownFieldName);
    if (repeated.length > 0) {
      const fields = Object.fromEntries(repeated.map((name) => [name, "is given more than once"]));
      done(
        new AppError(
          400,
          "invalid-input",
          `Please give ${parameters(repeated)} only once.`,
          fields,
        ),
      );
      return;
    }
    done();
  });
}
