import { describe, expect, it } from "vitest";
import type { CsvCell } from "../../core/export/csv-tables.js";
import { RECORDS_PER_STEP } from "../http/give-way.js";
import { csvText, csvTextGivingWay } from "./csv-file.js";

const AWKWARD: CsvCell[] = [
  '=HYPERLINK("http://x.example","click")',
  "a comma, here",
  'a "quote"',
  "two\r\nlines",
  "line\nfeed",
  "-2",
  "café 🌧️",
  "",
  null,
  0,
  6.5,
];

describe("the spreadsheet written a step at a time", () => {
  it("is the same text as written in one piece, across the steps' seams", async () => {
    const rows = Array.from({ length: RECORDS_PER_STEP * 2 + 7 }, (_, i) =>
      AWKWARD.map((_, column) => AWKWARD[(i + column) % AWKWARD.length] ?? null),
    );
    const table = { header: AWKWARD.map((_, i) => `Column ${i}`), rows };
    const text = await csvTextGivingWay(table);
    expect(text).toBe(csvText(table));
    expect(text.startsWith("\uFEFFColumn 0,")).toBe(true);
  });

  it("writes a table with no records as its header alone, as in one piece", async () => {
    const table = { header: ["Date", "Note"], rows: [] };
    expect(await csvTextGivingWay(table)).toBe(csvText(table));
  });
});
