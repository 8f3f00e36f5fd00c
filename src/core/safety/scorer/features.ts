import { runIndex } from "./seen-runs.js";
import type { ScorerTokens } from "./tokens.js";
import { MAX_WINDOW_WORDS } from "./window.js";

/**
 * The scorer's features, hashed into a fixed number of buckets so the model is a flat array.
 *
 * Each word gives the word itself and the pair it makes with the word before; and every run of
 * 3, 4 and 5 characters, read across the text with the spaces taken out, belongs to the word its
 * last character is in. Reading across the spaces is what makes "i ambetter off dead", "i am
 * better off dead" and "iambetteroffdead" nearly the same text to the model, and the short runs
 * are what keep "sucide" and "suicde" close to "suicide".
 *
 * Every feature belongs to one word, so a text's score is the sum of its words' parts, a
 * window's score is the sum over the window, and the words that added most can be shown.
 *
 * Saying a thing again does not say more. A word that repeats the word just before it ("a a a",
 * "so so") does not give the pair it makes with its copy nor the runs of letters across the space
 * between the copies: those features exist only because of the repetition, the training hardly
 * saw them, and their weights are mostly what other features hashed to the same bucket learned
 * (added once per copy, that noise alone flagged "a " said 13 times). And a feature counts at
 * most once in any MAX_WINDOW_WORDS words running, read from the start: a word, pair or run of
 * letters that already counted fewer than MAX_WINDOW_WORDS words before adds nothing ("isisisis",
 * "pineapple pineapple ..."), so a window that begins just after the copy that counted may hold a
 * later copy that adds nothing; a window is never given a feature more than once. Otherwise a
 * word's own small weight, added once per copy over a 12-word window, flagged a third of everyday
 * words said 12 times in a row. Every word still counts as a word each time. Training reads the
 * same features, so the model learns what it is asked at run time.
 *
 * Given the table of runs of three letters the training saw (`seen-runs.ts`), a feature that
 * holds a run it never saw is left out: a word or a pair with such a word in it, a run of 3 to 5
 * letters that holds one. It was never trained, so its weight is only what other features in its
 * bucket learned, and random letters ("asdfjkl qwerty") are made of such features. Training
 * passes no table, and needs none: the table is built from its statements, so it drops nothing
 * there.
 */

/** log2 of the number of buckets. */
export const BUCKET_BITS = 14;
export const BUCKETS = 1 << BUCKET_BITS;
const SHIFT = 32 - BUCKET_BITS;

const UNIGRAM = 0x9e3779b1;
const BIGRAM = 0x85ebca77;
const NGRAM = [0, 0, 0, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1];
const ANY_WORD_BUCKET = 0;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Which word each plain character belongs to; reused between calls like the token arrays. */
let charWord = new Int32Array(256);
/** Per word: 1 when it is the same as the word just before it. */
let repeatsPrevious = new Uint8Array(256);
/**
 * Per signed bucket, the mark of the word that last counted a feature there (words and pairs in
 * one array, runs of letters in the other); a word's mark is unique across calls, so nothing
 * needs clearing between texts.
 */
const wordCountedBy = new Int32Array(2 * BUCKETS);
const runCountedBy = new Int32Array(2 * BUCKETS);
let wordMark = 0;

/** Whether a feature seen at `mark` counts, and if so records it: at most once in a window's length of words. */
function countsOnce(countedBy: Int32Array, slot: number, mark: number, firstMark: number): boolean {
  const last = countedBy[slot] ?? 0;
  if (last >= firstMark && mark - last < MAX_WINDOW_WORDS) return false;
  countedBy[slot] = mark;
  return true;
}

/** Whether the run of three at `s` is letters training never saw (never for a run with a digit). */
function unseenRun(chars: Uint8Array, s: number, seenRuns: Uint8Array): boolean {
  const at = runIndex(chars[s] ?? 0, chars[s + 1] ?? 0, chars[s + 2] ?? 0);
  return at >= 0 && seenRuns[at] === 0;
}

/** Whether a word holds a run of three letters training never saw, so was never seen itself. */
function unseenWord(chars: Uint8Array, from: number, to: number, seenRuns: Uint8Array): boolean {
  for (let s = from; s + 3 <= to; s++) {
    if (unseenRun(chars, s, seenRuns)) return true;
  }
  return false;
}

function sameWord(chars: Uint8Array, from: number, to: number, previousFrom: number): boolean {
  if (to - from !== from - previousFrom) return false;
  for (let i = 0; i < to - from; i++) {
    if (chars[from + i] !== chars[previousFrom + i]) return false;
  }
  return true;
}

/**
 * Calls `visit(word, bucket, sign)` once per feature, sign 1 or -1. The bucket is taken from the
 * top bits of a multiplied hash and the sign from the bit below them, so two features that share
 * a bucket tend to cancel rather than add up. The sign is computed without a branch: it is a coin
 * toss, which a processor cannot predict.
 */
export function forEachFeature(
  tokens: ScorerTokens,
  visit: (word: number, bucket: number, sign: number) => void,
  seenRuns?: Uint8Array,
): void {
  const { chars, charStart, count } = tokens;
  const total = charStart[count] ?? 0;
  if (charWord.length < total) charWord = new Int32Array(Math.max(total, charWord.length * 2));
  if (repeatsPrevious.length < count) {
    repeatsPrevious = new Uint8Array(Math.max(count, repeatsPrevious.length * 2));
  }
  // Marks for this text's words: wordMark + 1 + word. Started again before they could overflow.
  if (wordMark > 0x7fffffff - count - 1) {
    wordCountedBy.fill(0);
    runCountedBy.fill(0);
    wordMark = 0;
  }
  const firstMark = wordMark + 1;
  wordMark += count;
  let previous = 0;
  let previousUnseen = false;
  for (let word = 0; word < count; word++) {
    const from = charStart[word] ?? 0;
    const to = charStart[word + 1] ?? 0;
    const repeated = word > 0 && sameWord(chars, from, to, charStart[word - 1] ?? 0);
    const unseen = seenRuns !== undefined && unseenWord(chars, from, to, seenRuns);
    repeatsPrevious[word] = repeated ? 1 : 0;
    let h = FNV_OFFSET;
    for (let i = from; i < to; i++) {
      h = Math.imul(h ^ (chars[i] ?? 0), FNV_PRIME);
      charWord[i] = word;
    }
    // Every word also counts once as just a word, so the model can learn how much a window's
    // length says by itself, and the bias need not carry it for short and long texts alike.
    visit(word, ANY_WORD_BUCKET, 1);
    let x = Math.imul(h ^ (h >>> 15) ^ UNIGRAM, 0x2c1b3c6d);
    x ^= x >>> 12;
    if (!unseen && countsOnce(wordCountedBy, x >>> (SHIFT - 1), firstMark + word, firstMark)) {
      visit(word, x >>> SHIFT, 1 - 2 * ((x >>> (SHIFT - 1)) & 1));
    }
    if (word > 0 && !repeated && !unseen && !previousUnseen) {
      x = Math.imul(Math.imul(previous, 0x2f0b3c55) ^ h ^ BIGRAM, 0x297a2d39);
      x ^= x >>> 12;
      if (countsOnce(wordCountedBy, x >>> (SHIFT - 1), firstMark + word, firstMark)) {
        visit(word, x >>> SHIFT, 1 - 2 * ((x >>> (SHIFT - 1)) & 1));
      }
    }
    previous = h;
    previousUnseen = unseen;
  }
  for (let s = 0; s + 3 <= total; s++) {
    // A run that reaches from a word into its own copy is made by the repetition.
    const firstWord = charWord[s] ?? 0;
    const second = charWord[s + 1] ?? 0;
    if (second !== firstWord && repeatsPrevious[second] === 1) continue;
    let h = FNV_OFFSET;
    h = Math.imul(h ^ (chars[s] ?? 0), FNV_PRIME);
    h = Math.imul(h ^ (chars[s + 1] ?? 0), FNV_PRIME);
    for (let n = 3; n <= 5 && s + n <= total; n++) {
      const word = charWord[s + n - 1] ?? 0;
      if (word !== firstWord && repeatsPrevious[word] === 1) break;
      // A longer run holds this one's last three letters too, so it goes unseen as well.
      if (seenRuns !== undefined && unseenRun(chars, s + n - 3, seenRuns)) break;
      h = Math.imul(h ^ (chars[s + n - 1] ?? 0), FNV_PRIME);
      let x = Math.imul(h ^ (h >>> 15) ^ (NGRAM[n] ?? 0), 0x2c1b3c6d);
      x ^= x >>> 12;
      const bucket = x >>> SHIFT;
      const signBit = (x >>> (SHIFT - 1)) & 1;
      if (!countsOnce(runCountedBy, (bucket << 1) | signBit, firstMark + word, firstMark)) continue;
      visit(word, bucket, 1 - 2 * signBit);
    }
  }
}
