import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error.js";

/**
 * The query parameters each `/api` GET takes; any address not listed takes none. Each route's own
 * schema still judges the values: this list only makes sure nothing unknown is quietly ignored,
 * so `?form=2026-11-01` (a typo of `from`) is named instead of answering for the default period.
 */
export const QUERY_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ["/api/activities", ["include"]],
  ["/api/assessments", ["instrument"]],
  ["/api/checkins", ["from", "to"]],
  ["/api/crisis-resources", ["region"]],
  ["/api/export/csv", ["kind", "text"]],
  ["/api/insights", ["from", "to"]],
  ["/api/people", ["energy"]],
  ["/api/plans", ["from", "to"]],
  ["/api/report.pdf", ["from", "to", "includeNotes", "includeThoughts"]],
  ["/api/routine/week", ["start"]],
  ["/api/suggestions", ["energy", "minutes"]],
  ["/api/thoughts", ["q"]],
]);

const NONE: readonly string[] = [];

/** The parameters a request names that its route does not take, in the order given. */
export function unknownQueryNames(request: FastifyRequest): string[] {
  const route = request.routeOptions.url;
  if (request.method !== "GET" && request.method !== "HEAD") return [];
  if (route === undefined || !route.startsWith("/api/")) return [];
  const query = request.query;
  if (typeof query !== "object" || query === null) return [];
  const known = QUERY_NAMES.get(route) ?? NONE;
  return Object.keys(query).filter((name) => !known.includes(name));
}

/**
 * Refuses an `/api` GET that names a query parameter its route does not take, with a 400 naming
 * it, in the same words as an unknown field of a body. Runs after the session guard, so an
 * address tells nothing to someone not signed in.
 */
export function registerQueryNamesRule(app: FastifyInstance): void {
  app.addHook("preValidation", (request, _reply, done) => {
    const unknown = unknownQueryNames(request);
    if (unknown.length === 0) {
      done();
      return;
    }
    const fields = Object.fromEntries(unknown.map((name) => [name, "is not a field we know"]));
    done(
      new AppError(
        400,
        "invalid-input",
        `This address does not take ${unknown.length === 1 ? "the query parameter" : "the query parameters"} ${unknown.join(", ")}.`,
        fields,
      ),
    );
  });
}
