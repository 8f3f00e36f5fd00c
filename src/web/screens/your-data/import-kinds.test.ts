import { describe, expect, it } from "vitest";
import type { ImportCounts } from "../../../core/export/export-document.schema.js";
import { noRecords } from "../../../core/export/no-records.js";
import { countedKinds, importedSummary } from "./import-kinds.js";

const NONE: ImportCounts = noRecords();

describe("what an import wrote, in words", () => {
  it("says one of every kind in the singular", () => {
    const one = Object.fromEntries(Object.keys(NONE).map((kind) => [kind, 1])) as ImportCounts;
    expect(importedSummary(one)).toBe(
      "Imported 1 check-in, 1 check-up, 1 safety plan, 1 thought record, 1 own activity, " +
        "1 hidden activity, 1 planned activity, 1 routine time, 1 routine tick, " +
        "1 person in your circle, 1 share card, 1 calendar link and 1 set of reminder settings.",
    );
  });

  it("says more than one in the plural", () => {
    expect(importedSummary({ ...NONE, checkins: 90, people: 2, shares: 3, activities: 2 })).toBe(
      "Imported 90 check-ins, 2 own activities, 2 people in your circle and 3 share cards.",
    );
  });

  it("leaves out kinds with none, and says so when nothing was new", () => {
    expect(importedSummary({ ...NONE, shares: 1 })).toBe("Imported 1 share card.");
    expect(importedSummary(NONE)).toBe(
      "Everything in that file was already here, so nothing new was added.",
    );
  });

  it("counts only the kinds given", () => {
    expect(countedKinds({ checkins: 120, assessments: 3, thoughts: 0 })).toEqual([
      "120 check-ins",
      "3 check-ups",
    ]);
  });
});
