/**
 * Normalizing: one plain form for every way people type the same words.
 *
 * People write "I CAN’T go on", "cant go on", "can't   go on", "kiiiill myself", "su1cide",
 * "i m done", "don t", "i amdone". Every rule is written against one plain form: lowercase ASCII
 * letters and digits, single spaces, no apostrophes, "." for a sentence break, and every run of
 * one repeated letter squeezed to a single letter ("kill" -> "kil", "better off" -> "beter of").
 * Squeezing everything, not just runs of three, is what lets "kil myself", "beter of without me"
 * and "diiiie" match the same rules as the correct spellings. The offset tables map each
 * normalized character back to the stretch of the original it came from, so spans land on the
 * person's own words.
 */
import type { TextSpan } from "./span.js";
import { joinSpelledOut } from "./spelled-out.js";

export interface NormalizedText {
  text: string;
  /** Original index of the first code unit behind each normalized character. */
  starts: Int32Array;
  /** Original index just past the last code unit behind each normalized character. */
  ends: Int32Array;
}

export const SPACE = 32;
export const PERIOD = 46;

/** Digits and symbols that stand in for letters when written inside a word ("k1ll", "$uicide"). */
const LOOKALIKE_LETTERS: Record<string, number> = {
  "0": 111,
  "1": 105,
  "3": 101,
  "4": 97,
  "5": 115,
  "7": 116,
  "@": 97,
  $: 115,
};

/**
 * Latin letters with marks ("dïe", "sùicide"), full-width ("ｄｉｅ"), mathematical ("𝐝𝐢𝐞", past
 * U+FFFF) and the other forms Unicode gives a plain Latin letter for (circled "ⓓ", long "ſ"), as
 * the plain lowercase letter: typed to get past a filter, by a keyboard set to another language,
 * or copied. A character counts when the platform's NFKD decomposition, marks dropped, is one
 * letter a-z; each is worked out the first time it is met and kept (0: not yet, 1: no letter).
 * Never NFKC over the whole text, which would move the offsets of everything after a change.
 */
const FOLDED = new Uint8Array(0x20000);
const MARKS = /[\u0300-\u036f]/g;

/** The plain lowercase letter a non-ASCII code point stands for, or -1. */
export function foldedLetter(point: number): number {
  // Past U+1FFFF no character decomposes to a Latin letter.
  let letter = FOLDED[point] ?? 1;
  if (letter === 0) {
    const plain = String.fromCodePoint(point).normalize("NFKD").replace(MARKS, "");
    letter = /^[a-z]$/i.test(plain) ? plain.charCodeAt(0) | 0x20 : 1;
    FOLDED[point] = letter;
  }
  return letter === 1 ? -1 : letter;
}

/**
 * Cyrillic and Greek letters drawn like a Latin one ("і", "о", "ο", "ν"), each followed by that
 * letter. Accented ones ("ё", "ї", "ά") are found by their plain letter and capitals by their
 * small one, except the Greek capitals drawn unlike it (Η is H, η is n), listed first. They are
 * read as Latin inside a word that also holds a Latin letter, and in a word made only of them
 * when the text shows letters were swapped for look-alikes (`twinWordEnd`,
 * `twinsOnlyReadAsLatin`).
 */
const TWIN_PAIRS =
  "ΒbΖzΗhΜmΝnΥyαaγyεeηnιiκkμuνvοoρpτtυuχxωwаaвbеeѕsіiјjкkмmнhоoрpсcтtуyхxԝwүyһhԁdԛqӏl";

/**
 * Twins that Russian, Ukrainian, Belarusian, Bulgarian and Greek never write: the Macedonian and
 * Serbian "ѕ" and "ј", the Kazakh "ү" and "һ", the Komi "ԁ", "ԛ", "ԝ", the Caucasian palochka "ӏ"
 * (drawn like "l"). In a text with no letter of those languages' own, they say its words are
 * English in disguise: "ԁіе", "кмѕ". (Capitals are found by their small letter.)
 */
const NEVER_IN_THE_BIG_LANGUAGES = "ѕјүһԁԛԝӏ";
const TWIN_START = 0x370;
const TWIN_END = 0x530;
/** Per code point from TWIN_START: its Latin twin, or 0; and whether it is one of those never written. */
const [TWINS, NEVER_WRITTEN] = (() => {
  const table = new Uint8Array(TWIN_END - TWIN_START);
  const never = new Uint8Array(TWIN_END - TWIN_START);
  for (let code = TWIN_START; code < TWIN_END; code += 1) {
    const plain = String.fromCharCode(code).normalize("NFD").charAt(0);
    let at = TWIN_PAIRS.indexOf(plain);
    if (at < 0) at = TWIN_PAIRS.indexOf(plain.toLowerCase());
    if (at >= 0) table[code - TWIN_START] = TWIN_PAIRS.charCodeAt(at + 1);
    if (at >= 0 && NEVER_IN_THE_BIG_LANGUAGES.includes(TWIN_PAIRS.charAt(at))) {
      never[code - TWIN_START] = 1;
    }
  }
  return [table, never];
})();

export function twinAt(code: number): number {
  return code >= TWIN_START && code < TWIN_END ? (TWINS[code - TWIN_START] ?? 0) : 0;
}

/** A letter of the Cyrillic or Greek script, including those outside the twins' table. */
const CYRILLIC_OR_GREEK_LETTER = /^(?=\p{L})[\p{sc=Cyrillic}\p{sc=Greek}]$/u;
/** Any other letter: part of a word, saying nothing either way. */
const LETTER = /^\p{L}$/u;

/** What a word holds, as bits: a Latin letter, a Cyrillic twin, a Greek twin. */
const LATIN = 1;
const CYRILLIC = 2;
const GREEK = 4;

/**
 * Whether a word made only of twins, in `input`, is read as Latin. Only when the text shows that
 * letters were swapped for look-alikes, as a keyboard trick or a filter-dodging tool does: a word
 * holding both Latin letters and twins ("bеtter" with a Cyrillic е), a word holding both Cyrillic
 * and Greek letters, or a twin that Russian, Ukrainian, Belarusian, Bulgarian and Greek never
 * write ("ԁ", "ѕ", "ӏ"). And never when the text holds a Cyrillic or Greek letter drawn unlike a
 * Latin one, which shows it is written in that script. So "everyone would be bеtter off without
 * ме" reads "me" and "I want to ԁіе" reads "die", while "сор, раса, і каса" (Russian and
 * Ukrainian words, every letter a twin), "Мама, ок, iPhone тут" (a Latin word beside them is no
 * sign) and "привет, сор" keep their words out. A text whose only twins are the Ukrainian "І" as
 * a word of its own, among two or more Latin words, shows it too ("і want to die"). Worked out
 * once per text, only when it holds a twin.
 */
export function twinsOnlyReadAsLatin(input: string): boolean {
  let swapped = false;
  let word = 0;
  /** Where the word under way began, the words wholly Latin, and whether every twin is a lone І. */
  let start = 0;
  let latinWords = 0;
  let onlyLoneI = true;
  for (let i = 0; i <= input.length; i += 1) {
    const code = i < input.length ? input.charCodeAt(i) : 32;
    let holds = -1;
    if (code < 128) {
      if (isAsciiLetter(code)) holds = LATIN;
      else if ((code >= 48 && code <= 57) || isApostrophe(code)) holds = 0;
    } else if (twinAt(code) !== 0) {
      if (NEVER_WRITTEN[code - TWIN_START] === 1) swapped = true;
      holds = code < 0x400 ? GREEK : CYRILLIC;
    } else if (foldedLetter(input.codePointAt(i) ?? 0) !== -1) {
      holds = LATIN;
    } else if (code >= 0xd800 && code < 0xe000) {
      // Half of a character past U+FFFF: no Cyrillic or Greek letter is written there.
      holds = 0;
    } else if (CYRILLIC_OR_GREEK_LETTER.test(input.charAt(i))) {
      return false;
    } else if (isCombiningMark(code) || LETTER.test(input.charAt(i))) {
      holds = 0;
    }
    if (holds >= 0) {
      word |= holds;
    } else {
      // The word ends: two kinds of letter in it say letters were swapped.
      if (word !== 0 && (word & (word - 1)) !== 0) swapped = true;
      if (word === LATIN) latinWords += 1;
      else if (word !== 0 && (i - start !== 1 || !isUkrainianI(input.charCodeAt(start)))) {
        onlyLoneI = false;
      }
      word = 0;
      start = i + 1;
    }
  }
  // The Ukrainian and Belarusian "І", a word of its own, is the pronoun typed with their keyboard
  // when it is the text's only twin among English words: "і want to die". Their "і" ("and") sits
  // among words of their own; with one Latin word beside it ("і wifi") it may still be theirs.
  return swapped || (onlyLoneI && latinWords > 1);
}

/**
 * Where the word around the twin at `at` ends, negated unless it is a Latin word with twins in
 * it: it holds no Cyrillic or Greek letter without a Latin twin, and it holds a Latin letter or
 * `twinsOnly` (what `twinsOnlyReadAsLatin` says of the whole text) is true. So "kіll" reads
 * "kill", while "сор", "раса", "και" (every letter a twin) in a Russian or Greek text and "привeт"
 * (one Latin "e" typed into a Russian word) stay words of their own script, which the rules leave
 * out.
 */
export function twinWordEnd(input: string, at: number, twinsOnly: boolean): number {
  let latin = false;
  let foreign = false;
  let end = at;
  for (const step of [-1, 1]) {
    let j = at + step;
    for (; j >= 0 && j < input.length; j += step) {
      const code = input.charCodeAt(j);
      if (isAsciiLetter(code) || (code > 127 && foldedLetter(input.codePointAt(j) ?? 0) !== -1)) {
        latin = true;
      } else if (code >= TWIN_START && code < TWIN_END) {
        if (twinAt(code) === 0) foreign = true;
      } else if (
        // Within a word: digits ("k1ll"), apostrophes, marks, characters drawn as nothing, and
        // the second half of a character past U+FFFF (its first half decides).
        !(
          (code >= 48 && code <= 57) ||
          isApostrophe(code) ||
          isCombiningMark(code) ||
          (code >= 0xdc00 && code < 0xe000) ||
          (code > 127 && drawnAsNothingAt(input, j) > 0)
        )
      ) {
        break;
      }
    }
    end = j;
  }
  return (latin || twinsOnly) && !foreign ? end : -end;
}

/** The Ukrainian and Belarusian "І" (U+0406) or "і" (U+0456). */
function isUkrainianI(code: number): boolean {
  return code === 0x406 || code === 0x456;
}

/** A combining mark (U+0300 to U+036F): part of the letter before it, as in "di" + "̈" + "e". */
export function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isApostrophe(code: number): boolean {
  // ' ’ ‘ ʼ ` ´ ′ ＇: phone keyboards and word processors swap these freely.
  return (
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2018 ||
    code === 0x2bc ||
    code === 0x60 ||
    code === 0xb4 ||
    code === 0x2032 ||
    code === 0xff07
  );
}

/** Soft hyphens, zero-width spaces and joiners, direction marks, the byte-order mark: Unicode's list. */
const DRAWN_AS_NOTHING = /^\p{Default_Ignorable_Code_Point}$/u;

/** How many UTF-16 units the character at `i` takes if it is drawn as nothing, else 0. */
function drawnAsNothingAt(input: string, i: number): number {
  // By code point, not unit: the tag characters and most variation selectors lie past U+FFFF.
  const point = input.codePointAt(i) ?? 0;
  if (!DRAWN_AS_NOTHING.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}

function isSentenceMark(code: number): boolean {
  return code === PERIOD || code === 33 || code === 63 || code === 59 || code === 0x2026;
}

export function normalize(input: string): NormalizedText {
  const length = input.length;
  // The normalized text is never longer than the input, so fixed buffers suffice.
  const codes = new Uint8Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let count = 0;
  let last = SPACE;

  const emit = (code: number, start: number, end: number): void => {
    codes[count] = code;
    starts[count] = start;
    ends[count] = end;
    count += 1;
    last = code;
  };

  /** The end of the last word a twin was met in, negated when its twins are not read as Latin. */
  let twinEnd = 0;
  /** Whether words wholly of twins read as Latin in this text; worked out at the first twin. */
  let twinsOnly: boolean | undefined;
  let i = 0;
  while (i < length) {
    const code = input.charCodeAt(i);
    let letter = -1;
    /** UTF-16 units the character takes: 2 for a mathematical letter past U+FFFF. */
    let width = 1;
    if (code > 127) {
      const point = input.codePointAt(i) ?? code;
      letter = foldedLetter(point);
      if (point > 0xffff) width = 2;
      const twin = twinAt(code);
      if (twin !== 0) {
        twinsOnly ??= twinsOnlyReadAsLatin(input);
        if (i >= Math.abs(twinEnd)) twinEnd = twinWordEnd(input, i, twinsOnly);
        if (twinEnd > 0) letter = twin;
      }
    }
    if (isAsciiLetter(code)) {
      letter = code | 0x20;
    } else if (letter !== -1) {
      // A marked or full-width letter, as its plain one.
    } else if (isCombiningMark(code) && count > 0 && last !== SPACE && last !== PERIOD) {
      ends[count - 1] = i + 1;
      i += 1;
      continue;
    } else {
      const lookalike = LOOKALIKE_LETTERS[input.charAt(i)];
      const nextIsLetter = isAsciiLetter(input.charCodeAt(i + 1));
      const prevIsLetter = last >= 97 && last <= 122;
      if (lookalike !== undefined && nextIsLetter && (prevIsLetter || code === 36)) {
        letter = lookalike;
      }
    }

    if (letter !== -1) {
      if (letter === last) {
        ends[count - 1] = i + width;
      } else {
        emit(letter, i, i + width);
      }
      i += width;
      continue;
    }

    if (code >= 48 && code <= 57) {
      emit(code, i, i + 1);
      i += 1;
      continue;
    }

    if (isApostrophe(code)) {
      i += 1;
      continue;
    }

    // Drawn as nothing, so the words on screen read as if it were not there: "k\u00adill my\u00adself"
    // with a soft hyphen (as text copied from a hyphenated page carries) reads "kill myself".
    const invisible = code > 127 ? drawnAsNothingAt(input, i) : 0;
    if (invisible > 0) {
      i += invisible;
      continue;
    }

    if (isSentenceMark(code)) {
      // An ellipsis is a pause inside a thought ("I want to... not be here"), not a full stop.
      let j = i;
      let dots = 0;
      let ellipsis = false;
      while (j < length && isSentenceMark(input.charCodeAt(j))) {
        const mark = input.charCodeAt(j);
        if (mark === 0x2026) ellipsis = true;
        if (mark === PERIOD) dots += 1;
        j += 1;
      }
      if (ellipsis || dots > 1) {
        if (last !== SPACE) emit(SPACE, i, j);
      } else {
        emit(PERIOD, i, j);
      }
      i = j;
      continue;
    }

    if (last !== SPACE && count > 0) emit(SPACE, i, i + 1);
    i += 1;
  }

  // Letters spelled out are joined first: "to d i e" must not read as "tod" ("I d" -> "id").
  const joined = joinSpelledOut(ASCII.decode(codes.subarray(0, count)), starts, ends);
  return rejoin(joined.text, joined.starts, joined.ends);
}

/*
 * Texting and scraped text split contractions ("i m", "don t", "i ve") and glue "I'm" spelled out
 * to the next word ("i amdone", "whyi am here"). Rules are written for "im", "dont", "ive" and
 * separate words, so the pieces are put back together here, keeping the offset tables true.
 */

/** The tail of a contraction whose apostrophe became a space, as squeezed: "m", "t", "l" (ll). */
const CONTRACTION_TAILS = new Set(["m", "t", "s", "d", "ve", "l", "re"]);

/** Words that begin "am" after "i" and are not "I am" glued to a word: "i amazed them". */
const AM_WORDS = /^am(?:az|us|en|on|id|pl|bl|bi|bu|or|p|er|bas|ount|ass|ateur|ber|ish|ic|y|e|ir)/;

/** Words ending in "i" that are words: not "that" + "i" glued in "thati am". */
const I_WORDS = new Set([
  "hi",
  "taxi",
  "wifi",
  "sushi",
  "ski",
  "mini",
  "semi",
  "chai",
  "kiwi",
  "uni",
  "alibi",
  "khaki",
  "mai",
  "ai",
  "psi",
  "chi",
  "pi",
  "di",
  "li",
  "ali",
  "bali",
  "fi",
  "sci",
  "ti",
  "vi",
  "xi",
  "yi",
]);

const LOWER_A = 97;
const LOWER_Z = 122;
const LOWER_I = 105;
const LOWER_M = 109;

/** Anything `rejoin` might change; most notes hold none of it, and skip the work. */
const MIGHT_REJOIN =
  /(?:^| )(?:[a-z]+ (?:m|t|s|d|ve|l|re)(?= |\.|$)|i am[a-z])|[a-z]{2}i (?:am|m\b)/;

function isLetter(code: number): boolean {
  return code >= LOWER_A && code <= LOWER_Z;
}

function rejoin(text: string, starts: Int32Array, ends: Int32Array): NormalizedText {
  if (!MIGHT_REJOIN.test(text)) return { text, starts, ends };
  const length = text.length;
  // Each "xxxi am" adds one space, so the output is at most half again as long.
  const codes = new Uint8Array(length + (length >> 1) + 1);
  /** Index into `text` behind each output character; -1 for an inserted space. */
  const from = new Int32Array(codes.length);
  let count = 0;
  const emit = (code: number, at: number): void => {
    codes[count] = code;
    from[count] = at;
    count += 1;
  };
  /** Where the previous word starts in the output, and its length; -1 before the first. */
  let previousStart = -1;
  let previousLength = 0;

  let w = 0;
  while (w < length) {
    // A separator (space or full stop) is copied through unless a join below drops it.
    const separator = text.charCodeAt(w);
    if (separator === SPACE || separator === PERIOD) {
      emit(separator, w);
      w += 1;
      continue;
    }
    let e = w;
    while (e < length && text.charCodeAt(e) !== SPACE && text.charCodeAt(e) !== PERIOD) e += 1;
    const size = e - w;
    const afterSpace = count > 0 && codes[count - 1] === SPACE && previousStart !== -1;

    // "don" + " " + "t" -> "dont": drop the space, squeeze a repeated letter at the joint.
    if (afterSpace && size <= 2 && CONTRACTION_TAILS.has(text.slice(w, e))) {
      const lastLetter = codes[count - 2] ?? 0;
      if (isLetter(lastLetter)) {
        count -= 1;
        let k = w;
        if (text.charCodeAt(k) === lastLetter) k += 1;
        for (; k < e; k += 1) emit(text.charCodeAt(k), k);
        previousLength = count - previousStart;
        w = e;
        continue;
      }
    }

    const wordStart = count;
    // "i" + " " + "amdone" -> "i am done"
    if (
      afterSpace &&
      previousLength === 1 &&
      codes[previousStart] === LOWER_I &&
      size > 2 &&
      text.charCodeAt(w) === LOWER_A &&
      text.charCodeAt(w + 1) === LOWER_M &&
      !AM_WORDS.test(text.slice(w, e))
    ) {
      emit(LOWER_A, w);
      emit(LOWER_M, w + 1);
      emit(SPACE, -1);
      for (let k = w + 2; k < e; k += 1) emit(text.charCodeAt(k), k);
    } else if (
      // "thati" + " " + "am" -> "that i am"
      size > 2 &&
      text.charCodeAt(e - 1) === LOWER_I &&
      text.charCodeAt(e) === SPACE &&
      (text.startsWith("am", e + 1) ||
        (text.charCodeAt(e + 1) === LOWER_M && !isLetter(text.charCodeAt(e + 2)))) &&
      !I_WORDS.has(text.slice(w, e))
    ) {
      for (let k = w; k < e - 1; k += 1) emit(text.charCodeAt(k), k);
      emit(SPACE, -1);
      previousStart = count;
      emit(LOWER_I, e - 1);
      previousLength = 1;
      w = e;
      continue;
    } else {
      for (let k = w; k < e; k += 1) emit(text.charCodeAt(k), k);
    }
    previousStart = wordStart;
    previousLength = count - wordStart;
    w = e;
  }

  const newStarts = new Int32Array(count);
  const newEnds = new Int32Array(count);
  for (let k = 0; k < count; k += 1) {
    const at = from[k] ?? -1;
    if (at === -1) {
      // An inserted space stands where the next character starts, taking up nothing.
      const next = starts[from[k + 1] ?? 0] ?? 0;
      newStarts[k] = next;
      newEnds[k] = next;
    } else {
      newStarts[k] = starts[at] ?? 0;
      newEnds[k] = ends[at] ?? 0;
    }
  }
  return { text: ASCII.decode(codes.subarray(0, count)), starts: newStarts, ends: newEnds };
}

/** Every normalized character is plain ASCII, which any UTF-8 decoder turns into text at once. */
const ASCII = new TextDecoder();

/* ------------------------------------------------------------------------------------------ *
 * Gating
 *
 * Running two hundred regular expressions over a 2,000-character note costs about a
 * millisecond, and almost none of them can match a given note. That is cheap to know. Each
 * rule's source is read once, at start, for the words every match must contain, kept as the
 * first three characters of each word ("die", "dea", "wak"; a short word is padded with spaces:
 * "me "). Per call, the first three characters of each word of the text are marked in a table;
 * a rule runs only when every one of its requirements is marked. The reading is conservative
 * (what it does not follow adds no requirement), so a gate can let a rule run for nothing but

/** Where a stretch of the normalized text came from in the original. */
export function toOriginal(normalized: NormalizedText, span: TextSpan): TextSpan {
  return {
    start: normalized.starts[span.start] ?? 0,
    end: normalized.ends[span.end - 1] ?? 0,
  };
}
