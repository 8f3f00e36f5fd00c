import { describe, expect, it } from "vitest";
import { shownName } from "../core/text/shown-name.js";
import { shownLines } from "./terminal-text.js";

describe("text shown on a terminal", () => {
  it("spells out every control character, separator, direction override and invisible mark, and nothing else", () => {
    expect(shownName("\u001b[2Jsam\u0007")).toBe("<U+001B>[2Jsam<U+0007>");
    expect(shownName("a\nb\rc\td")).toBe("a<U+000A>b<U+000D>c<U+0009>d");
    expect(shownName("\u009b2J\u007f")).toBe("<U+009B>2J<U+007F>");
    expect(shownName("evil\u202Etxt.exe\u2066\u2028")).toBe("evil<U+202E>txt.exe<U+2066><U+2028>");
    // A file name copied with a zero-width space in it is not the name it looks like.
    expect(shownName("report\u200b.pdf")).toBe("report<U+200B>.pdf");
    expect(shownName("Zoë/Ｓａｍ 🌱 backup.sqlite")).toBe("Zoë/Ｓａｍ 🌱 backup.sqlite");
  });

  it("keeps the lines of a message of several, spelling out within each", () => {
    expect(shownLines("first\u001b]0;title\u0007\nsecond")).toBe(
      "first<U+001B>]0;title<U+0007>\nsecond",
    );
  });
});
