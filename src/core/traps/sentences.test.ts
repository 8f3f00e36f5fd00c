import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

const texts = (text: string): string[] =>
  splitSentences(text).map((span) => text.slice(span.start, span.end));

describe("splitSentences", () => {
  it("splits at sentence ends and keeps the end mark", () => {
    expect(texts("I'm late for the meeting. I'll make a fool of myself!  Oh well")).toEqual([
      "I'm late for the meeting.",
      "I'll make a fool of myself!",
      "Oh well",
    ]);
  });

  it("keeps commas, times and decimals inside a sentence", () => {
    expect(texts("I feel useless, so I am useless. The bus is at 5.30 today")).toEqual([
      "I feel useless, so I am useless.",
      "The bus is at 5.30 today",
    ]);
  });

  it("splits at line breaks, semicolons and ellipses, and drops stretches with no letter", () => {
    expect(texts("first line\nsecond; third… ... 2. !!")).toEqual([
      "first line",
      "second;",
      "third…",
    ]);
  });

  it("returns nothing for empty or letterless text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  ?! 42 ")).toEqual([]);
  });
});
