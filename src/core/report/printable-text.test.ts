import { describe, expect, it } from "vitest";
import { printableText } from "./printable-text.js";

describe("text made safe for the report's fonts", () => {
  it("keeps Latin text with accents and typographic punctuation as it is", () => {
    const text = "Café with Zoë – “lovely”, 5€\nnext line";
    expect(printableText(text)).toEqual({ text, replaced: false });
  });

  it("puts one mark for each character of another script, and says so", () => {
    expect(printableText("Привет, Jo 你好")).toEqual({ text: "??????, Jo ??", replaced: true });
  });

  it("counts an emoji as one character, not two halves", () => {
    expect(printableText("ok 🙂")).toEqual({ text: "ok ?", replaced: true });
  });

  it("joins a letter and its separate accent before deciding", () => {
    expect(printableText("Zoe\u0308")).toEqual({ text: "Zoë", replaced: false });
  });

  it("puts a mark for each direction control, so none can turn the report's words around", () => {
    expect(printableText("Walk\u202E then \u2067x\u2069\u200F")).toEqual({
      text: "Walk? then ?x??",
      replaced: true,
    });
  });
});
