import { describe, expect, it } from "vitest";
import { preview, searchWords, unsavedQuote } from "./list-words.js";

describe("the thought list's sentences around the person's words", () => {
  it("read as before for words with nothing in them that could move ours", () => {
    expect(unsavedQuote(" I ruin everything ")).toBe("“I ruin everything”");
    expect(searchWords(0, "work")).toBe('Nothing matches "work".');
    expect(searchWords(1, "work")).toBe('One record matches "work".');
    expect(searchWords(3, "work")).toBe('3 records match "work".');
    expect(preview("a".repeat(150))).toBe(`${"a".repeat(140)}…`);
  });

  it("keep a thought's right-to-left override inside its quotes, so the sentence after reads in order", () => {
    expect(unsavedQuote("I ruin everything\u202E")).toBe(
      "“\u2068I ruin everything\u202E\u202C\u2069”",
    );
    expect(searchWords(2, "work\u202E")).toBe('2 records match "\u2068work\u202E\u202C\u2069".');
  });

  it("isolate a right-to-left thought whole, a number at its end included", () => {
    expect(unsavedQuote("\u05D0\u05E0\u05D9 3")).toBe("“\u2068\u05D0\u05E0\u05D9 3\u2069”");
  });
});
