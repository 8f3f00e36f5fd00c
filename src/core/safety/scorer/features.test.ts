import { describe, expect, it } from "vitest";
import { forEachFeature } from "./features.js";
import { tokenize } from "./tokens.js";
import { MAX_WINDOW_WORDS } from "./window.js";

/** How many features each word gives. */
function featuresPerWord(text: string): number[] {
  const tokens = tokenize(text);
  const counts = new Array<number>(tokens.count).fill(0);
  forEachFeature(tokens, (word) => {
    counts[word] = (counts[word] ?? 0) + 1;
  });
  return counts;
}

describe("forEachFeature", () => {
  it("counts a word's features once in any window, so a word said over and over adds itself once", () => {
    const counts = featuresPerWord("pineapple ".repeat(2 * MAX_WINDOW_WORDS + 1));
    const once = featuresPerWord("pineapple")[0] ?? 0;
    expect(once).toBeGreaterThan(5);
    counts.forEach((count, word) => {
      // Every copy still counts as a word; its own features only once per window's length.
      expect(count).toBe(word % MAX_WINDOW_WORDS === 0 ? once : 1);
    });
  });

  it("counts a word again once a window has passed since it last counted", () => {
    const between = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
    const last = (text: string): number => featuresPerWord(text).at(-1) ?? 0;
    // "sorry" gives itself and its runs of letters; the runs across the space from the word before
    // it and the pair with that word are new however often "sorry" was said.
    const own = (featuresPerWord("sorry")[0] ?? 0) - 1;
    const near = between(MAX_WINDOW_WORDS - 2);
    expect(last(`sorry ${near} sorry`)).toBe(last(`nope ${near} sorry`) - own);
    const far = between(MAX_WINDOW_WORDS - 1);
    expect(last(`sorry ${far} sorry`)).toBe(last(`nope ${far} sorry`));
  });

  it("reads the same text the same way on every call", () => {
    const text = "i cant do this anymore i cant do this anymore";
    expect(featuresPerWord(text)).toEqual(featuresPerWord(text));
  });
});
