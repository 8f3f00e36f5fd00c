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
