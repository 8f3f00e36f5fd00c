import { describe, expect, it } from "vitest";
import { countKeptTraps, searchForm, thoughtRecordInputSchema } from "./thought.schema.js";

describe("thought record input", () => {
  it("needs only the thought", () => {
    expect(thoughtRecordInputSchema.safeParse({ thought: "I'm a burden." }).success).toBe(true);
  });

  it("names each wrong field by its path", () => {
    const result = thoughtRecordInputSchema.safeParse({
      thought: " ",
      keptTraps: ["burden", "doom"],
      feelings: [{ name: "Sad", before: 120 }],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["thought", "keptTraps.1", "feelings.0.before"]));
  });
});

describe("countKeptTraps", () => {
  it("counts most often first, ties in the order of the fourteen traps", () => {
    expect(
      countKeptTraps([
        { keptTraps: ["burden", "labeling"] },
        { keptTraps: ["burden"] },
        { keptTraps: ["all-or-nothing"] },
        { keptTraps: [] },
      ]),
    ).toEqual([
      { id: "burden", count: 2 },
      { id: "all-or-nothing", count: 1 },
      { id: "labeling", count: 1 },
    ]);
  });
});

describe("searchForm", () => {
  it("folds case beyond ASCII and composes accents", () => {
    expect(searchForm("ÉCOLE Über")).toBe("école über");
    expect(searchForm("e\u0301")).toBe(searchForm("\u00e9"));
  });

  it("takes İ, ı, I and i as one letter, as σ and ς, and ß and ss", () => {
    expect(searchForm("KİM İyi")).toBe(searchForm("kım iyi"));
    expect(searchForm("KİM")).toBe("kim");
    expect(searchForm("ΔΡΟΜΟΣ")).toBe(searchForm("δρομοσ"));
    expect(searchForm("Straße")).toBe(searchForm("STRASSE"));
  });
});
