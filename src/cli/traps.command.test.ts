import { Readable, Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { LINE_MAX_BYTES, trapsCommand } from "./traps.command.js";

/** A reader that takes one line at a time and is slow to take the next, as a busy pipe is. */
function slowReader(highWaterMark: number) {
  const lines: string[] = [];
  let mostWaiting = 0;
  const output = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString("utf8"));
      setImmediate(done);
    },
  });
  const noteWaiting = () => {
    mostWaiting = Math.max(mostWaiting, output.writableLength);
  };
  const write = output.write.bind(output);
  output.write = ((chunk: string) => {
    const more = write(chunk);
    noteWaiting();
    return more;
  }) as typeof output.write;
  return { output, lines, mostWaiting: () => mostWaiting };
}

const discard = new Writable({
  write(_chunk, _encoding, done) {
    done();
  },
});

describe("reconnect traps", () => {
  it("waits for a slow reader instead of holding every answer in memory", async () => {
    const count = 2000;
    const input = Readable.from(
      Array.from(
        { length: count },
        (_, i) => `${JSON.stringify({ id: i, text: "I always ruin everything" })}\n`,
      ),
    );
    const reader = slowReader(1024);
    expect(await trapsCommand(input, reader.output, discard)).toBe(0);
    reader.output.end();
    await finished(reader.output);
    expect(reader.lines).toHaveLength(count);
    expect(JSON.parse(reader.lines[count - 1] ?? "").id).toBe(count - 1);
    // Each answer is about 200 bytes: a command that ignores the reader's pace has every one of
    // them waiting at once (some 400 KB); one that keeps pace has no more than the reader's buffer
    // and one answer more.
    expect(reader.mostWaiting()).toBeLessThan(1024 + 1024);
  });

  it("passes over a line too long to hold a thought, saying so, and answers the lines around it", async () => {
    const good = (id: number) => `${JSON.stringify({ id, text: "I always ruin everything" })}\n`;
    const huge = `{"id":2,"text":"${"a".repeat(LINE_MAX_BYTES * 16)}"}\n`;
    const answers: string[] = [];
    const problems: string[] = [];
    const collect = (into: string[]) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          into.push(chunk.toString("utf8"));
          done();
        },
      });
    const code = await trapsCommand(
      Readable.from([good(1), huge, good(3)]),
      collect(answers),
      collect(problems),
    );
    expect(code).toBe(1);
    expect(answers.map((answer) => JSON.parse(answer).id)).toEqual([1, 3]);
    expect(problems).toEqual([
      "line 2: longer than 65536 bytes (a thought is at most 5000 characters); skipped\n",
    ]);
  });

  it("skips, by number, a line that is not UTF-8 or whose id would come back as another", async () => {
    const good = (id: number) =>
      Buffer.from(`${JSON.stringify({ id, text: "I always ruin everything" })}\n`);
    const lines = [
      good(1),
      // "café" in Latin-1: read as UTF-8 its id would come back as "caf\uFFFD".
      Buffer.concat([
        Buffer.from('{"id":"caf'),
        Buffer.from([0xe9]),
        Buffer.from('","text":"x y"}\n'),
      ]),
      Buffer.from('{"id":9007199254740993,"text":"I always ruin everything"}\n'),
      Buffer.from('{"id":"a","id":"b","text":"x y"}\n'),
      good(5),
    ];
    const answers: string[] = [];
    const problems: string[] = [];
    const collect = (into: string[]) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          into.push(chunk.toString("utf8"));
          done();
        },
      });
    const code = await trapsCommand(Readable.from(lines), collect(answers), collect(problems));
    expect(code).toBe(1);
    expect(answers.map((answer) => JSON.parse(answer).id)).toEqual([1, 5]);
    expect(problems).toEqual([
      "line 2: not UTF-8 text; skipped\n",
      "line 3: id is a number too large to keep exactly (at most 9007199254740991 either way); skipped\n",
      "line 4: id is given more than once; skipped\n",
    ]);
  });

  it("shows a key read from a line with its control characters escaped, never acting on the terminal", async () => {
    const problems: string[] = [];
    const errors = new Writable({
      write(chunk: Buffer, _encoding, done) {
        problems.push(chunk.toString("utf8"));
        done();
      },
    });
    const line = '{"id":1,"text":"x y","\\u001b[2J":1,"\\u001b[2J":2}\n';
    const code = await trapsCommand(Readable.from([line]), discard, errors);
    expect(code).toBe(1);
    // Spelled out as every refusal spells a control character (core/text/shown-name.ts).
    expect(problems).toEqual(["line 1: <U+001B>[2J is given more than once; skipped\n"]);
  });
});
