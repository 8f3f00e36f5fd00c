import type { ScorerTokens } from "./tokens.js";

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

/**
 * Calls `visit(word, bucket, sign)` once per feature, sign 1 or -1. The bucket is taken from the
 * top bits of a multiplied hash and the sign from the bit below them, so two features that share
 * a bucket tend to cancel rather than add up. The sign is computed without a branch: it is a coin
 * toss, which a processor cannot predict.
 */
export function forEachFeature(
  tokens: ScorerTokens,
  visit: (word: number, bucket: number, sign: number) => void,
): void {
  const { chars, charStart, count } = tokens;
  const total = charStart[count] ?? 0;
  if (charWord.length < total) charWord = new Int32Array(Math.max(total, charWord.length * 2));
  let previous = 0;
  for (let word = 0; word < count; word++) {
    const from = charStart[word] ?? 0;
    const to = charStart[word + 1] ?? 0;
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
    visit(word, x >>> SHIFT, 1 - 2 * ((x >>> (SHIFT - 1)) & 1));
    if (word > 0) {
      x = Math.imul(Math.imul(previous, 0x2f0b3c55) ^ h ^ BIGRAM, 0x297a2d39);
      x ^= x >>> 12;
      visit(word, x >>> SHIFT, 1 - 2 * ((x >>> (SHIFT - 1)) & 1));
    }
    previous = h;
  }
  for (let s = 0; s + 3 <= total; s++) {
    let h = FNV_OFFSET;
    h = Math.imul(h ^ (chars[s] ?? 0), FNV_PRIME);
    h = Math.imul(h ^ (chars[s + 1] ?? 0), FNV_PRIME);
    for (let n = 3; n <= 5 && s + n <= total; n++) {
      h = Math.imul(h ^ (chars[s + n - 1] ?? 0), FNV_PRIME);
      let x = Math.imul(h ^ (h >>> 15) ^ (NGRAM[n] ?? 0), 0x2c1b3c6d);
      x ^= x >>> 12;
      visit(charWord[s + n - 1] ?? 0, x >>> SHIFT, 1 - 2 * ((x >>> (SHIFT - 1)) & 1));
    }
  }
}
