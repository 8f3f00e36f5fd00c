import { describe, expect, it } from "vitest";
import { SHOWN_NAME_LENGTH, shownFieldName, shownName } from "./shown-name.js";

describe("a name from a request as a refusal shows it", () => {
  it("spells out control characters, bidi overrides, zero-width marks and half an emoji", () => {
    expect(shownName("a\u001bb")).toBe("a<U+001B>b");
    expect(shownName("\u0000")).toBe("<U+0000>");
    expect(shownName("\u0085\u007f")).toBe("<U+0085><U+007F>");
    expect(shownName("\u202eevil")).toBe("<U+202E>evil");
    expect(shownName("\u200b")).toBe("<U+200B>");
    expect(shownName("\ud83d")).toBe("<U+D83D>");
  });

  it("spells out the line and paragraph separators, which break the line they are in", () => {
    expect(shownName("a\u2028b\u2029c")).toBe("a<U+2028>b<U+2029>c");
  });

  it("leaves every readable name as it is, emoji and accents too", () => {
    for (const name of ["from", "constructor", "Émile", "😀", "名前", "a b"]) {
      expect(shownName(name)).toBe(name);
    }
  });

  it("shows a field's name up to its length whole, and of a longer one the start and `…`", () => {
    const full = "m".repeat(SHOWN_NAME_LENGTH);
    expect(shownFieldName(full)).toBe(full);
    expect(shownFieldName(`${full}m`)).toBe(`${full}…`);
    expect(shownFieldName("\u202e".repeat(1_000_000))).toBe(
      `${"<U+202E>".repeat(SHOWN_NAME_LENGTH)}…`,
    );
  });

  it("counts an emoji as one character and never cuts one in half", () => {
    expect(shownFieldName("😀".repeat(SHOWN_NAME_LENGTH))).toBe("😀".repeat(SHOWN_NAME_LENGTH));
    expect(shownFieldName(`a${"😀".repeat(SHOWN_NAME_LENGTH)}`)).toBe(
      `a${"😀".repeat(SHOWN_NAME_LENGTH - 1)}…`,
    );
  });
});
