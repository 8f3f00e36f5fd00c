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
