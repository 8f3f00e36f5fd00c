import { z } from "zod";
import { localDateSchema } from "../../core/checkins/checkin.schema.js";
import { isLocalDate, type LocalDate } from "../../core/dates/local-date.js";
import { parse } from "../http/parse.js";

/** The query `GET /api/checkins` takes: a period, either end optional. */
export const rangeQuery = z.strictObject({
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});

export interface RangeQuery {
  from?: LocalDate;
  to?: LocalDate;
}

/**
 * The period a read asks for. The history screen sends two valid dates on every visit, and on
 * PostgreSQL the text checks and zod were about a twentieth of a read's CPU: such a query is taken
 * as it is. Anything else (another name, a repeated name, a bad date) goes through the schema,
 * which gives the same answer for good input and words every refusal, so no answer changes.
 */
export function rangeOf(query: unknown): RangeQuery {
  return plainRange(query) ?? parse(rangeQuery, query, "query");
}

function plainRange(query: unknown): RangeQuery | undefined {
  if (typeof query !== "object" || query === null) return undefined;
  const range: RangeQuery = {};
  for (const name of Object.keys(query)) {
    if (name !== "from" && name !== "to") return undefined;
    const value: unknown = Reflect.get(query, name);
    // A real date is digits and dashes: no text a database would change, nothing to word.
    if (typeof value !== "string" || !isLocalDate(value)) return undefined;
    range[name] = value;
  }
  return range;
}
