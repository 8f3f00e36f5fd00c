import { describe, expect, it } from "vitest";
import trainingData from "../../../datasets/thinking-traps/train.jsonl?raw";
import { parseExamples } from "./dataset.js";
import { findPatternHits, patterns } from "./patterns.js";
import { leadingPrefixes } from "./prefilter.js";
import { prepareText } from "./text.js";
import { trapIds } from "./trap-ids.js";

describe("patterns", () => {
  it("has patterns for every trap, each with a way to skip it quickly", () => {
    for (const id of trapIds) expect(patterns.some((p) => p.trap === id)).toBe(true);
    for (const pattern of patterns) expect(pattern.prefixes, pattern.id).toBeDefined();
  });

  it("finds exactly what a full scan of the text finds", () => {
    const texts = [
      ...parseExamples(trainingData).map((example) => example.text),
      "They'll leave me. I'm just a burden to everyone, aren't I?",
      "What if it goes wrong… then everything is ruined!",
    ];
    const scanners = patterns.map((p) => new RegExp(p.regex.source, "gu"));
    for (const text of texts) {
      const prepared = prepareText(text);
      const fast = new Set(findPatternHits(prepared).map((hit) => hit.pattern));
      const full = new Set<number>();
      scanners.forEach((scanner, index) => {
        for (const match of prepared.matchAll(scanner)) {
          if (match[0].trim() !== "") full.add(index);
        }
      });
      expect([...fast].sort(), text).toEqual([...full].sort());
    }
  });

  it("matches contractions at their apostrophe and words only at word edges", () => {
    const hits = (text: string) =>
      findPatternHits(prepareText(text)).map((hit) => patterns[hit.pattern]?.trap);
    expect(hits("They'll leave me")).toContain("fortune-telling");
    expect(hits("the nevertheless clause")).not.toContain("overgeneralizing");
  });
});

describe("leadingPrefixes", () => {
  it("lists the letters a match can start with", () => {
    expect(leadingPrefixes("always")).toEqual(["alw"]);
    expect(leadingPrefixes("(?:i'?m|i am) bad")).toEqual(["i", "i'm", "im"]);
    expect(leadingPrefixes("(?:(?:so|just) )*(?:loser|idiot)")).toEqual([
      "idi",
      "jus",
      "los",
      "so",
    ]);
  });

  it("gives up when a match could start anywhere", () => {
    expect(leadingPrefixes("\\p{L}+ made me")).toBeUndefined();
    expect(leadingPrefixes("(?:so )?[a-z]+")).toBeUndefined();
  });
});
