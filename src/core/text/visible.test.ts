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

  it("is false for each other kind of character drawn as nothing, alone or together", () => {
    const blanks: Record<string, string> = {
      "braille pattern blank": "\u2800",
      "interlinear annotation anchor": "\ufff9",
      "interlinear annotation separator": "\ufffa",
      "interlinear annotation terminator": "\ufffb",
      "Hangul choseong filler": "\u115f",
      "Hangul jungseong filler": "\u1160",
      "Hangul filler": "\u3164",
      "halfwidth Hangul filler": "\uffa0",
      "combining grapheme joiner": "\u034f",
      "Arabic letter mark": "\u061c",
      "Khmer inherent vowels": "\u17b4\u17b5",
      "Mongolian vowel separator": "\u180e",
      "musical null notehead": "\u{1d159}",
      "musical beam and slur controls": "\u{1d173}\u{1d17a}",
      "variation selectors": "\ufe00\ufe0f",
      "ideographic variation selectors": "\u{e0100}\u{e01ef}",
      tags: "\u{e0020}\u{e007f}",
      "word joiner and invisible operators": "\u2060\u2061\u2062\u2063\u2064",
      "line and paragraph separators": "\u2028\u2029",
      "direction marks": "\u200e\u200f\u202e\u2066",
      "spaces of every width": "\u00a0\u2002\u2007\u200a\u202f\u205f\u3000",
      "tab and line breaks": "\t\n\r\u000b\u000c\u0085",
      "control characters": "\u0001\u0007\u001b\u007f\u009b",
      "Egyptian hieroglyph format controls": "\u{13430}\u{13436}",
      "all of them at once": "\u2800\ufff9\u3164\u{1d159}\ufe0f \u2028",
    };
    for (const [kind, blank] of Object.entries(blanks)) {
      expect(showsAnything(blank), kind).toBe(false);
    }
  });

  it("is true for words in any script with such characters among them", () => {
    for (const shown of [
      "\u263a\ufe0f",
      "\u2764\ufe0f",
      "1\ufe0f\u20e3",
      "👨\u200d👩\u200d👧\u200d👦",
      "🏳\ufe0f\u200d🌈",
      "👍🏽",
      "🇳🇿",
      "\u0645\u064e\u0631\u0652\u062d\u064e\u0628\u064b\u0627",
      "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd",
      "\u200fשלום\u200f",
      "\u2800Jo\u2800",
      "\u3164\uac00",
      "\u8fbb\u{e0100}",
      "\u2801",
      "\u0600",
      "\u{1d15a}",
    ]) {
      expect(showsAnything(shown), JSON.stringify(shown)).toBe(true);
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
