import type { Readable } from "node:stream";

/**
 * One line of input, or the mark of a line too long to hold, which was passed over unread, or of
 * one whose bytes are not UTF-8 (never read with U+FFFD in place of what was sent).
 */
export type InputLine =
  | { kind: "line"; text: string }
  | { kind: "too-long" }
  | { kind: "not-utf8" };

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Splits a byte stream into lines ("\n" or "\r\n"), holding at most `maxBytes` of any one line
 * (its "\r" counted): the rest of a longer line is read past and dropped as it comes, so one
 * 100 MB line costs no more memory than a short one (readline keeps a whole line, and JSON.parse
 * then a copy of it).
 * Splitting bytes on "\n" is safe in UTF-8, where no byte of a longer character is 0x0a.
 */
export async function* jsonLines(input: Readable, maxBytes: number): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pieces: Buffer[] = [];
  let held = 0;
  let tooLong = false;
  const decode = (bytes: Buffer): InputLine => {
    try {
      return { kind: "line", text: decoder.decode(bytes) };
    } catch {
      return { kind: "not-utf8" };
    }
  };
  const end = (): InputLine => {
    const line: InputLine = tooLong
      ? { kind: "too-long" }
      : decode(withoutReturn(Buffer.concat(pieces, held)));
    pieces = [];
    held = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of input) {
    const bytes: Buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let start = 0;
    while (start <= bytes.length) {
      const newline = bytes.indexOf(NEWLINE, start);
      const stop = newline === -1 ? bytes.length : newline;
      if (!tooLong) {
        if (held + (stop - start) > maxBytes) {
          tooLong = true;
          pieces = [];
          held = 0;
        } else if (stop > start) {
          pieces.push(bytes.subarray(start, stop));
          held += stop - start;
        }
      }
      if (newline === -1) break;
      yield end();
      start = newline + 1;
    }
  }
  if (held > 0 || tooLong) yield end();
}

function withoutReturn(line: Buffer): Buffer {
  return line.at(-1) === RETURN ? line.subarray(0, -1) : line;
}
