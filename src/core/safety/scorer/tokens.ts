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
import { MIN_WINDOW_WORDS } from "./window.js";

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

let hashes = new Int32Array(256);
let firstRun = new Int32Array(512);
/** readOnce's words, reused and grown like `buffers`; apart from them, so its input stays whole. */
let readBuffers = makeBuffers(256);

/**
 * The words the scorer reads: `tokens` with some taken out, in arrays of its own (valid, like
 * tokenize's, until the next call); what is left keeps its place in the text. `tokens` is left
 * as it was: a run is compared with an earlier one as written, which compacting the words in
 * place would overwrite once a word before it was taken out.
 *
 * "hang" in "hang out", "hung out", "hanging out" (not "out of"): training saw "hang" only as a
 * method, so "they all hang out without me" read as hanging plus a burden. And every run of
 * MIN_WINDOW_WORDS words written again, so a sentence said twice reads as said once: a note that
 * ruminates and repeats itself was flagged where one copy was not, by the letters read across
 * the seam between the copies ("anyone. honestly"). Only at scoring: training's rambling posts
 * repeat a filler sentence by construction, and reading those once there moved the model
 * (docs/CRISIS-SCORER.md).
 */
export function readOnce(tokens: ScorerTokens): ScorerTokens {
  const { chars, charStart, start, end, count } = tokens;
  if (hashes.length < count) hashes = new Int32Array(count * 2);
  const total = charStart[count] ?? 0;
  if (readBuffers.chars.length < total || readBuffers.start.length < count) {
    readBuffers = makeBuffers(Math.max(total, count * 2, readBuffers.chars.length * 2));
  }
  const out = readBuffers;
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let c = charStart[i] ?? 0; c < (charStart[i + 1] ?? 0); c++) {
      h = Math.imul(h ^ (chars[c] ?? 0), 0x01000193);
    }
    hashes[i] = h;
  }
  /** Whether word i is one of `words`. */
  const is = (i: number, ...words: string[]): boolean =>
    i < count &&
    words.some((word) => {
      const from = charStart[i] ?? 0;
      if ((charStart[i + 1] ?? 0) - from !== word.length) return false;
      for (let c = 0; c < word.length; c++)
        if (chars[from + c] !== word.charCodeAt(c)) return false;
      return true;
    });
  // Hashes only find a run that may be a copy; its letters are compared, so none is lost to a clash.
  const sameRun = (a: number, b: number): boolean => {
    const from = charStart[a] ?? 0;
    const length = (charStart[a + MIN_WINDOW_WORDS] ?? 0) - from;
    if ((charStart[b + MIN_WINDOW_WORDS] ?? 0) - (charStart[b] ?? 0) !== length) return false;
    for (let w = 1; w < MIN_WINDOW_WORDS; w++) {
      if ((charStart[a + w] ?? 0) - from !== (charStart[b + w] ?? 0) - (charStart[b] ?? 0))
        return false;
    }
    for (let c = 0; c < length; c++) {
      if (chars[from + c] !== chars[(charStart[b] ?? 0) + c]) return false;
    }
    return true;
  };
  // An open table of the first run with each hash (its first word + 1), at most half full.
  const mask = (1 << (33 - Math.clz32(count))) - 1;
  if (firstRun.length <= mask) firstRun = new Int32Array(mask + 1);
  firstRun.fill(0, 0, mask + 1);
  let kept = 0;
  let used = 0;
  /** How many words from here are part of a run written before. */
  let repeated = 0;
  for (let i = 0; i < count; i++) {
    if (i + MIN_WINDOW_WORDS <= count) {
      let h = 0;
      for (let w = i; w < i + MIN_WINDOW_WORDS; w++)
        h = Math.imul(h ^ (hashes[w] ?? 0), 0x2c1b3c6d);
      // No later run needs this word's own hash: the slot keeps the run's.
      hashes[i] = h;
      let slot = h & mask;
      let copy = false;
      for (let at = firstRun[slot] ?? 0; at > 0 && !copy; at = firstRun[slot] ?? 0) {
        copy = hashes[at - 1] === h && sameRun(at - 1, i);
        slot = (slot + 1) & mask;
      }
      if (copy) repeated = MIN_WINDOW_WORDS;
      else firstRun[slot] = i + 1;
    }
    const from = charStart[i] ?? 0;
    const to = charStart[i + 1] ?? 0;
    if (repeated > 0) repeated--;
    else if (
      chars[from] !== 104 ||
      !is(i, "hang", "hangs", "hanging", "hangin", "hung") ||
      !is(i + 1, "out") ||
      is(i + 2, "of")
    ) {
      out.charStart[kept] = used;
      out.start[kept] = start[i] ?? 0;
      out.end[kept++] = end[i] ?? 0;
      // A loop, not `set(subarray)`: a subarray is a new object for every word kept.
      for (let c = from; c < to; c++) out.chars[used++] = chars[c] ?? 0;
    }
  }
  out.charStart[kept] = used;
  return {
    chars: out.chars,
    charStart: out.charStart,
    start: out.start,
    end: out.end,
    count: kept,
  };
}
