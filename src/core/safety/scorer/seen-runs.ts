import { tokenize } from "./tokens.js";

/**
 * Which runs of three letters the scorer's training saw, as one bit each.
 *
 * The scorer hashes its features into a fixed number of buckets, so a run of letters training
 * never saw still lands in a bucket, and takes the weight that other features there learned: its
 * part is noise. Said once in a real word, that noise is small; in a string of random letters
 * ("asdfjkl qwerty", a phone in a pocket) it is most of what is read, and a long enough string
 * added up to a crisis score. A word, a pair of words or a run of 3 to 5 letters that holds a run
 * of three the training never saw was itself never seen, so leaving it out drops only noise, never
 * anything learned. Runs holding a digit are kept: digits are rare in training and read as before.
 *
 * The table is built from the very statements the model is trained on, so training reads every
 * feature as it always did, and the model's weights are the same with the table or without.
 */
const LETTERS = 26;
export const RUNS = LETTERS * LETTERS * LETTERS;
const LOWER_A = 97;

/** Six bits a character, in the base64 alphabet: plain ASCII, nothing to escape in a string. */
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The index of the run a, b, c (plain character codes), or -1 when one is not a letter a-z. */
export function runIndex(a: number, b: number, c: number): number {
  const x = a - LOWER_A;
  const y = b - LOWER_A;
  const z = c - LOWER_A;
  if (x < 0 || x >= LETTERS || y < 0 || y >= LETTERS || z < 0 || z >= LETTERS) return -1;
  return (x * LETTERS + y) * LETTERS + z;
}

/**
 * After a pair of letters that training saw followed by at least this many of the 26 letters,
 * every run of three is kept as seen. It keeps a little noise (of 100,000 strings of mashed keys,
 * 10 rather than 6 reach the scorer's own threshold, none the card's; of 40 texts of 5,000 random
 * letters, 3 rather than 1 reach the card's) and makes the table 1.4 KB gzipped rather than 1.7:
 * the detector's download has a limit (docs/SAFETY.md). Marking a run seen is always safe;
 * marking a seen one unseen would drop something learned.
 */
const DENSE_ROW = 16;

/**
 * Every run of three read across the texts' words, the spaces taken out, as the features are,
 * with the rows after a pair of letters that were mostly seen marked seen whole.
 */
export function seenRunsOf(texts: Iterable<string>): Uint8Array {
  const seen = new Uint8Array(RUNS);
  for (const text of texts) {
    const { chars, charStart, count } = tokenize(text);
    const total = charStart[count] ?? 0;
    for (let s = 0; s + 3 <= total; s += 1) {
      const at = runIndex(chars[s] ?? 0, chars[s + 1] ?? 0, chars[s + 2] ?? 0);
      if (at >= 0) seen[at] = 1;
    }
  }
  for (let row = 0; row < RUNS; row += LETTERS) {
    let count = 0;
    for (let c = 0; c < LETTERS; c += 1) count += seen[row + c] ?? 0;
    if (count >= DENSE_ROW) seen.fill(1, row, row + LETTERS);
  }
  return seen;
}

export function encodeSeenRuns(seen: Uint8Array): string {
  let text = "";
  for (let i = 0; i < RUNS; i += 6) {
    let value = 0;
    for (let bit = 0; bit < 6; bit += 1) value |= (seen[i + bit] ?? 0) << bit;
    text += DIGITS.charAt(value);
  }
  return text;
}

export function decodeSeenRuns(text: string): Uint8Array {
  const seen = new Uint8Array(RUNS);
  // A table of another length was written for other runs: read every run as seen, as before.
  if (text.length !== Math.ceil(RUNS / 6)) return seen.fill(1);
  for (let i = 0; i < text.length; i += 1) {
    const value = DIGITS.indexOf(text.charAt(i));
    for (let bit = 0; bit < 6 && i * 6 + bit < RUNS; bit += 1) {
      seen[i * 6 + bit] = (value >> bit) & 1;
    }
  }
  return seen;
}

/** The table as the text of `seen-runs-table.ts`, formatted as Biome would. */
export function serializeSeenRuns(seen: Uint8Array): string {
  return [
    "// Written by `npm run train:crisis` from datasets/crisis/statements.jsonl; do not edit.",
    "// Which runs of three letters the scorer's training saw (seen-runs.ts).",
    "export const storedSeenRuns =",
    `  ${JSON.stringify(encodeSeenRuns(seen))};`,
    "",
  ].join("\n");
}
