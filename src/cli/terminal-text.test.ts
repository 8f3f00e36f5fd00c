import { describe, expect, it } from "vitest";
import { shown, shownLines } from "./terminal-text.js";

describe("text shown on a terminal", () => {
  it("escapes every control character, separator and direction override, and nothing else", () => {
    expect(shown("\u001b[2Jsam\u0007")).toBe("\\u001b[2Jsam\\u0007");
    expect(shown("a\nb\rc\td")).toBe("a\\u000ab\\u000dc\\u0009d");
    expect(shown("\u009b2J\u007f")).toBe("\\u009b2J\\u007f");
    expect(shown("evil\u202Etxt.exe\u2066\u2028")).toBe("evil\\u202etxt.exe\\u2066\\u2028");
    expect(shown("Zoë/Ｓａｍ 🌱 backup.sqlite")).toBe("Zoë/Ｓａｍ 🌱 backup.sqlite");
  });

  it("keeps the lines of a message of several, escaping within each", () => {
    expect(shownLines("first\u001b]0;title\u0007\nsecond")).toBe(
      "first\\u001b]0;title\\u0007\nsecond",
    );
  });
});
