import { describe, expect, it } from "vitest";
import { inertCell } from "./inert-cell.js";

describe("inertCell", () => {
  it.each([
    ['=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'],
    ["+1 good day", "'+1 good day"],
    ["-2 felt worse", "'-2 felt worse"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("puts a quote before %j so a spreadsheet shows it as text", (text, inert) => {
    expect(inertCell(text)).toBe(inert);
  });

  it.each(["A calm day", "", "Walked 2 km = good", "'already quoted", " =leading space", "🌧️ rain"])(
    "leaves %j as written",
    (text) => {
      expect(inertCell(text)).toBe(text);
    },
  );
});
