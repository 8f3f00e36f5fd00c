import { describe, expect, it } from "vitest";
import { reportQuerySchema } from "./report-query.schema.js";

const problems = (input: unknown) => {
  const result = reportQuerySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
};

describe("the report's period", () => {
  it("takes two real dates, the ticks off unless given", () => {
    expect(reportQuerySchema.parse({ from: "2026-09-01", to: "2026-11-30" })).toEqual({
      from: "2026-09-01",
      to: "2026-11-30",
      includeNotes: "0",
      includeThoughts: "0",
    });
  });

  it("takes a single day", () => {
    expect(problems({ from: "2026-11-30", to: "2026-11-30" })).toEqual([]);
  });

  it("names a date that is not one", () => {
    expect(problems({ from: "2026-02-30", to: "2026-11-30" })).toEqual(["from"]);
    expect(problems({ from: "2026-09-01", to: "yesterday" })).toEqual(["to"]);
    expect(problems({ to: "2026-11-30" })).toEqual(["from"]);
  });

  it("names from when it comes after to", () => {
    expect(problems({ from: "2026-12-01", to: "2026-11-30" })).toEqual(["from"]);
  });

  it("names to when the period is longer than five years", () => {
    expect(problems({ from: "2021-12-01", to: "2026-11-30" })).toEqual([]);
    expect(problems({ from: "2020-11-30", to: "2026-11-30" })).toEqual(["to"]);
  });

  it("takes only 0 or 1 for the ticks, and no field it does not know", () => {
    expect(problems({ from: "2026-09-01", to: "2026-11-30", includeNotes: "yes" })).toEqual([
      "includeNotes",
    ]);
    expect(problems({ from: "2026-09-01", to: "2026-11-30", token: "x" })).toEqual([""]);
  });
});
