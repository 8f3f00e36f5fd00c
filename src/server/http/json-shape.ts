/** The deepest nesting of objects and lists a body may have; no body of the app comes near it. */
export const MAX_JSON_DEPTH = 32;

export type JsonShapeProblem =
  | { kind: "duplicate-key"; key: string; path: string }
  | { kind: "too-deep"; path: string };

interface Frame {
  /** Keys already seen in this object; undefined for a list. */
  keys: Set<string> | undefined;
  /** For an object, the last key read; for a list, the position of the current item. */
  at: string | number;
  expectingKey: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const COMMA = 0x2c;

/**
 * What JSON.parse lets through and the app must not: a key written twice in one object (the last
 * would silently win, so `{"mood":1,"mood":5}` saves 5 whatever the person saw), and nesting
 * deep enough to make every later walk over the value costly. It walks the text's structure
 * only, a piece at a time, so the streamed import (a file of many megabytes) is checked as it
 * arrives, with the same rules as every other body. Text that is not JSON at all is the
 * parser's to refuse; this may stop early on it or find nothing.
 */
export class JsonShapeCheck {
  private readonly stack: Frame[] = [];
  private inString = false;
  private escaped = false;
  /** The raw text of the key being read, when the open string is a key. */
  private key: string | undefined;

  /** The next piece of the text; the first problem met, if any. */
  feed(piece: string): JsonShapeProblem | undefined {
    let stringStart = 0;
    for (let i = 0; i < piece.length; i++) {
      const char = piece.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (char === BACKSLASH) this.escaped = true;
        else if (char === QUOTE) {
          this.inString = false;
          if (this.key !== undefined) {
            const problem = this.keyRead(this.key + piece.slice(stringStart, i));
            if (problem) return problem;
          }
        }
      } else if (char === QUOTE) {
        this.inString = true;
        stringStart = i + 1;
        const frame = this.stack.at(-1);
        this.key = frame?.keys && frame.expectingKey ? "" : undefined;
      } else if (char === OPEN_OBJECT || char === OPEN_LIST) {
        if (this.stack.length === MAX_JSON_DEPTH) return { kind: "too-deep", path: this.path() };
        this.stack.push(
          char === OPEN_OBJECT
            ? { keys: new Set(), at: "", expectingKey: true }
            : { keys: undefined, at: 0, expectingKey: false },
        );
      } else if (char === CLOSE_OBJECT || char === CLOSE_LIST) {
        this.stack.pop();
      } else if (char === COMMA) {
        const frame = this.stack.at(-1);
        if (frame?.keys) frame.expectingKey = true;
        else if (frame) frame.at = Number(frame.at) + 1;
      }
    }
    // A key cut by the end of the piece goes on in the next one.
    if (this.inString && this.key !== undefined) this.key += piece.slice(stringStart);
    return undefined;
  }

  private keyRead(raw: string): JsonShapeProblem | undefined {
    this.key = undefined;
    const frame = this.stack.at(-1);
    if (!frame?.keys) return undefined;
    let key = raw;
    // `"m\u006fod"` is the key `mood`: escapes are read before keys are compared.
    if (raw.includes("\\")) {
      try {
        key = String(JSON.parse(`"${raw}"`));
      } catch {
        // Not a JSON string at all: the parser refuses the whole text.
        return undefined;
      }
    }
    frame.at = key;
    frame.expectingKey = false;
    if (frame.keys.has(key)) return { kind: "duplicate-key", key, path: this.path() };
    frame.keys.add(key);
    return undefined;
  }

  private path(): string {
    return this.stack.map((frame) => String(frame.at)).join(".");
  }
}

/** The first problem in a whole text. */
export function jsonShapeProblem(text: string): JsonShapeProblem | undefined {
  return new JsonShapeCheck().feed(text);
}
