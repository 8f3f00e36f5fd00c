import { describe, expect, it } from "vitest";
import { readOnce, tokenize } from "./tokens.js";
import { bestWindow } from "./window.js";

function words(text: string, read = tokenize): { plain: string; original: string }[] {
  const tokens = read(text);
  const out: { plain: string; original: string }[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const from = tokens.charStart[i] ?? 0;
    const to = tokens.charStart[i + 1] ?? 0;
    out.push({
      plain: String.fromCharCode(...tokens.chars.subarray(from, to)),
      original: text.slice(tokens.start[i], tokens.end[i]),
    });
  }
  return out;
}

describe("tokenize", () => {
  it("lowercases, drops apostrophes inside words and squeezes repeated letters", () => {
    expect(words("I DON’T wanna kiiiill")).toEqual([
      { plain: "i", original: "I" },
      { plain: "dont", original: "DON’T" },
      { plain: "wana", original: "wanna" },
      { plain: "kil", original: "kiiiill" },
    ]);
  });

  it("splits on punctuation, emoji, other scripts and lone surrogates", () => {
    expect(words("bye,world😢мир\ud800ok").map((w) => w.plain)).toEqual(["bye", "world", "ok"]);
  });

  it("reads letters with marks as their plain letters, as the rules do, however they were typed", () => {
    // "é" as one code point and as "e" with a combining accent; "ï" likewise; full-width letters.
    expect(words("caf\u00e9 re\u0301sume\u0301 d\u00efe di\u0308e \uff44\uff49\uff45")).toEqual([
      { plain: "cafe", original: "caf\u00e9" },
      { plain: "resume", original: "re\u0301sume\u0301" },
      { plain: "die", original: "d\u00efe" },
      { plain: "die", original: "di\u0308e" },
      { plain: "die", original: "\uff44\uff49\uff45" },
    ]);
    // A run of accents stays with its letter; one with no letter before it is not a word.
    expect(words(`e${"\u0301".repeat(30)}`)).toEqual([
      { plain: "e", original: `e${"\u0301".repeat(30)}` },
    ]);
    expect(words("e\u0301".repeat(30)).map((w) => w.plain)).toEqual(["e"]);
    expect(words("\u0301\u0301 ok")).toEqual([{ plain: "ok", original: "ok" }]);
  });

  it("reads letters that only look Latin as the rules do, in the words the rules read them in", () => {
    // A Cyrillic і inside a Latin word, a Greek ο, mathematical bold letters (two units each);
    // "ме", every letter drawn like a Latin one, in a text where letters were swapped ("kіll").
    expect(
      words(
        "k\u0456ll nob\u03bfdy \u{1d426}\u{1d432}\u{1d42c}\u{1d41e}\u{1d425}\u{1d41f} \u043c\u0435",
      ),
    ).toEqual([
      { plain: "kil", original: "k\u0456ll" },
      { plain: "nobody", original: "nob\u03bfdy" },
      { plain: "myself", original: "\u{1d426}\u{1d432}\u{1d42c}\u{1d41e}\u{1d425}\u{1d41f}" },
      { plain: "me", original: "\u043c\u0435" },
    ]);
    // "сор" and "και" are Russian and Greek words: with nothing swapped, or beside "привет", breaks.
    expect(words("\u0441\u043e\u0440 \u03ba\u03b1\u03b9 ok")).toEqual([
      { plain: "ok", original: "ok" },
    ]);
    expect(words("\u043f\u0440\u0438\u0432\u0435\u0442 \u0441\u043e\u0440 k\u0456ll")).toEqual([
      { plain: "kil", original: "k\u0456ll" },
    ]);
  });

  it("reuses its buffers without mixing up a longer earlier text", () => {
    tokenize("a much longer text with many words in it to fill the buffers");
    expect(words("hi there").map((w) => w.plain)).toEqual(["hi", "there"]);
  });
});

describe("readOnce", () => {
  const read = (text: string) => readOnce(tokenize(text));
  it("leaves out the hanging in hanging out, keeping every other word in its place", () => {
    for (const verb of ["hang", "Hangs", "hanging", "hangin", "HUNG"]) {
      expect(words(`they ${verb} out`, read)).toEqual([
        { plain: "they", original: "they" },
        { plain: "out", original: "out" },
      ]);
    }
    expect(words("hang myself", read).length).toBe(2);
    expect(words("hung out of the window", read).length).toBe(5);
  });

  it("reads a run of five words written again once, and shorter repeats as written", () => {
    const line = "i will never be good enough.";
    expect(words(`${line} ${line}\n${line} so`, read).map((w) => w.plain)).toEqual([
      ..."i wil never be god enough so".split(" "),
    ]);
    const spans = words(`${line} ${line} so`, read);
    expect(spans.at(-1)).toEqual({ plain: "so", original: "so" });
    expect(words("i hate them i hate them", read).length).toBe(6);
    // A word said over and over is a run written again from its second copy on.
    expect(words("we we we we we we", read).length).toBe(1);
  });

  it("finds a run written again after a word before it was left out", () => {
    // With "hang" left out, the words after it move down one place; the second copy of the run
    // must still be compared with the first as it was written, not with the words moved onto it.
    const run = "one two three four five";
    expect(words(`we hang out a lot. ${run}. ${run}. ok`, read).map((w) => w.plain)).toEqual([
      ..."we out a lot one two thre four five ok".split(" "),
    ]);
    // Likewise after a run written again was left out, with words between a second run's copies.
    const other = "six seven eight nine ten";
    const between = "and then it was late again";
    expect(
      words(`${run}. ${run}. ${other}, ${between}. ${other}.`, read).map((w) => w.plain),
    ).toEqual([...`${run} ${other} ${between}`.replace("three", "thre").split(" ")]);
  });
});

describe("bestWindow", () => {
  it("picks the highest run of five to twelve words", () => {
    const parts = [-5, -5, -5, 1, 9, 9, -1, 0, -5, -5, -5, -5, -5, -5];
    expect(bestWindow(parts, parts.length)).toEqual({ sum: 18, start: 3, size: 5 });
  });

  it("reads a text shorter than five words whole", () => {
    expect(bestWindow([2, -1, 3], 3)).toEqual({ sum: 4, start: 0, size: 3 });
    expect(bestWindow([], 0)).toEqual({ sum: 0, start: 0, size: 0 });
  });
});
