import { describe, expect, it } from "vitest";
import { parseExamples } from "./dataset.js";

describe("parseExamples", () => {
  it("reads JSON lines and skips blank ones", () => {
    const text =
      '{"text":"I always fail","traps":["overgeneralizing"]}\n\n{"text":"ok","traps":[]}\n';
    expect(parseExamples(text)).toEqual([
      { text: "I always fail", traps: ["overgeneralizing"] },
      { text: "ok", traps: [] },
    ]);
  });

  it("rejects unknown trap ids and missing fields", () => {
    expect(() => parseExamples('{"text":"x","traps":["sulking"]}')).toThrow(/unknown trap/);
    expect(() => parseExamples('{"traps":[]}')).toThrow(/needs/);
  });
});
