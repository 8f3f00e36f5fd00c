import { describe, expect, it } from "vitest";
import { detectTraps } from "../traps/detect-traps.js";
import { fittedSuggestions } from "./suggestions-fit.js";

describe("fittedSuggestions", () => {
  it("leaves what the detector makes as it is", () => {
    const thought = "Everyone thinks I'm a failure and it will always be this way";
    const made = detectTraps(thought).traps.map(({ id, confidence, spans }) => ({
      id,
      confidence,
      spans: spans.map(({ start, end }) => ({ start, end })),
    }));
    expect(made.length).toBeGreaterThan(0);
    expect(fittedSuggestions(thought, made)).toEqual(made);
  });

  it("clamps the confidence, drops spans outside the text and keeps the first of a repeat", () => {
    expect(
      fittedSuggestions("abcdef", [
        {
          id: "labeling",
          confidence: 3,
          spans: [
            { start: 0, end: 6 },
            { start: -1, end: 2 },
            { start: 2, end: 7 },
            { start: 3, end: 3 },
            { start: 4, end: 2 },
          ],
        },
        { id: "blaming", confidence: -0.5, spans: [{ start: 5, end: 6 }] },
        { id: "labeling", confidence: 0.5, spans: [{ start: 1, end: 2 }] },
      ]),
    ).toEqual([
      { id: "labeling", confidence: 1, spans: [{ start: 0, end: 6 }] },
      { id: "blaming", confidence: 0, spans: [{ start: 5, end: 6 }] },
    ]);
  });
});
