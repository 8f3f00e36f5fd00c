import { describe, expect, it } from "vitest";
import { z } from "zod";
import { detectTraps } from "../traps/detect-traps.js";
import { fittedSuggestions, suggestionsFitThought } from "./suggestions-fit.js";
import type { SuggestedTrap } from "./thought.schema.js";

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

describe("suggestionsFitThought", () => {
  const checked = z
    .object({ thought: z.string(), suggestedTraps: z.array(z.unknown()) })
    .superRefine(suggestionsFitThought);
  const paths = (value: unknown) =>
    (checked.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join("."));

  it("takes what fittedSuggestions would leave as it is", () => {
    const suggestedTraps: SuggestedTrap[] = [
      { id: "labeling", confidence: 1, spans: [{ start: 0, end: 6 }] },
      { id: "blaming", confidence: 0, spans: [] },
    ];
    expect(paths({ thought: "abcdef", suggestedTraps })).toEqual([]);
    expect(fittedSuggestions("abcdef", suggestedTraps)).toEqual(suggestedTraps);
  });

  it("names each span outside the text by the end that is, and the second of a repeat", () => {
    expect(
      paths({
        thought: "abcdef",
        suggestedTraps: [
          {
            id: "labeling",
            confidence: 0.5,
            spans: [
              { start: -1, end: 2 },
              { start: 2, end: 7 },
              { start: 6, end: 7 },
              { start: 3, end: 3 },
            ],
          },
          { id: "labeling", confidence: 0.5, spans: [] },
        ],
      }),
    ).toEqual([
      "suggestedTraps.0.spans.0.start",
      "suggestedTraps.0.spans.1.end",
      "suggestedTraps.0.spans.2.start",
      "suggestedTraps.0.spans.3.end",
      "suggestedTraps.1.id",
    ]);
  });

  it("measures no span against a thought that is refused, which is named by itself", () => {
    const suggestedTraps = [{ id: "labeling", confidence: 0.5, spans: [{ start: 0, end: 6 }] }];
    expect(paths({ thought: "   ", suggestedTraps })).toEqual([]);
  });
});
