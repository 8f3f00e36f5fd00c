import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.js";
import { parse } from "../http/parse.js";
import { rangeOf, rangeQuery } from "./range-query.js";

function outcome(read: () => unknown): unknown {
  try {
    return { value: read() };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.status, code: error.code, message: error.message, fields: error.fields };
  }
}

// Fastify's query parser gives an object without a prototype; a repeated name becomes a list.
function queryOf(entries: Record<string, unknown>): unknown {
  return Object.assign(Object.create(null), entries);
}

describe("the period of a check-ins read", () => {
  it.each([
    {},
    { from: "2026-11-02", to: "2026-11-29" },
    { from: "2026-11-02" },
    { to: "2024-02-29" },
    { from: "2026-02-30", to: "2026-11-29" },
    { from: "2026-11-02", to: "2026-11-29", days: "28" },
    { from: ["2026-11-02", "2026-11-03"] },
    { from: "" },
    { to: "2026-11-29\u0000" },
    { to: "\ud800" },
    { from: "3000-01-01" },
  ])("gives what the schema gives for %j", (entries) => {
    const query = queryOf(entries);
    expect(outcome(() => rangeOf(query))).toEqual(outcome(() => parse(rangeQuery, query, "query")));
  });

  it("refuses a bad date with the schema's wording", () => {
    expect(outcome(() => rangeOf(queryOf({ from: "2026-02-30" })))).toMatchObject({
      status: 400,
      fields: { from: expect.stringContaining("YYYY-MM-DD") },
    });
  });
});
