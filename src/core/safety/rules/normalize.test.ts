import { describe, expect, it } from "vitest";
import { detectCrisisLanguage } from "../crisis-language.js";
import { normalize } from "./normalize.js";

describe("normalize: texting style", () => {
  it("puts split contractions back together", () => {
    expect(normalize("i m done, I don t want to").text).toBe("im done i dont want to");
    expect(normalize("it s fine i ve i ll go").text).toBe("its fine ive il go");
  });

  it("parts 'I am' glued to the next word, and 'i' glued to the word before", () => {
    expect(normalize("i amdone thati am here whyi m").text).toBe("i am done that i am here why im");
  });

  it("leaves real words alone", () => {
    expect(normalize("hi am i amazing, taxi am").text).toBe("hi am i amazing taxi am");
  });

  it("keeps spans on the person's own words after rejoining", () => {
    const text = "so i ambetter off dead";
    const [span] = detectCrisisLanguage(text).spans;
    expect(text.slice(span?.start, span?.end)).toBe("better off dead");
    const apart = "i don t want to be here i m done";
    expect(detectCrisisLanguage(apart).spans.map((s) => apart.slice(s.start, s.end))).toEqual([
      "don t want to be here",
    ]);
  });
});

describe("normalize: letters typed another way", () => {
  it("reads marked and full-width letters as their plain letters", () => {
    expect(normalize("I want to dïe").text).toBe("i want to die");
    expect(normalize("ｉ ｗａｎｔ ｔｏ ｄｉｅ").text).toBe("i want to die");
    expect(normalize("naïve café Ångström").text).toBe("naive cafe angstrom");
  });

  it("takes a combining mark as part of its letter, and keeps spans on the original", () => {
    const text = "i want to di\u0308e";
    expect(normalize(text).text).toBe("i want to die");
    const [span] = detectCrisisLanguage(text).spans;
    expect(text.slice(span?.start, span?.end)).toBe("want to di\u0308e");
  });

  it("leaves letters of other scripts out, as before", () => {
    expect(normalize("хочу умереть 死にたい").text).toBe("");
  });

  it("reads mathematical letters as their plain letters, each over both of its UTF-16 units", () => {
    // Bold, italic (with the italic h that lives at U+210E), double-struck, circled.
    expect(normalize("\u{1d424}\u{1d422}\u{1d425}\u{1d425}").text).toBe("kil");
    expect(normalize("to \u{1d451}\u{1d456}\u{1d452} \u210e\u{1d452}\u{1d45f}\u{1d452}").text).toBe(
      "to die here",
    );
    expect(
      normalize("\u{1d55c}\u{1d55a}\u{1d55d}\u{1d55d} \u24dc\u24e8\u24e2\u24d4\u24db\u24d5").text,
    ).toBe("kil myself");
    const text = "i want to \u{1d41d}\u{1d422}\u{1d41e}";
    const [span] = detectCrisisLanguage(text).spans;
    expect(text.slice(span?.start, span?.end)).toBe("want to \u{1d41d}\u{1d422}\u{1d41e}");
  });
});

/*
 * Letters of Cyrillic and Greek drawn like Latin ones ("і" U+0456, "о" U+043E, Greek "ο" U+03BF)
 * inside a word that also holds Latin letters: a keyboard set to Ukrainian, Russian or Greek, or
 * text copied from elsewhere, puts them there, and the word reads as English on screen.
 */
describe("normalize: Cyrillic and Greek letters drawn like Latin ones", () => {
  it("reads them as the Latin letter inside a word with Latin letters", () => {
    // Cyrillic і, о, е, а, с, р, у, х, ј, ѕ, one at a time and several in one word.
    expect(normalize("I want to k\u0456ll myself").text).toBe("i want to kil myself");
    expect(normalize("i w\u0430nt t\u043e d\u0456\u0435").text).toBe("i want to die");
    expect(normalize("\u0455u\u0456\u0441\u0456d\u0435").text).toBe("suicide");
    expect(normalize("h\u0435l\u0440 \u0443ou \u0445ray \u0458ump").text).toBe(
      "help you xray jump",
    );
    // Capitals: Cyrillic І, М, Ѕ, О, Н and Greek Κ, Ι, Ε.
    expect(normalize("K\u0406LL \u041cY\u0405ELF").text).toBe("kil myself");
    expect(normalize("\u039aILL T\u041e D\u0399\u0395 \u041dERE").text).toBe("kil to die here");
    // Greek ο, α, ε, ι, κ, ν, τ, υ.
    expect(
      normalize("\u03baill \u03bfut \u03b1ll \u03b5nd \u03b9t li\u03bde \u03c4oo s\u03c5re").text,
    ).toBe("kil out al end it live to sure");
    // With an accent, as the letter's plain form: ё, ї, ά.
    expect(normalize("d\u0457\u0451 \u03acll").text).toBe("die al");
  });

  it("leaves words wholly in Cyrillic or Greek as they were: left out", () => {
    // Every letter of these is drawn like a Latin one, yet they are Russian, Ukrainian, Greek words.
    expect(
      normalize("\u0441\u043e\u0440 \u0440\u0430\u0441\u0430 \u0456 \u043a\u0430\u0441\u0430").text,
    ).toBe("");
    expect(normalize("\u039a\u0391\u0399 \u03ba\u03b1\u03b9 \u03c4\u03bf").text).toBe("");
  });

  it("leaves a word alone when it holds a Cyrillic or Greek letter drawn unlike any Latin one", () => {
    // "привeт" with a Latin e, "спаcибо" with a Latin c: Russian words, not English ones.
    expect(
      normalize("\u043f\u0440\u0438\u0432e\u0442 \u0441\u043f\u0430c\u0438\u0431\u043e").text,
    ).toBe("e c ");
  });

  it("keeps spans on the person's own letters", () => {
    const text = "I want to k\u0456ll m\u0443self";
    const [span] = detectCrisisLanguage(text).spans;
    expect(text.slice(span?.start, span?.end)).toBe("k\u0456ll m\u0443self");
  });
});

describe("normalize: words spelled out a letter at a time", () => {
  it("reads three or more lone letters in a row as one word", () => {
    expect(normalize("I want to d i e").text).toBe("i want to die");
    expect(normalize("going to k i l l myself").text).toBe("going to kil myself");
    expect(normalize("thinking about s-u-i-c-i-d-e").text).toBe("thinking about suicide");
  });

  it("leaves one or two lone letters, and letters inside words, alone", () => {
    expect(normalize("I am a mess, J K said so").text).toBe("i am a mes j k said so");
    expect(normalize("plan a b c for the U S A trip").text).toBe("plan abc for the usa trip");
  });

  it("finds crisis words spelled out, with the span on the person's own letters", () => {
    const text = "honestly i just want to d i e";
    const [span] = detectCrisisLanguage(text).spans;
    expect(text.slice(span?.start, span?.end)).toBe("want to d i e");
    expect(detectCrisisLanguage("i am going to k i l l myself tonight").spans).not.toEqual([]);
    expect(detectCrisisLanguage("we ran plan a b c at work and it went fine").spans).toEqual([]);
  });
});
