import { shownFieldName } from "../../core/text/shown-name.js";

/** The deepest nesting of objects and lists a body may have; no body of the app comes near it. */
export const MAX_JSON_DEPTH = 32;

export type JsonShapeProblem =
  | { kind: "duplicate-key"; key: string; path: string }
  | { kind: "too-deep"; path: string }
  | { kind: "too-many-keys"; most: number; path: string }
  | { kind: "number-underflow"; literal: string; path: string }
  | { kind: "number-inexact"; literal: string; path: string }
  | { kind: "number-rounded"; literal: string; readAs: string; path: string };

interface Frame {
  /** Keys already seen in this object; undefined for a list. */
  keys: string[] | undefined;
  /** The same keys as a set, once there are enough that a list would be slow to search. */
  many: Set<string> | undefined;
  /** For an object, the last key read; for a list, the position of the current item. */
  at: string | number;
  expectingKey: boolean;
}

const MANY_KEYS = 16;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const COMMA = 0x2c;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/**
 * What JSON.parse lets through and the app must not: a key written twice in one object (the last
 * would silently win, so `{"mood":1,"mood":5}` saves 5 whatever the person saw), a number so
 * small it is read as 0 (`1e-400` would be saved as a 0 the person never wrote), a whole number
 * too large to be kept exactly (`9007199254740993`, 2^53 + 1, is read as …992, and an export's
 * version was quoted back as a number nobody sent), and nesting
 * deep enough to make every later walk over the value costly. It walks the text's structure
 * only, a piece at a time, so the streamed import (a file of many megabytes) is checked as it
 * arrives, with the same rules as every other body. Text that is not JSON at all is the
 * parser's to refuse; this may stop early on it or find nothing.
 */
export class JsonShapeCheck {
  /**
   * @param mostKeys the most keys one object may hold. The streamed import's parser counts an
   * object's keys again with every piece of the file, so a file of one object with a million keys
   * took minutes to be refused; no object of an export comes near a thousand.
   */
  constructor(private readonly mostKeys = Number.POSITIVE_INFINITY) {}

  private readonly stack: Frame[] = [];
  private inString = false;
  private escaped = false;
  /** The raw text of the key being read, when the open string is a key. */
  private key: string | undefined;
  /** The number literal being read, when the last piece ended inside one. */
  private number: string | undefined;

  /** The next piece of the text; the first problem met, if any. */
  feed(piece: string): JsonShapeProblem | undefined {
    let i = 0;
    if (this.number !== undefined) {
      i = numberEnd(piece, 0);
      const problem = this.numberRead(this.number + piece.slice(0, i), i === piece.length);
      if (problem || i === piece.length) return problem;
    }
    while (i < piece.length) {
      if (this.inString) {
        const end = this.closingQuote(piece, i);
        if (end === -1) {
          // The text goes on in the next piece, a key with it.
          if (this.key !== undefined) this.key += piece.slice(i);
          return undefined;
        }
        this.inString = false;
        if (this.key !== undefined) {
          const problem = this.keyRead(this.key + piece.slice(i, end));
          if (problem) return problem;
        }
        i = end + 1;
        continue;
      }
      const char = piece.charCodeAt(i);
      i++;
      if (char === MINUS || (char >= ZERO && char <= NINE)) {
        const end = numberEnd(piece, i);
        const problem = this.numberRead(piece.slice(i - 1, end), end === piece.length);
        if (problem) return problem;
        i = end;
        continue;
      }
      // Most other characters outside texts are colons and spaces: passed over at once.
      if (
        char !== QUOTE &&
        char !== COMMA &&
        (char | 0x20) !== OPEN_OBJECT &&
        (char | 0x20) !== CLOSE_OBJECT
      ) {
        continue;
      }
      if (char === QUOTE) {
        this.inString = true;
        this.escaped = false;
        const frame = this.stack.at(-1);
        this.key = frame?.keys && frame.expectingKey ? "" : undefined;
      } else if (char === OPEN_OBJECT || char === OPEN_LIST) {
        if (this.stack.length === MAX_JSON_DEPTH) return { kind: "too-deep", path: this.path() };
        this.stack.push(
          char === OPEN_OBJECT
            ? { keys: [], many: undefined, at: "", expectingKey: true }
            : { keys: undefined, many: undefined, at: 0, expectingKey: false },
        );
      } else if (char === CLOSE_OBJECT || char === CLOSE_LIST) {
        this.stack.pop();
      } else if (char === COMMA) {
        const frame = this.stack.at(-1);
        if (frame?.keys) frame.expectingKey = true;
        else if (frame) frame.at = Number(frame.at) + 1;
      }
    }
    return undefined;
  }

  /**
   * Where the open string ends in this piece (-1 if it does not), found with indexOf rather than
   * a step per character: texts are most of any body. A quote ends it unless an odd run of
   * backslashes stands before it, counting one left escaped at the end of the last piece.
   */
  private closingQuote(piece: string, from: number): number {
    let end = piece.indexOf('"', from);
    while (end !== -1) {
      if (!this.isEscaped(piece, from, end)) return end;
      end = piece.indexOf('"', end + 1);
    }
    this.escaped = this.isEscaped(piece, from, piece.length);
    return -1;
  }

  /** Whether the character at `at` is escaped, the string's part in this piece starting at `from`. */
  private isEscaped(piece: string, from: number, at: number): boolean {
    let run = 0;
    while (at - run > from && piece.charCodeAt(at - run - 1) === BACKSLASH) run++;
    // A backslash left escaped by the last piece escapes the first character of this one.
    const carried = at - run === from && this.escaped ? 1 : 0;
    return (run + carried) % 2 === 1;
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
    if (frame.many ? frame.many.has(key) : frame.keys.includes(key)) {
      return { kind: "duplicate-key", key, path: this.path() };
    }
    // Most objects have a handful of keys, searched faster in a list than hashed into a set; a
    // body of thousands of keys in one object must not make every key search them all.
    if (frame.many) frame.many.add(key);
    else if (frame.keys.push(key) > MANY_KEYS) frame.many = new Set(frame.keys);
    if ((frame.many?.size ?? frame.keys.length) > this.mostKeys) {
      // Named as the object, not the key that was one too many: the object is what is wrong.
      return { kind: "too-many-keys", most: this.mostKeys, path: this.path(this.stack.length - 1) };
    }
    return undefined;
  }

  /** The text has ended: a number it ended on (a body that is only a number) is judged now. */
  end(): JsonShapeProblem | undefined {
    const literal = this.number;
    return literal === undefined ? undefined : this.numberRead(literal, false);
  }

  /**
   * A whole number literal, or its start when `more` may follow in the next piece. A literal that
   * parses to 0 though a digit of it other than its exponent is not 0 was too small to keep; one
   * that is a whole number past Number.MAX_SAFE_INTEGER either way cannot be told from its
   * neighbours, so it may not be the number written.
   */
  private numberRead(literal: string, more: boolean): JsonShapeProblem | undefined {
    if (more) {
      this.number = literal;
      return undefined;
    }
    this.number = undefined;
    // Number() rather than JSON.parse: the same IEEE rounding, and text that is no number
    // (NaN) is the parser's to refuse.
    const value = Number(literal);
    if (value === 0) {
      return UNDERFLOWS.test(literal)
        ? { kind: "number-underflow", literal, path: this.path() }
        : undefined;
    }
    // Two comparisons on the number already read: every other number costs nothing more.
    if (value <= Number.MAX_SAFE_INTEGER && value >= -Number.MAX_SAFE_INTEGER) {
      // Up to 15 significant digits always survive the reading; only longer text is compared.
      if (literal.length <= 15 || sameDigits(literal, String(value))) return undefined;
      return { kind: "number-rounded", literal, readAs: String(value), path: this.path() };
    }
    // Past the limit, every finite double is a whole number, and a literal past the largest of
    // them (`1e400`) is read as Infinity: too large the same way, and called so, quoted as sent,
    // rather than left to a schema that could only say the number is not one it takes.
    return { kind: "number-inexact", literal, path: this.path() };
  }

  /** Where the problem is, as a refusal names it: a control character in a key spelled out. */
  private path(depth = this.stack.length): string {
    return this.stack
      .slice(0, depth)
      .map((frame) => shownFieldName(String(frame.at)))
      .join(".");
  }
}

const NUMBER_PARTS = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Whether two number texts say the same number, digit for digit (`5.000` and `5`, `50e-1` and
 * `5`): each as its significant digits and the power of ten of the last one. `read` is the
 * shortest text that reads back as the number read, so `written` saying anything else means the
 * reading dropped or changed a digit it holds (`4.99999999999999999999` read as 5).
 */
function sameDigits(written: string, read: string): boolean {
  return digitsOf(written) === digitsOf(read);
}

function digitsOf(text: string): string | undefined {
  const parts = NUMBER_PARTS.exec(text);
  if (!parts) return undefined;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = parts;
  const all = `${whole}${fraction}`.replace(/^0+/, "");
  // Counted off by hand: `/0+$/` tries a run of zeros at every zero it meets, so a body's one
  // long number (`1.000…0001`, a few hundred thousand digits) held the server for a minute.
  let end = all.length;
  while (end > 0 && all.charCodeAt(end - 1) === ZERO) end--;
  const digits = all.slice(0, end);
  // An exponent past any a finite, non-zero number has never gets here (it reads as 0 or
  // Infinity), so Number() keeps it exactly.
  const power = Number(exponent) - fraction.length + (all.length - digits.length);
  return `${sign}${digits}e${power}`;
}

/** A digit other than 0 before any exponent: a literal that is not written as a zero. */
const UNDERFLOWS = /^-?[0.]*[1-9]/;

/** Where the number literal going on at `from` ends: the first character no number holds. */
function numberEnd(piece: string, from: number): number {
  let end = from;
  while (end < piece.length && isNumberChar(piece.charCodeAt(end))) end++;
  return end;
}

// Digits, `.`, `e`, `E`, `+` and `-`: every character a JSON number is written with.
function isNumberChar(char: number): boolean {
  return (
    (char >= ZERO && char <= NINE) ||
    char === 0x2e ||
    (char | 0x20) === 0x65 ||
    char === 0x2b ||
    char === MINUS
  );
}

/** The first problem in a whole text. */
export function jsonShapeProblem(text: string): JsonShapeProblem | undefined {
  const check = new JsonShapeCheck();
  return check.feed(text) ?? check.end();
}
