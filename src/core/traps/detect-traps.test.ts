import { describe, expect, it } from "vitest";
import { createTrapDetector, detectTraps, PATTERN_ONLY_THRESHOLD } from "./detect-traps.js";
import { loadModel } from "./model.js";
import modelData from "./model.json" with { type: "json" };
import { learnedTrapIds, type TrapId, trapIds } from "./trap-ids.js";

const model = loadModel(modelData);
const learnedColumns: readonly string[] = learnedTrapIds;

function find(text: string, id: TrapId) {
  return detectTraps(text).traps.find((trap) => trap.id === id);
}

function spanTexts(text: string, id: TrapId): string[] {
  return (find(text, id)?.spans ?? []).map((span) => text.slice(span.start, span.end));
}

const samples = [
  "I always mess up",
  "I'm such a loser",
  "I'm just a burden to everyone",
  "My family would be better off without me",
  "They all think I'm stupid",
  "I'm going to fail the exam and everyone will laugh at me",
  "I should be over this by now",
  "It's my fault they broke up",
  "He ruined my whole day",
  "Everyone else has their life together",
  "I feel useless, so I must be useless",
  "She only said it because she was being nice",
  "This is a disaster, I can't stand it",
  "All I can think about is the one mistake I made",
  "I made a mistake, therefore I'm a total failure",
  "I had soup for lunch",
  "My sister is visiting next week",
];

describe("detectTraps", () => {
  it("points a span at the words that show the trap", () => {
    const text = "I always mess up";
    const trap = find(text, "overgeneralizing");
    expect(trap).toBeDefined();
    expect(spanTexts(text, "overgeneralizing")).toContain("always");
  });

  it("finds labels, should-statements and burden with their words", () => {
    expect(spanTexts("I'm such a loser", "labeling").join(" ")).toContain("loser");
    expect(spanTexts("I should be over this by now", "should-statements")).toContain("should");
    const burden = "I'm just a burden to everyone";
    expect(find(burden, "burden")).toBeDefined();
    expect(spanTexts(burden, "burden").join(" ")).toContain("burden");
    expect(find("My family would be better off without me", "burden")).toBeDefined();
  });

  it("finds mental filter from its cues alone", () => {
    const text = "All I can think about is the one mistake I made";
    expect(find(text, "mental-filter")).toBeDefined();
  });

  it.each([
    ["emoji", "😀🎉👩‍👩‍👧 "],
    ["right-to-left text", "שלום עולם، مرحبا "],
    ["combining marks", "Cafe\u0301 nai\u0308ve "],
    ["a letter that grows when lowercased", "İstanbul: "],
    ["curly apostrophes", "I’m tired. "],
  ])("keeps spans on the right characters after %s", (_, prefix) => {
    const text = `${prefix}I always mess up`;
    expect(spanTexts(text, "overgeneralizing")).toContain("always");
    for (const trap of detectTraps(text).traps) {
      for (const span of trap.spans) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.start).toBeLessThan(span.end);
      }
    }
  });

  it("matches words written with curly apostrophes", () => {
    const text = "I’m such an idiot";
    expect(spanTexts(text, "labeling").join(" ")).toContain("idiot");
  });

  it("returns nothing for a neutral sentence, empty text or white space", () => {
    expect(detectTraps("I had soup for lunch")).toEqual({ traps: [], triad: [] });
    expect(detectTraps("")).toEqual({ traps: [], triad: [] });
    expect(detectTraps("  \n\t ")).toEqual({ traps: [], triad: [] });
  });

  it("gives confidences between 0 and 1, most confident first, each with a span", () => {
    for (const text of samples) {
      const { traps } = detectTraps(text);
      const confidences = traps.map((trap) => trap.confidence);
      expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
      for (const trap of traps) {
        expect(trapIds).toContain(trap.id);
        expect(trap.confidence).toBeGreaterThanOrEqual(0);
        expect(trap.confidence).toBeLessThanOrEqual(1);
        expect(trap.spans.length).toBeGreaterThan(0);
      }
      expect(new Set(traps.map((trap) => trap.id)).size).toBe(traps.length);
    }
  });

  it("suggests a trap only at or above its threshold", () => {
    for (const text of samples) {
      for (const trap of detectTraps(text).traps) {
        const column = learnedColumns.indexOf(trap.id);
        const threshold = column >= 0 ? (model.thresholds[column] ?? 1) : PATTERN_ONLY_THRESHOLD;
        expect(trap.confidence).toBeGreaterThanOrEqual(threshold);
      }
    }
  });

  it("is deterministic", () => {
    for (const text of samples) expect(detectTraps(text)).toEqual(detectTraps(text));
  });

  it("tags the cognitive triad where it is clear", () => {
    expect(detectTraps("I'll never find anyone who loves me").triad).toEqual(
      expect.arrayContaining(["self", "future"]),
    );
    expect(detectTraps("They all think I'm stupid").triad).toEqual(
      expect.arrayContaining(["self", "others"]),
    );
    expect(detectTraps("I had soup for lunch").triad).toEqual([]);
  });

  it("points at the strongest clause when no pattern backs a learned trap", () => {
    const comparing = learnedTrapIds.indexOf("comparing");
    const features: Record<string, number[]> = {
      "w:banana": learnedTrapIds.map((_, c) => (c === comparing ? 500 : 0)),
    };
    const detect = createTrapDetector(
      loadModel({
        ...modelData,
        bias: learnedTrapIds.map(() => -300),
        thresholds: learnedTrapIds.map(() => 0.5),
        features,
      }),
    );
    const text = "It rained today, and the banana was brown. Fine.";
    const result = detect(text);
    expect(result.traps.map((trap) => trap.id)).toEqual(["comparing"]);
    const span = result.traps[0]?.spans[0];
    expect(span && text.slice(span.start, span.end)).toBe("and the banana was brown");
  });
});
