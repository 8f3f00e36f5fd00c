/**
 * Text handling shared by training and detection. Offsets are UTF-16 code units into the
 * original text, as the interface promises, so nothing here may change the text's length.
 */

export interface Token {
  /** The word as in `prepareText`: lowercased, apostrophes straight. */
  readonly word: string;
  /** The word split into plain words ("can't" → "can", "not"), for features. */
  readonly parts: readonly string[];
  readonly start: number;
  readonly end: number;
  /** True when a sentence boundary (. ! ? ; : or a line break) precedes this token. */
  readonly sentenceStart: boolean;
}

// Curly and modifier apostrophes are one UTF-16 unit each, so swapping them keeps every offset.
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

/**
 * The text lowercased, with apostrophes made straight, and exactly as long as the original so
 * that offsets found in it point into the original. (Matching lowercase text without the
 * case-insensitive flag is also markedly faster.)
 */
export function prepareText(text: string): string {
  const straight = text.replace(APOSTROPHES, "'");
  const lower = straight.toLowerCase();
  if (lower.length === straight.length) return lower;
  // A few characters change length when lowercased ("İ"); those stay as they are.
  let out = "";
  for (const char of straight) {
    const small = char.toLowerCase();
    out += small.length === char.length ? small : char;
  }
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['-][\p{L}\p{M}\p{N}]+)*/gu;
const BOUNDARY = /[.!?;:\n\u2026\u3002\uff01\uff1f]/;

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  "i'm": ["i", "am"],
  im: ["i", "am"],
  "can't": ["can", "not"],
  cant: ["can", "not"],
  cannot: ["can", "not"],
  "won't": ["will", "not"],
  wont: ["will", "not"],
  "ain't": ["am", "not"],
  ive: ["i", "have"],
  dont: ["do", "not"],
  didnt: ["did", "not"],
  doesnt: ["does", "not"],
  isnt: ["is", "not"],
  wasnt: ["was", "not"],
  arent: ["are", "not"],
  werent: ["were", "not"],
  couldnt: ["could", "not"],
  shouldnt: ["should", "not"],
  wouldnt: ["would", "not"],
  havent: ["have", "not"],
  hasnt: ["has", "not"],
  mustnt: ["must", "not"],
  thats: ["that", "is"],
  theyre: ["they", "are"],
  youre: ["you", "are"],
  gonna: ["going", "to"],
  gotta: ["got", "to"],
  wanna: ["want", "to"],
  everytime: ["every", "time"],
  noone: ["no", "one"],
};

// "'s" is a verb after these and a possessive elsewhere ("mom's"), where it carries nothing.
const IS_BEFORE_S = new Set([
  "it",
  "that",
  "he",
  "she",
  "there",
  "what",
  "who",
  "this",
  "everything",
  "nothing",
  "everyone",
  "everybody",
  "nobody",
  "life",
  "here",
  "something",
]);

const SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  ["n't", ["not"]],
  ["'ll", ["will"]],
  ["'ve", ["have"]],
  ["'re", ["are"]],
  ["'d", ["would"]],
  ["'m", ["am"]],
];

function splitWord(word: string): readonly string[] {
  // Own keys only: the word comes from the person, and "constructor" is on every object.
  const irregular = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  if (irregular) return irregular;
  for (const [suffix, tail] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      return [word.slice(0, -suffix.length), ...tail];
    }
  }
  if (word.endsWith("'s") && word.length > 2) {
    const head = word.slice(0, -2);
    return IS_BEFORE_S.has(head) ? [head, "is"] : [head];
  }
  return [word];
}

/** Splits prepared text (see `prepareText`) into word tokens with their offsets. */
export function tokenize(prepared: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of prepared.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const word = match[0];
    const gap = prepared.slice(previousEnd, start);
    tokens.push({
      word,
      parts: splitWord(word),
      start,
      end,
      sentenceStart: tokens.length === 0 || BOUNDARY.test(gap),
    });
    previousEnd = end;
  }
  return tokens;
}

/**
 * A light suffix stripper, so "failed", "failing" and "fails" share a feature. It only needs to
 * be consistent between training and detection, not linguistically exact.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ["ingly", "edly", "ness", "ment", "ing", "ful", "ly", "ed", "es", "s"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === "s" && base.endsWith("s") ? word : base;
    }
  }
  return word;
}
