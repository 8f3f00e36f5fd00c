import { describe, expect, it } from "vitest";
import { showsAnything } from "./visible.js";

describe("whether a text shows anything", () => {
  it("is false for nothing but space or characters drawn as nothing", () => {
    for (const blank of ["", " ", "\u200b", "\u200b\u200d", "\u00ad", "\ufeff", "\u3000\ufe0f"]) {
      expect(showsAnything(blank), JSON.stringify(blank)).toBe(false);
    }
  });

  it("is false for combining marks with no letter to sit on", () => {
    for (const blank of ["\u0301", " \u0301\u0308 ", "\u200b\u0301", "\u20dd", "\u093e"]) {
      expect(showsAnything(blank), JSON.stringify(blank)).toBe(false);
    }
  });

  it("is true for any letter, digit, mark or emoji, with or without those around it", () => {
    for (const shown of [
      "Jo",
      "\u200bJo",
      "7",
      "🙂",
      "👩\u200d👧",
      "日本",
      ".",
      "E\u0301",
      "\u0915\u093e",
    ]) {
      expect(showsAnything(shown), JSON.stringify(shown)).toBe(true);
    }
  });
});
