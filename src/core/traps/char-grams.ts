/**
 * Character n-grams of a word, hashed into a fixed number of buckets.
 *
 * Word stems only match a word the model has seen; the thoughts people write vary their words
 * far more than 412 labelled ones can show ("useless", "hopeless", "pointless"; "ruined",
 * "wrecked it"). Pieces of three to five letters within a word carry what such words share, and
 * hashing them into a fixed number of buckets keeps the model's size bounded however many
 * pieces the data holds.
 */

/** How many buckets the pieces are hashed into: the most char-gram features a model can have. */
export const CHAR_BUCKETS = 4096;
export const MIN_GRAM = 3;
export const MAX_GRAM = 5;

/** The feature name of a bucket. */
export const charGramFeature = (bucket: number): string => `c:${bucket}`;

/**
 * 32-bit FNV-1a over UTF-16 code units: the same bucket for the same piece on every engine,
 * which keeps training deterministic and the browser's scores equal to the trainer's.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Adds the bucket names of every 3- to 5-letter piece of `word`, with "<" and ">" marking its
 * start and end (so "less>" is an ending, not any "less"). Pieces are cut within the word
 * only: a piece across two words would mostly repeat the word pairs.
 */
export function addCharGrams(word: string, names: Set<string>): void {
  const marked = `<${word}>`;
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= marked.length; i++) {
      names.add(charGramFeature(fnv1a(marked.slice(i, i + n)) % CHAR_BUCKETS));
    }
  }
}
