import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type InputLine, jsonLines } from "./json-lines.js";

async function linesOf(chunks: (string | Buffer)[], maxBytes = 16): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  for await (const line of jsonLines(Readable.from(chunks), maxBytes)) lines.push(line);
  return lines;
}

const line = (text: string): InputLine => ({ kind: "line", text });

describe("reading input line by line", () => {
  it("splits on \\n and \\r\\n across chunk edges, keeping empty lines and a last unended one", async () => {
    expect(await linesOf(["a\r", "\nb", "c\n\nd"])).toEqual([
      line("a"),
      line("bc"),
      line(""),
      line("d"),
    ]);
    expect(await linesOf(["a\n"])).toEqual([line("a")]);
    expect(await linesOf([])).toEqual([]);
  });

  it("keeps a character whose bytes arrive in two chunks whole", async () => {
    const heart = Buffer.from("né ❤", "utf8");
    expect(await linesOf([heart.subarray(0, 5), heart.subarray(5), "\n"])).toEqual([line("né ❤")]);
  });

  it("passes over a line longer than the limit, however it arrives, and reads on", async () => {
    const long = "x".repeat(40);
    expect(await linesOf([`one\n${long}\ntwo\n`])).toEqual([
      line("one"),
      { kind: "too-long" },
      line("two"),
    ]);
    expect(await linesOf(["one\n", ...long, "\ntwo"])).toEqual([
      line("one"),
      { kind: "too-long" },
      line("two"),
    ]);
    expect(await linesOf([long])).toEqual([{ kind: "too-long" }]);
  });

  it("takes a line of exactly the limit", async () => {
    expect(await linesOf([`${"y".repeat(16)}\n`])).toEqual([line("y".repeat(16))]);
    expect(await linesOf([`${"y".repeat(17)}\n`])).toEqual([{ kind: "too-long" }]);
  });
});
