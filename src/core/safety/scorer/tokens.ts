/**
 * Splits text into the scorer's words, each in one plain form and tied to where it was written.
 *
 * People write "I CAN'T", "cant", "can t", "kiiill": the plain form is lowercase ASCII letters
 * and digits, apostrophes dropped inside a word, and every run of one repeated character squeezed
 * to one ("kill" -> "kil", "diiie" -> "die"). The same squeeze is applied in training, so the
 * model only ever sees the squeezed spelling. Letters with marks, full-width letters and the other
 * forms Unicode gives one plain letter for are read as their plain letters, as the rules read them
 * ("dïe", "ｄｉｅ", "ⓓⓘⓔ"), and a combining mark is part of the letter before it: "re" + U+0301 +
 * "sume" is one word, "resume", not two, and "e" with any number of accents is one "e". Everything
 * else (spaces, punctuation, emoji, other scripts, lone surrogates) separates words and is
 * otherwise ignored: the scorer reads English. Mathematical letters past U+FFFF ("𝐝𝐢𝐞") are read
 * too, and Cyrillic and Greek letters drawn like Latin ones in the words the rules read them in
 * ("kіll" with a Ukrainian і, "ԁіе" beside English words; never "сор" or "και" in a text of
 * those languages).
 */
import {
  foldedLetter,
  isApostrophe,
  isCombiningMark,
  twinAt,
  twinsOnlyReadAsLatin,
  twinWordEnd,
} from "../rules/normalize.js";

export interface ScorerTokens {
  /** The plain characters of all words, one after another with nothing between them (the
   *  arrays may be longer than needed: `charStart[count]` and `count` say how much is used). */
  readonly chars: Uint8Array;
  /** Number of words. */
  readonly count: number;
  /** Where word i's plain characters begin in `chars`; `charStart[count]` is the total. */
  readonly charStart: Int32Array;
  /** UTF-16 offset in the original text where word i begins. */
  readonly start: Int32Array;
  /** UTF-16 offset in the original text just past word i. */
  readonly end: Int32Array;
}

/** The plain character for a code unit, or 0 when it separates words. */
function plain(code: number): number {
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 48 && code <= 57) return code;
  if (code > 127) return Math.max(0, foldedLetter(code));
  return 0;
}

/**
 * The arrays are reused from call to call, grown when a longer text comes, so that scoring as a
 * person types makes no garbage; the result is valid until the next call.
 */
let buffers = makeBuffers(256);

function makeBuffers(length: number): {
  chars: Uint8Array;
  charStart: Int32Array;
  start: Int32Array;
  end: Int32Array;
} {
  // At most one word per two code units (a letter and a separator), plus one.
  const maxWords = (length >> 1) + 1;
  return {
    chars: new Uint8Array(length),
    charStart: new Int32Array(maxWords + 1),
    start: new Int32Array(maxWords),
    end: new Int32Array(maxWords),
  };
}

export function tokenize(text: string): ScorerTokens {
  const length = text.length;
  if (buffers.chars.length < length)
    buffers = makeBuffers(Math.max(length, buffers.chars.length * 2));
  const { chars, charStart, start, end } = buffers;
  let count = 0;
  let used = 0;
  let inWord = false;
  let last = 0;
  /** As in the rules' normalize: the end of the last word a twin was met in, negated if not Latin. */
  let twinEnd = 0;
  let twinsOnly: boolean | undefined;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let c = plain(code);
    /** The last UTF-16 unit of this character: the next one for a letter past U+FFFF. */
    let to = i;
    if (c === 0 && code > 127) {
      const point = text.codePointAt(i) ?? code;
      if (point > 0xffff) {
        c = Math.max(0, foldedLetter(point));
        if (c !== 0) to = i + 1;
      } else if (twinAt(code) !== 0) {
        twinsOnly ??= twinsOnlyReadAsLatin(text);
        if (i >= Math.abs(twinEnd)) twinEnd = twinWordEnd(text, i, twinsOnly);
        if (twinEnd > 0) c = twinAt(code);
      }
    }
    if (c !== 0) {
      if (!inWord) {
        inWord = true;
        charStart[count] = used;
        start[count] = i;
        last = 0;
      }
      i = to;
      end[count] = i + 1;
      if (c !== last) {
        chars[used++] = c;
        last = c;
      }
    } else if (inWord && isCombiningMark(code)) {
      // A mark on the letter before it: dropped, and the word goes on past it.
      end[count] = i + 1;
    } else if (inWord && !isApostrophe(code)) {
      // An apostrophe inside a word is dropped and does not end it: "don't" reads as "dont".
      inWord = false;
      count++;
    }
  }
  if (inWord) count++;
  charStart[count] = used;
  return { chars, count, charStart, start, end };
}
