import { describe, expect, it } from "vitest";
import { prepareText, stem, tokenize } from "./text.js";

describe("prepareText", () => {
  it("lowercases and straightens apostrophes without changing the length", () => {
    for (const text of ["I’M OK", "İstanbul İ", "😀 ÀB", "שלום", "e\u0301"]) {
      expect(prepareText(text)).toHaveLength(text.length);
    }
    expect(prepareText("I’M OK")).toBe("i'm ok");
  });
});

describe("tokenize", () => {
  it("keeps offsets into the text and splits contractions into words", () => {
    const text = "😀 I can't, ok. She’s";
    const tokens = tokenize(prepareText(text));
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["I", "can't", "ok", "She’s"]);
    expect(tokens.map((t) => t.parts)).toEqual([["i"], ["can", "not"], ["ok"], ["she", "is"]]);
    expect(tokens.map((t) => t.sentenceStart)).toEqual([true, false, false, true]);
  });
});

describe("stem", () => {
  it("joins the forms of a word", () => {
    expect(stem("failed")).toBe(stem("failing"));
    expect(stem("stress")).toBe("stress");
  });
});
