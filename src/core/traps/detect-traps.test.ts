import { describe, expect, it } from "vitest";
import { createTrapDetector, detectTraps, PATTERN_ONLY_THRESHOLD } from "./detect-traps.js";
import { COLUMNS, GATE, loadModel } from "./model.js";
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

/** One value per model column: the learned traps, then "some trap". */
const columns = (value: (c: number) => number): number[] =>
  Array.from({ length: COLUMNS }, (_, c) => value(c));

/**
 * A detector over a hand-made model: every column starts at -3 (probability under 5%), with
 * identity calibration and 0.5 thresholds, so only the given features can lift a trap.
 */
function toyDetector(features: Record<string, number[]>) {
  return createTrapDetector(
    loadModel({
      ...modelData,
      bias: columns(() => -300),
      calibration: Array.from({ length: COLUMNS }, () => [1, 0]),
      thresholds: columns(() => 0.5),
      features,
    }),
  );
}

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

  it("finds burden where others would be freed of carrying the writer", () => {
    for (const text of [
      "They'd be better off not having to deal with my moods.",
      "theyd b better off not havin 2 deal w me",
      "Everyone would be happier if they didn't have to put up with me.",
      "my parents would be relieved if they didnt have to look after me anymore",
      "they'd be better off not having me around",
      "my partner would be better off with someone who isnt broken like me",
    ]) {
      expect(find(text, "burden"), text).toBeDefined();
    }
    for (const text of [
      "They'd be better off with a bigger car.",
      "I'd be better off not having to deal with my boss.",
      "My team is better off without the old process.",
      "She's better off without him.",
      "My mum would be relieved if she didn't have to look after the dog.",
    ]) {
      expect(find(text, "burden"), text).toBeUndefined();
    }
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
    const detect = toyDetector({
      "w:banana": columns((c) => (c === comparing || c === GATE ? 500 : 0)),
    });
    const text = "It rained today, and the banana was brown. Fine.";
    const result = detect(text);
    expect(result.traps.map((trap) => trap.id)).toEqual(["comparing"]);
    const span = result.traps[0]?.spans[0];
    expect(span && text.slice(span.start, span.end)).toBe("and the banana was brown");
  });
});

describe('the "some trap" judgement and longer writing', () => {
  const labeling = learnedTrapIds.indexOf("labeling");
  /** "zorp" lifts labeling; how far it lifts "some trap" is the test's to choose. */
  const detectWithGate = (gate: number) =>
    toyDetector({ "w:zorp": columns((c) => (c === labeling ? 600 : c === GATE ? gate : 0)) });

  it("gives no learned trap where it judges there is none, whatever the trap's own score", () => {
    expect(detectWithGate(600)("I am a zorp").traps.map((trap) => trap.id)).toEqual(["labeling"]);
    expect(detectWithGate(0)("I am a zorp").traps).toEqual([]);
  });

  it("still finds burden where it judges there is no trap, as burden is a risk signal", () => {
    const found = detectWithGate(0)("I'm just a burden to everyone").traps.map((trap) => trap.id);
    expect(found).toEqual(["burden"]);
  });

  it("asks more of one sentence the more sentences there are", () => {
    // Raw "some trap" score 3.4: probability 0.97 alone, 0.89 as one of 4 sentences (above
    // 0.5), 0.43 as one of 40 (below).
    const detect = detectWithGate(640);
    const plain = "We had tea. ";
    expect(detect("I am a zorp").traps).toHaveLength(1);
    expect(detect(`${plain.repeat(3)}I am a zorp`).traps).toHaveLength(1);
    expect(detect(`${plain.repeat(39)}I am a zorp`).traps).toEqual([]);
  });

  it("yields the distorted line's trap in a paragraph, with that line's words and sentence", () => {
    const line = "I'm such an idiot.";
    const text = `Work ran late and I got home after eight. I burned the dinner. ${line} We ate toast instead, and watched a film.`;
    const { traps } = detectTraps(text);
    expect(traps.map((trap) => trap.id)).toEqual(["labeling"]);
    const [trap] = traps;
    const from = text.indexOf(line);
    expect(trap?.sentences).toEqual([{ start: from, end: from + line.length }]);
    for (const span of trap?.spans ?? []) {
      expect(span.start).toBeGreaterThanOrEqual(from);
      expect(span.end).toBeLessThanOrEqual(from + line.length);
    }
  });

  it("carries every sentence that shows a trap, and the highest confidence among them", () => {
    const text = "I'm such a loser. The bus was late. I'm such an idiot.";
    const labelingFound = detectTraps(text).traps.find((trap) => trap.id === "labeling");
    expect(labelingFound?.sentences.map((span) => text.slice(span.start, span.end))).toEqual([
      "I'm such a loser.",
      "I'm such an idiot.",
    ]);
    const alone = ["I'm such a loser.", "I'm such an idiot."].map(
      (sentence) => detectTraps(sentence).traps.find((trap) => trap.id === "labeling")?.confidence,
    );
    expect(labelingFound?.confidence).toBe(Math.max(...alone.map((c) => c ?? 0)));
  });

  it("stays quiet on a paragraph of plain, fair sentences", () => {
    const text =
      "I'm nervous about Friday's interview, which makes sense because I want the job. I've prepared and I'll do my best. Jo hasn't replied yet; she's probably busy at work, and I can ask her later.";
    expect(detectTraps(text).traps).toEqual([]);
  });
});

describe("highlights cover whole words", () => {
  it("starts a highlight at the start of a word the pattern matched from its contraction", () => {
    const text = "He's sick of me. I'm a burden and they'd be better off without me.";
    const spans = detectTraps(text).traps.flatMap((trap) => trap.spans);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      const before = text.charAt(span.start - 1);
      const after = text.charAt(span.end);
      expect(before === "" || !/[\p{L}'’]/u.test(before), text.slice(span.start, span.end)).toBe(
        true,
      );
      expect(after === "" || !/[\p{L}'’]/u.test(after), text.slice(span.start, span.end)).toBe(
        true,
      );
    }
  });
});
