/**
 * Finds crisis language in free text: thoughts of suicide or self-harm, said directly or
 * indirectly, and thoughts of others being better off without the writer.
 *
 * A miss is far worse than a false alarm: a false alarm only puts crisis resources on screen,
 * without blocking anything. So the rules lean wide, and the guards that keep everyday idioms out
 * ("this commute is killing me", "no way out of this traffic") are narrow and name the idiom.
 *
 * Pure and synchronous: no I/O, so it runs the same in the browser and on the server.
 */

/** A stretch of the original text, in UTF-16 code units, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface CrisisLanguageResult {
  crisis: boolean;
  /** The words that matched, in text order, overlapping matches merged. */
  spans: TextSpan[];
}

export function detectCrisisLanguage(text: string): CrisisLanguageResult {
  const normalized = normalize(text);
  const found = findMatches(normalized.text, false);
  const spans = mergeSpans(found).map((span) => toOriginal(normalized, span));
  return { crisis: spans.length > 0, spans };
}

export function hasCrisisLanguage(text: string): boolean {
  return findMatches(normalize(text).text, true).length > 0;
}

/* ------------------------------------------------------------------------------------------ *
 * Normalizing
 *
 * People write "I CAN’T go on", "cant go on", "can't   go on", "kiiiill myself", "su1cide".
 * Every rule below is written against one plain form: lowercase ASCII letters and digits, single
 * spaces, no apostrophes, "." for a sentence break, and every run of one repeated letter squeezed
 * to a single letter ("kill" -> "kil", "better off" -> "beter of"). Squeezing everything, not just
 * runs of three, is what lets "kil myself", "beter of without me" and "diiiie" match the same
 * rules as the correct spellings. The offset tables map each normalized character back to the
 * stretch of the original it came from, so spans land on the person's own words.
 * ------------------------------------------------------------------------------------------ */

interface NormalizedText {
  text: string;
  /** Original index of the first code unit behind each normalized character. */
  starts: Int32Array;
  /** Original index just past the last code unit behind each normalized character. */
  ends: Int32Array;
}

const SPACE = 32;
const PERIOD = 46;

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

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isApostrophe(code: number): boolean {
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

function isSentenceMark(code: number): boolean {
  return code === PERIOD || code === 33 || code === 63 || code === 59 || code === 0x2026;
}

function normalize(input: string): NormalizedText {
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

  let i = 0;
  while (i < length) {
    const code = input.charCodeAt(i);
    let letter = -1;
    if (isAsciiLetter(code)) {
      letter = code | 0x20;
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
        ends[count - 1] = i + 1;
      } else {
        emit(letter, i, i + 1);
      }
      i += 1;
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

  return { text: ASCII.decode(codes.subarray(0, count)), starts, ends };
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
 * can never stop one that would match.
 * ------------------------------------------------------------------------------------------ */

const ALPHABET = 38;
/** a–z, 0–9, and one code for a word break: space, full stop, or the end of the text. */
const CHAR_INDEX = new Uint8Array(128);
for (let c = 97; c <= 122; c += 1) CHAR_INDEX[c] = c - 96;
for (let c = 48; c <= 57; c += 1) CHAR_INDEX[c] = c - 48 + 27;
const BREAK = 37;
CHAR_INDEX[SPACE] = BREAK;
CHAR_INDEX[PERIOD] = BREAK;

function charIndex(code: number): number {
  return Number.isNaN(code) ? BREAK : (CHAR_INDEX[code] ?? 0);
}

function wordStartCode(a: number, b: number, c: number): number {
  return (charIndex(a) * ALPHABET + charIndex(b)) * ALPHABET + charIndex(c);
}

/** A word start known only by its first two characters; index 0 stands for "any third". */
function twoCharCode(a: number, b: number): number {
  return (charIndex(a) * ALPHABET + charIndex(b)) * ALPHABET;
}

/**
 * How common a word start is likely to be, from English letter frequencies (per cent). Gates
 * built from rare starts ("dea", "sui") rule far more out than common ones ("the", "be ").
 */
const LETTER_FREQUENCY = [
  1, 8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2, 6.1, 7, 0.15, 0.8, 4, 2.4, 6.7, 7.5, 1.9, 0.1, 6, 6.3, 9.1,
  2.8, 1, 2.4, 0.15, 2, 0.07,
];

function commonness(anyOf: readonly number[]): number {
  let total = 0;
  for (const code of anyOf) {
    let rest = code;
    for (let k = 0; k < 3; k += 1) {
      const index = rest % ALPHABET;
      rest = Math.floor(rest / ALPHABET);
      total += index === BREAK ? 18 : (LETTER_FREQUENCY[index] ?? 0.5);
    }
  }
  return total;
}

/** Rarest requirement first, so a gate that fails usually fails on its first check. */
function byRarity(needs: number[][]): number[][] {
  return [...needs].sort((a, b) => commonness(a) - commonness(b));
}

/**
 * Alternatives need, for each k, "one of the k-th rarest requirements of each alternative":
 * every alternative brings its own, so any match holds at least one of them.
 */
function groupNeeds(alternatives: number[][][]): number[][] {
  if (alternatives.length === 1) return alternatives[0] ?? [];
  const sorted = alternatives.map(byRarity);
  const depth = Math.min(3, ...sorted.map((needs) => needs.length));
  const needs: number[][] = [];
  for (let k = 0; k < depth; k += 1) {
    const union = new Set<number>();
    for (const alternative of sorted) for (const code of alternative[k] ?? []) union.add(code);
    needs.push([...union]);
  }
  return needs;
}

interface SequenceReading {
  needs: number[][];
  /** Whether the position after the sequence is certainly the start of a word. */
  endsAtWordStart: boolean;
}

/**
 * Reads a rule's source into "all of these groups, at least one word start of each group".
 * Only the plain syntax the rules use is followed: literals, groups, alternation, classes,
 * escapes, quantifiers and lookarounds.
 */
function requiredWordStarts(source: string): number[][] {
  let pos = 0;

  const quantifierMin = (): number | undefined => {
    const ch = source.charAt(pos);
    let min: number | undefined;
    if (ch === "?" || ch === "*") {
      min = 0;
      pos += 1;
    } else if (ch === "+") {
      min = 1;
      pos += 1;
    } else if (ch === "{") {
      const close = source.indexOf("}", pos);
      min = Number.parseInt(source.slice(pos + 1, close), 10);
      pos = close + 1;
    }
    if (min !== undefined && source.charAt(pos) === "?") pos += 1;
    return min;
  };

  const parseAlternatives = (wordStart: boolean): SequenceReading[] => {
    const alternatives = [parseSequence(wordStart)];
    while (source.charAt(pos) === "|") {
      pos += 1;
      alternatives.push(parseSequence(wordStart));
    }
    return alternatives;
  };

  const parseSequence = (atWordStart: boolean): SequenceReading => {
    const needs: number[][] = [];
    let wordStart = atWordStart;
    let run = "";
    let runStartsWord = false;

    // A word inside the run that starts a word gives its first three characters. A two-letter
    // word at the very end of the run counts only when the run is known to end the word there
    // (then its third character is the break); a one-letter word there tells nothing.
    const flush = (runEndsWord: boolean): void => {
      for (let j = 0; j < run.length; j += 1) {
        const startsWord = j === 0 ? runStartsWord : run.charAt(j - 1) === " ";
        if (!startsWord || run.charAt(j) === " ") continue;
        if (j + 3 <= run.length || (runEndsWord && j + 2 === run.length)) {
          needs.push([
            wordStartCode(run.charCodeAt(j), run.charCodeAt(j + 1), run.charCodeAt(j + 2)),
          ]);
        }
      }
      run = "";
    };

    while (pos < source.length) {
      const ch = source.charAt(pos);
      if (ch === "|" || ch === ")") break;
      if (ch === "(") {
        flush(false);
        pos += 1;
        let lookaround = false;
        if (source.charAt(pos) === "?") {
          const kind = source.charAt(pos + 1);
          lookaround = kind !== ":";
          pos += kind === "<" ? 3 : 2;
        }
        const alternatives = parseAlternatives(wordStart);
        pos += 1;
        const min = quantifierMin();
        if (lookaround) continue;
        const required = min === undefined || min > 0;
        if (required) needs.push(...groupNeeds(alternatives.map((a) => a.needs)));
        const allEndAtWordStart = alternatives.every((a) => a.endsAtWordStart);
        wordStart = allEndAtWordStart && (required || wordStart);
        continue;
      }
      if (ch === "\\") {
        const escaped = source.charAt(pos + 1);
        pos += 2;
        if (escaped === "b") {
          flush(true);
          wordStart = true;
        } else {
          flush(false);
          quantifierMin();
          wordStart = false;
        }
        continue;
      }
      if (ch === "[" || ch === "." || ch === "^" || ch === "$") {
        flush(ch === "$");
        if (ch === "[") {
          pos += 1;
          while (pos < source.length && source.charAt(pos) !== "]") {
            pos += source.charAt(pos) === "\\" ? 2 : 1;
          }
        }
        pos += 1;
        quantifierMin();
        wordStart = ch === "^";
        continue;
      }
      pos += 1;
      const min = quantifierMin();
      if (min === undefined) {
        if (run === "") runStartsWord = wordStart;
        run += ch;
        wordStart = ch === " ";
      } else {
        if (min > 0) {
          if (run === "") runStartsWord = wordStart;
          run += ch;
        }
        flush(false);
        wordStart = false;
      }
    }
    flush(false);
    return { needs, endsAtWordStart: wordStart };
  };

  return byRarity(groupNeeds(parseAlternatives(false).map((a) => a.needs)));
}

/**
 * Where a match can begin. Most rules open with `\b` and a list of literal words, so a match can
 * only begin at a word whose first three characters (or first two, with any third) are one of
 * these. `undefined` when an opening cannot be read that way.
 */
function firstWordStarts(source: string): number[] | undefined {
  const starts = new Set<number>();
  for (const branch of splitTopLevel(source)) {
    if (!branch.startsWith("\\b")) return undefined;
    if (!collectOpenings(branch.slice(2), starts, 0)) return undefined;
  }
  return [...starts];
}

/** Adds the word-start codes `source` can open with; false when it cannot tell. */
function collectOpenings(source: string, into: Set<number>, depth: number): boolean {
  if (depth > 4) return false;
  if (source.startsWith("(?:")) {
    const body = groupBody(source);
    let after = source.slice(body.length + 4);
    const optional = after.startsWith("?");
    if (optional) after = after.slice(1);
    else if (after.startsWith("*") || after.startsWith("{") || after.startsWith("+")) return false;
    for (const alternative of splitTopLevel(body)) {
      if (!collectOpenings(alternative + after, into, depth + 1)) return false;
    }
    return optional ? collectOpenings(after, into, depth + 1) : true;
  }
  let literal = "";
  for (let i = 0; i < source.length && literal.length < 3; i += 1) {
    const ch = source.charAt(i);
    const next = source.charAt(i + 1);
    const plain = (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") || ch === " ";
    if (!plain || next === "?" || next === "*" || next === "{") break;
    literal += ch;
  }
  if (literal.length < 2 || literal.charAt(0) === " ") return false;
  into.add(
    literal.length === 3
      ? wordStartCode(literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2))
      : twoCharCode(literal.charCodeAt(0), literal.charCodeAt(1)),
  );
  return true;
}

/** The alternatives of a source or group body, split at top-level bars. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body.charAt(i);
    if (ch === "\\") {
      i += 1;
    } else if (inClass) {
      if (ch === "]") inClass = false;
    } else if (ch === "[") {
      inClass = true;
    } else if (ch === "(") {
      depth += 1;
    } else if (ch === ")") {
      depth -= 1;
    } else if (ch === "|" && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

/** The inside of the group that `source` opens with. */
function groupBody(source: string): string {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source.charAt(i);
    if (ch === "\\") {
      i += 1;
    } else if (inClass) {
      if (ch === "]") inClass = false;
    } else if (ch === "[") {
      inClass = true;
    } else if (ch === "(") {
      depth += 1;
    } else if (ch === ")") {
      depth -= 1;
      if (depth === 0) return source.slice(3, i);
    }
  }
  return source.slice(3);
}

/** Which word starts the current text holds: `marks[code] === generation`, so nothing is cleared. */
const marks = new Uint32Array(ALPHABET * ALPHABET * ALPHABET);
let generation = 0;
/**
 * For each code, the last word start that has it; `nextByThree` and `nextByTwo` chain back to
 * earlier ones (a word start sits in two chains: its three-character and two-character code).
 */
const lastStart = new Int32Array(ALPHABET * ALPHABET * ALPHABET);
let nextByThree = new Int32Array(4096);
let nextByTwo = new Int32Array(4096);

function markWordStarts(text: string): void {
  generation += 1;
  if (generation === 0xffffffff) {
    marks.fill(0);
    generation = 1;
  }
  if (nextByThree.length < text.length) {
    nextByThree = new Int32Array(text.length * 2);
    nextByTwo = new Int32Array(text.length * 2);
  }
  let previous = SPACE;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const isBreak = code === SPACE || code === PERIOD;
    if (!isBreak && (previous === SPACE || previous === PERIOD)) {
      const second = text.charCodeAt(i + 1);
      const three = wordStartCode(code, second, text.charCodeAt(i + 2));
      nextByThree[i] = marks[three] === generation ? (lastStart[three] ?? -1) : -1;
      lastStart[three] = i;
      marks[three] = generation;
      const two = twoCharCode(code, second);
      nextByTwo[i] = marks[two] === generation ? (lastStart[two] ?? -1) : -1;
      lastStart[two] = i;
      marks[two] = generation;
    }
    previous = code;
  }
}

function gateOpen(gate: readonly (readonly number[])[]): boolean {
  for (const anyOf of gate) {
    let found = false;
    for (const code of anyOf) {
      if (marks[code] === generation) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/* ------------------------------------------------------------------------------------------ *
 * Writing rules
 *
 * Rule sources are written in ordinary spelling ("can't", "better off", "kill myself") and pass
 * through the same squeeze as the text, so the two always agree. Words are separated by a single
 * space. Guards are tested on the normalized text just before or just after a match.
 * ------------------------------------------------------------------------------------------ */

function squeezeSource(source: string): string {
  let out = "";
  let previous = "";
  for (let i = 0; i < source.length; i += 1) {
    const ch = source.charAt(i);
    if (ch === "\\") {
      out += ch + source.charAt(i + 1);
      i += 1;
      previous = "";
    } else if (ch === "'" || ch === "’") {
      // Apostrophes vanish from the text, so they vanish from rules too.
    } else if (ch >= "a" && ch <= "z") {
      if (ch !== previous) out += ch;
      previous = ch;
    } else {
      out += ch;
      previous = "";
    }
  }
  return out;
}

interface Rule {
  readonly re: RegExp;
  /** The same pattern, sticky, tried only at the word starts listed in `starts`. */
  readonly sticky: RegExp;
  readonly starts: readonly number[] | undefined;
  /** Word starts the text must hold for the rule to have any chance: see `requiredWordStarts`. */
  readonly gate: readonly (readonly number[])[];
  /** Tested against the text before the match; must be anchored with `$`. */
  readonly notBefore: RegExp | undefined;
  /** Tested against the text after the match; must be anchored with `^`. */
  readonly notAfter: RegExp | undefined;
  /** Whether "not", "never", "don't" just before the match cancel it. */
  readonly negatable: boolean;
  /** When set, the text before the match must show this, or the match is only an idiom. */
  readonly requireBefore: RegExp | undefined;
}

interface RuleOptions {
  requireBefore?: string;
  notBefore?: string;
  notAfter?: string;
  negatable?: boolean;
}

function rule(source: string, options: RuleOptions = {}): Rule {
  const squeezed = squeezeSource(source);
  return {
    re: new RegExp(squeezed, "g"),
    sticky: new RegExp(squeezed, "y"),
    starts: firstWordStarts(squeezed),
    gate: requiredWordStarts(squeezed),
    notBefore: options.notBefore ? new RegExp(`${squeezeSource(options.notBefore)}$`) : undefined,
    notAfter: options.notAfter ? new RegExp(`^${squeezeSource(options.notAfter)}`) : undefined,
    negatable: options.negatable ?? true,
    requireBefore: options.requireBefore
      ? new RegExp(squeezeSource(options.requireBefore))
      : undefined,
  };
}

/** Any number of softening words: "I just really want to die", "I kinda wanna disappear". */
const F =
  "(?:(?:just|really|honestly|literally|actually|kind of|kinda|sort of|sorta|so|simply|truly|seriously|fucking|fking|fkn|freaking|effing|like|even|finally|quietly|already|still|sometimes|often|always|totally|completely|genuinely|lowkey|low key|deadass|rly|rlly|legit|all|ever|badly|desperately|secretly|lately|again|now|tbh|ngl|too|to) ){0,4}";

/** Up to n arbitrary words. */
const gap = (n: number): string => `(?:[a-z0-9]+ ){0,${n}}`;

const MYSELF =
  "(?:my ?self|myslef|mysefl|mysef|mysel|myslf|mself|meself|me ?self|mi ?self|myselfe|myselv)";

/** Someone a supporter is writing about: "she wants to kill herself". */
const ANY_SELF = `(?:${MYSELF}|himself|herself|themselves|themself|yourself|urself|ur self)`;

const TO = "(?:to |2 |ta |too |)";

const WOULD = "(?:would|wud|wuld|woud|wold|wld|wd|will|wil|d|ll|is going to|s going to|gonna|gona)";

const EVERYONE =
  "(?:everyone|everybody|every one|every1|evry1|evryone|everone|every body|all of them|the world|people|my family|my friends|my kids|my children|the kids|you all|yall|they|he|she|him|her|them)";

const WITHOUT = "(?:without|withut|witout|wihtout|wihout|withot|withoutt|w o|w out)";

/** "if I was gone for a week", "if I wasn't here tomorrow": travel or a day off, not death. */
const GONE_TRAVEL =
  "(?! (?:to|on|for (?!good|ever)|from (?:the|this|work|home|class|school)|by|at|home|camping|abroad|away|shopping|travel\\w*|already|off|before|until|till|til|in (?:the|a) (?:morning|bit|minute|second|office|meeting)|tomorrow|today|tonight|next|this (?:week|weekend|time|morning|afternoon|evening)|for the (?:day|week|weekend))\\b)";

/** What a person might wish or fear about themselves being gone, after "if I …". */
const GONE_TAIL = `(?:was |were |am |m |d |had |had just |d just |just |finally |simply |quietly |would |could |ever |)(?:(?:dead|died|die|ceased to exist|stopped existing|didnt exist|did not exist|never existed|was never born|were never born|had never been born|d never been born|never been born|wasnt born|werent born|not born|not alive|no longer alive|killed myself|ended it|ended it all|ended my life|took my (?:own )?life|didnt wake up|did not wake up|never woke up|wasnt alive|went away forever|went away for good|left for good|left forever|left this world|overdosed|jumped|never existed|was six feet under)\\b|(?:gone|disappeared|vanished|not here|not around|no longer (?:here|around)|out of the (?:picture|way)|wasnt here|wasnt around|werent here|werent around|was not here|were not here|wasnt here anymore|wasnt around anymore|wasnt in it|werent in it|wasnt in (?:the|their|your|his|her|everyones) (?:picture|lives|life|world)|wasnt part of (?:it|their lives|this world))\\b${GONE_TRAVEL})`;

/** Wanting, planning or picturing a jump or a crash; "almost" and "nearly" stay out (near misses). */
const LEAP_INTENT =
  "(?:want|wants|wanted|wanting|wana|wanna|gonna|gona|going|urge|urges|tempted|temptation|planning|plan|planned|thinking about|think about|thought about|thoughts of|thoughts about|considering|considered|imagine|imagining|imagined|picture|picturing|pictured|fantasi[sz]e|fantasi[sz]ing|dream of|dream about|dreaming of|dreaming about|feel like|felt like|ready|tried|try|trying|close to|could|might|should|would|will|il|keep|kept|finna|tryna|ned|need|desperate)";

const PILLS =
  "(?:pills|pill|tablets|tablet|meds|medication|medications|medicine|medicines|sleeping pills|sleeping tablets|sleepers|painkillers|pain killers|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|advil|antidepressants|anti depressants|sertraline|citalopram|fluoxetine|prozac|zoloft|lexapro|xanax|valium|diazepam|codeine|tramadol|oxy|oxycodone|opioids|morphine|benzos|lithium|insulin|prescription|prescriptions|sleeping meds|capsules|caps|quetiapine|seroquel|amitriptyline|zopiclone|ambien)";

/* Guards: what follows or precedes a match when it is an everyday idiom. */

const DIE_IDIOM =
  " (?:of (?:embarrassment|shame|boredom|laughter|laughing|happiness|joy|cuteness|envy|jealousy|curiosity|old age|natural causes|hunger|thirst|heat|excitement|suspense|exhaustion|cringe|fomo|anticipation|second ?hand embarrassment|fright|shock|a broken heart)|for (?!(?:a )?(?:long|while|few|couple|bit|years?|months?|weeks?|days?|ages|some time|so long|real|good|no reason|nothing|ever|forever|the (?:past|last))\\b)(?:a|an|some|this|that|it|my|your|his|her|our|their|the|these|those|one|coffee|chocolate|pizza|love|you|them|him|me|cake|tea|beer|wine|tacos)\\b|on (?:this|that|the|a) hill|laughing|happy|a (?:happy|little|bit|hero|legend|thousand)|inside|trying|old|rich|doing what i love|in (?:battle|glory|a blaze)|with (?:my|your) boots on|hard|down|out|off|back|on me)";

const DEAD_INTENSIFIER =
  " (?:tired|serious|set|wrong|right|beat|broke|last|center|centre|ahead|easy|simple|good|funny|nervous|excited|chuffed|proud|jealous|lucky|sure|certain|quiet|calm|cute|posh|boring|bored|slow|fast|keen|busy|cold|hot|on|even|straight|weight|heat|end|ringer|asleep|to the world|drunk|sober|exhausted|sleepy|gorgeous|cool|lush|sound|nice|brilliant|hard|sweet|happy|fit|embarrassing|awkward|scary|loud|weird|inside|meat|battery|phone|and buried (?:in|under) (?:work|emails|paperwork))\\b";

const GONE_IDIOM =
  " (?:to (?!a better place|heaven)|on (?:holiday|vacation|a|the|my|leave|tour|honeymoon)|for (?!good|ever)|from (?:the|this|work|home|here for|here until)|by|at|home|camping|abroad|away (?:on|for|to)|shopping|travel\\w*|already on|out|off (?:to|on)|before|until|till|til)\\b";

const DISAPPEAR_IDIOM =
  " (?:under|into|in (?:a|the|my|to)|to (?!heaven)|for (?!good|ever)|with|from (?:work|this party|the party|social media|the internet|instagram|twitter|facebook|tiktok|the group chat|group chats|the office|school|class|here for)|on (?:a|holiday|vacation|them|him|her|you|us)|off (?:to|somewhere|grid|the grid|social media)|somewhere|abroad|until|till|til|behind|inside|down|up|between|through|again|now and then|act|tricks?|at (?:the|a|this|that|parties|work))\\b";

const WAKE_IDIOM =
  " (?:early|late|at|before|so early|this early|too early|too late|for (?:work|school|class|a|an|the|my|our|this|that|uni|college)|in time|to (?:go|an|a|the|my|work|school|alarms?|noise|kids|baby|screaming|that|this|find)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|weekends?|my day off|a (?:monday|weekday|weekend))|tomorrow (?:at|for|early|morning for|morning at)|when (?:the|my) alarm|the (?:baby|kids|dog|cat|neighbours|neighbors|house)|him|her|them|everyone|anyone|in the morning (?:for|to|at)|until (?:\\d|noon|lunch|midday|the afternoon|late|later|ten|eleven|twelve|nine|eight|the weekend)|with a hangover|hungover|sore|with (?:a|the)|and go to (?:work|school))\\b";

const BE_HERE_IDIOM =
  " (?:at|with|for|today|tonight|tomorrow|this|right now|during|when|while|on (?:my|a|the|this)|in (?:the|this|my|a|that) (?!world|life)|next|alone|then|him|her|them|people|anyone|everyone|you|those|that|my|his|their|our|kids|crowds|family|friends|until|till|til|either|early|late|so early|so late|after|before|instead|another (?:minute|second|hour))\\b";

const LIVE_IDIOM =
  " (?:in (?!(?:this|the) (?:world|life|body|pain|hell|darkness)|pain|agony|misery)|at|near|with|on|by|there|here|abroad|together|alone|next|downtown|close|far|somewhere|anywhere|like (?:him|her|them|my|that (?:guy|woman|man|person)|a|an|those|these|some|they|she|he)|off|under|without (?:a|an|my (?:phone|car|laptop)|wifi|coffee|internet|music|tv|the internet|heating|air con)|so far|that far|out of|through (?:another|a|this) (?:winter|summer|heatwave)|paycheck|pay cheque|beyond|up to|on campus|forever in|in fear of)\\b";

const GO_ON_IDIOM =
  " (?:the|a|an|that|this (?!way|like|anymore|any more)|my (?!own anymore)|our|your|his|her|their|any|holiday|holidays|vacation|leave|stage|air|tour|foot|social|instagram|twitter|tiktok|facebook|youtube|reddit|discord|strike|sale|dates?|trips?|rides?|and on|about|forever about|at (?:him|her|them|me|you)|with (?:the|my|this|that|our|a|an) (?:meeting|show|plan|project|game|trip|party|conversation|call|story|talk|class|lesson|work|course|presentation|list|day|holiday|diet)|to (?:the|a|an|my|our|their|his|her|work|school|uni|class|college|church|that|this|bed|sleep|see|visit|meet|buy|get|do|find|study|university|therapy|gym|practice|training|them|him|her)|without (?:a|my|coffee|caffeine|tea|breakfast|lunch|food|sleep|water|music|wifi|a break|a nap|snacks?)|camping|shopping|walks?|runs?|hikes?|tv|radio|podcasts?|diets?|antibiotics|antidepressants|medication|meds|pills|record|line|online|patrol|duty|call|shift|break|board|deck|display|show|trial|parole|furlough|maternity|paternity|sick leave|autopilot|back|with (?:it|him|her|them) (?:to|at)|for (?:hours|ages|long|a while|too long) about|in (?:that|this|the) (?:job|class|role|course)|back|out|there|up|down|round|around|into|through|over|until|til|till|at (?:it|this|work|the)|for (?:a|another|one|two|the) (?:mile|minute|hour|bit|while|lap|round|km|week|day)|straight|ahead|left|right|after (?:mile|lap|round|km|the (?:first|second|third|half|race|match|run|game|hill|marathon)|halfway|[0-9]))\\b";

const WITHOUT_ME_IDIOM =
  " (?:for (?:a|an|the|one|two|three|few|couple|this|that|tonight|today|tomorrow|now|now on|lunch|dinner)|on (?:the|this|that|a|their|our) (?!earth|planet|world)|at (?:the|this|that|their|our|a|an|work|school|home|uni|college|church)|tonight|today|tomorrow|this (?:weekend|week|time|round|year|evening|morning|afternoon)|next (?:week|time|year|month)|until|till|while|driving|singing|playing|helping|cooking|there|in (?:the|this|that|a|our|their) (?!world|picture|lives|life|way)|around for|nagging|(?!being|existing|living|breathing)[a-z]+ing)\\b";

const CUT_IDIOM =
  " (?:shaving|cooking|chopping|slicing|peeling|gardening|carving|opening|cleaning|working|playing|climbing|fixing|doing|making|by accident|accidentally|accidently|on (?:a|an|the|some|my|that|this|broken|sharp|rusty|barbed|paper|glass|tin|metal)|with (?:a|the|some|my) (?:paper|bread knife|kitchen knife|tin|can|chisel|saw|stanley|box cutter|craft knife|scissors|secateurs|shears)|while|when (?:i|we) (?:was|were) (?:cooking|chopping|shaving|gardening)|off|some slack|short|a (?:big |small |huge |little |massive |thin |second |generous |)(?:slice|piece|bit|break|deal|wedge|chunk)|some (?:cake|bread|pie|slack|space|time)|another (?:slice|piece)|out of|free|loose|in the kitchen|at work|in half|in two)\\b";

const JUMPING_IDIOM =
  " (?:ship|in|into|on|onto|at|up|for (?:joy|fun|it|the ball|a catch)|rope|the (?:gun|queue|line|shark)|to conclusions|around|ahead|back|through|over|out of (?:a |an |the )?(?:plane|aeroplane|airplane|helicopter)|jacks|castle|careers|jobs|teams|from one|between|straight|higher|off the (?:diving|high) board|off (?:a|the) (?:diving|high) board|off the (?:swing|wall|sofa|couch|bed|trampoline|boat|pier|jetty|dock|rocks?))\\b";

const HIGH_NOTE =
  " (?:on a (?:high|good|positive|low|sour|bad|happy|sad|bright|strong|lighter|fun|sweet)|with (?!(?:a |an |some |the |my )?(?:bottle|pills|overdose|rope|gun|knife|blade|razor|noose|bullet|jump|pill))(?:a|an|some|the|fireworks|dessert|drinks|karaoke|cake|pizza|tea|coffee|style|laughter|cocktails|dancing|music|champagne|prosecco|songs?)|in style|tonight with|at (?:the|a) (?:party|bar|pub|club|karaoke)|by (?:singing|dancing|having|going|watching|playing|eating)|early|for (?:today|tonight|the (?:day|night|week|year|season)))\\b";

/* ------------------------------------------------------------------------------------------ *
 * The rules, grouped by what they mean.
 * ------------------------------------------------------------------------------------------ */

/** Saying it straight: suicide, killing oneself, wanting to die, ending one's life. */
const directIntent: Rule[] = [
  // "suicide", "suicidal" and the spellings people type in a hurry: sucide, suicdal, suiside.
  rule(
    "\\b(?:s(?:[uo]|ou)[iy][aeuo]?[cs][aeiy]{0,2}d\\w*|s[uo][aeuo]?[cs][iy][aeuo]?d\\w*|sewer ?slide\\w*|suicide\\w*)",
    {
      notBefore:
        "(?:career|political|social|commercial|electoral|professional|financial|fashion|brand|corporate|tactical|reputational|cultural|economic|ratings) |(?:documentary|documentaries|film|films|movie|movies|article|articles|news|report|reports|podcast|podcasts|book|books|novel|study|studies|lecture|class|talk|series|episode|show|song|songs|essay|research|statistics|stats) (?:about|on|of|covering) (?:\\w+ ){0,3}",
      notAfter:
        " (?:squad|doors?|sprints?|drills?|runs?|burn|kings?|blonde|bomb\\w*|attack\\w*|mission\\w*|vest|lane|jockey|knob|sauce|wings|soda|shifts?|prevention (?!line|hotline|helpline|lifeline|number|text)|awareness|statistics|stats|rates?|research|charit\\w*)\\b",
    },
  ),
  // Words coined to get past filters, and the plain abbreviations.
  rule(
    "\\b(?:un ?aliv\\w*|self ?delet\\w*|delete myself|deleting myself|toaster bath|commit die|kermit (?:die|sewer\\w*)|kys|ctb)\\b",
  ),
  rule("\\bkms\\b", {
    notBefore:
      "(?:[0-9]|[0-9]\\.[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some|of|hundred|thousand|couple) ",
    notAfter:
      " (?:away|from|to (?:the|go|get)|of|per|an hour|a day|each way|north|south|east|west|long|high|run|walk|hike|ride|cycle|drive|in (?:under|about|less))\\b",
  }),
  rule(`\\b(?:kil|kils|kiled|kiling|kilin|klil) ${ANY_SELF}\\b`, {
    notAfter:
      " (?:laughing|working|studying|training|at (?:work|the gym|training|practice|the office|my job)|to (?:get|make|finish|meet|hit|keep|pay|pass|impress|please|prove)|over (?:a|an|the|this|that|one|my|some) (?:deadline|project|assignment|essay|exam|test|job|grade|mark|presentation|report|interview|game|match))\\b",
  }),
  // "off myself" squeezes to "of myself" ("proud of myself"), so it needs the verb before it.
  rule(`\\b(?:ofs|ofed|ofing|end|ending|ended|murder|murdering) ${MYSELF}\\b`),
  rule(
    `\\b(?:to|2|gonna|gona|wana|wanna|will|il|might|could|should|finally|ima|gunna|finna) of ${MYSELF}\\b`,
  ),
  rule(
    `\\b(?:end|ends|ending|ended|take|takes|taking|took|taken|finish|finishing) ${F}(?:my|my own|mine|his own|her own|their own|your own) ${F}life\\b`,
    {
      notAfter:
        " (?:back|into|in (?:a|my|new|the)|seriously|one|step|apart|by the|of|off (?:pause|hold)|as i knew it|to the next level|savings|sentence|story|insurance|goals?|plans?)\\b",
    },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wan|wnt|need|needs|needed|deserve|deserves|deserved|ready|prepared|long|longing|yearn|yearning|wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying|trying|tried|try|plan|planning|planned|plans|decided|choose|chose|finna|tryna|allowed|let me|help me|should|shoulda|rather|d rather|would rather|waiting|wait|waiting for|just waiting) ${F}${TO}${F}(?:die|be dead)\\b`,
    {
      notBefore: "cross my heart and ",
      notAfter: `(?:${DIE_IDIOM}|${DEAD_INTENSIFIER}| than (?!(?:live|living|go on|going on|keep|feel|feeling|be|being|wake|face|spend another|carry on|continue|suffer|endure|burden|stay|exist|go through|do this|deal with|put up with|have to|let|spend|waste|suffer|end up)\\b))`,
    },
  ),
  rule(
    `\\b(?:i|id|i d|i would|i wud|i will|il|ill|im|i m|i am|i feel like i) ${F}(?:rather|prefer to|sooner) ${F}(?:be dead|die|not be alive|not exist|not be here anymore)\\b`,
    {
      notAfter: ` than (?!(?:live|living|go on|going on|keep|feel|feeling|be|being|wake|face|spend another|carry on|continue|suffer|endure|burden|stay|exist|go through|do this|deal with|put up with|have to|let|spend|waste|end up)\\b)|${DEAD_INTENSIFIER}|${DIE_IDIOM}`,
    },
  ),
  rule(
    `\\bi ${F}(?:should|shoulda|shouldve|should have|ought to|deserve to) ${F}(?:be dead|have died|died|have been dead|be gone|not be alive|not exist|never have been born)\\b`,
    {
      notAfter: `${DIE_IDIOM}|${DEAD_INTENSIFIER}|${GONE_IDIOM}`,
    },
  ),
  rule(
    `\\b(?:beter|betta|beta|betr|btr|happier|easier|best) (?:of|off) ${F}(?:dead|gone|deceased|six feet under|in the ground|not existing|not alive|not being here|not being around|not being alive|not here|not around|not living|no longer here|no longer alive|never born|never having been born)\\b`,
    {
      notAfter: `${DEAD_INTENSIFIER}|${GONE_IDIOM}| (?:for|at|when|while|during|today|tonight|tomorrow|this (?:week|weekend))\\b`,
    },
  ),
  rule("\\bworth more dead\\b"),
  rule(
    `\\bwish(?:es|ed|) ${F}(?:that )?(?:he|she|they|hed|shed|theyd) ${F}(?:was|were|could be|had never been born|was never born|wasnt alive|didnt exist|could die|would die|could just die) ?${F}(?:dead|)\\b`,
    { notAfter: DEAD_INTENSIFIER },
  ),
  rule(
    `\\b(?:says|said|saying|thinks|thought|feels|felt|told me|tells me|keeps saying|believes|convinced|posted|texted|wrote) ${gap(4)}(?:beter|happier|easier) (?:of |)without (?:him|her|them)\\b`,
  ),
  rule(
    `\\b(?:might|may|could) as well ${F}(?:die|be dead|end it|end it all|kill myself|not exist|not be here|disappear)\\b`,
    { notAfter: `${DIE_IDIOM}|${DISAPPEAR_IDIOM}|${DEAD_INTENSIFIER}` },
  ),
  rule(
    `\\bi ${gap(3)}deserve (?:to|2) (?:be hurt|suffer|bleed|feel pain|be in pain|die|be dead|not exist|disappear|rot|hurt|be punished|be alone forever and die)\\b`,
    {
      notAfter:
        " (?:for (?:eating|forgetting|being late|missing|that|this)|after (?:eating|that))\\b",
    },
  ),
];

/** Passive wishes: not wanting to wake up, wishing to be gone, not wanting to exist. */
const passiveWish: Rule[] = [
  // "I don't want to be alive", "I no longer want to exist", "I don't feel like living".
  rule(
    `\\b(?:dont|do not|dnt|didnt|did not|no longer|never|not|dont even|dont really|really dont|honestly dont) ${F}(?:want|wana|wanna|wish|care|feel like|desire|deserve|have (?:any )?(?:desire|will|wish)) ${TO}${F}(?:be alive|exist|be in this world|be on this earth|stay alive|keep living|continue living|go on living|breathe|survive|be me anymore|live anymore|live any more|live any longer|living|existing|being alive|do life|do this life|be a person anymore|be a person any more)\\b`,
  ),
  rule(
    `\\b(?:dont|do not|didnt|did not|no longer|never|not|nt) ${gap(3)}(?:want|wana|wanna|wish) ${TO}${F}(?:be alive|exist|stay alive|keep living|live anymore|live any more|be alive anymore|be here anymore|be around anymore|go on living|keep existing)\\b`,
  ),
  rule(
    `\\b(?:not|wont|never|dont think ill|dont think i will|dont think im going to|dont think im gonna|not going to|not gonna|probably wont|might not|may not|doubt ill|doubt i will|doubt im going to|not sure ill|not sure i will) ${gap(2)}(?:be|stay|being|staying) (?:here|around|alive) ${F}(?:much longer|for much longer|next (?:year|christmas|summer|spring|birthday)|by (?:christmas|summer|next (?:year|month|week)|the end of (?:the|this) (?:year|month|week))|to see (?:christmas|next year|my (?:next )?birthday|spring|summer|the new year))\\b`,
    {
      negatable: false,
      notAfter:
        " (?:at|in (?:this|the) (?:job|company|team|office|role|city|town|flat|house|country)|on (?:this|the) (?:team|project)|because|cause|cos|since|as|(?:were|we re|im|i m|were all) (?:moving|leaving|relocating|emigrating|visiting|going|away|off|travel\\w*|on (?:holiday|leave|vacation))|if (?:the|this|they|he|she)|for (?:the|my|our) (?:job|course|contract|lease))\\b",
    },
  ),
  // "It would be so easy to just not exist", "how peaceful it would be to never wake up".
  rule(
    `\\b(?:peaceful|nice|easy|easier|beter|lovely|relief|relieving|comforting|tempting|freeing|simple|simpler|quiet|calm|good|a mercy|kinder) ${gap(3)}(?:to|if i (?:could |would |just |)|if i) ${F}(?:not exist|not be alive|stop existing|never wake up|not wake up|be dead|die|disappear forever|fade away|sleep forever|end it|end it all|stop breathing|go to sleep forever|not be here anymore|not be around anymore|never existed|didnt exist|wasnt alive|didnt wake up|died)\\b`,
    { notAfter: DIE_IDIOM },
  ),
  rule(
    `\\bhow (?:easy|simple|quick|quickly|peaceful|nice) it (?:would|d|could|will|might) be (?:to |if i |)${F}(?:jump|fall|step off|step in front|let go|do it|end it|slip away|lean forward|just go|die|not exist|disappear|never wake up|not wake up|drive off|swerve|take them all|take all|step out|walk into)\\b`,
    {
      notAfter:
        " (?:on|in|into (?:the|a) (?:pool|water|lake|sea)|with|for|around|the (?:queue|line))\\b",
    },
  ),
  rule(
    `\\b(?:edge|ledge|railing|rail|side) of (?:the|a|that) (?:platform|bridge|roof|rooftop|cliff|building|balcony|car park|multi storey|tracks|motorway bridge|overpass) ${gap(8)}(?:thought|thinking|wondered|wondering|tempted|how easy|wanted|urge|jump|step|lean|one step|let go|fall|end it|would be easy)\\b`,
  ),
  rule(
    `\\b(?:dont|do not|dnt|didnt|did not|no longer|never|not|dont even|dont really|really dont|honestly dont) ${F}(?:want|wana|wanna|wish|desire|deserve|feel like|have (?:any )?(?:desire|will|wish)) ${TO}${F}live\\b`,
    { notAfter: LIVE_IDIOM },
  ),
  rule(
    `\\b(?:dont|do not|dnt|didnt|did not|no longer|never|not|dont even|dont really|really dont|honestly dont) ${F}(?:want|wana|wanna|wish|feel like|desire) ${TO}${F}(?:be here|be around)\\b`,
    { notAfter: BE_HERE_IDIOM },
  ),
  rule(
    `\\b(?:dont|do not|dnt|didnt|did not|no longer|never|not|dont even|dont really|really dont|honestly dont) ${F}(?:want|wana|wanna|wish|plan|intend|feel like|need|care) ${TO}${F}(?:ever )?wake up\\b`,
    { notAfter: WAKE_IDIOM },
  ),
  rule(
    `\\b(?:hope|hopes|hoping|wish|wishes|wishing|pray|prays|praying|prayed|want|wanting|wana|rather|prefer|d like|would like|please let me|let me|dream of|dreaming of) (?:that )?(?:i |to |me )?${F}(?:dont|do not|wont|will not|never|not|didnt|did not|wouldnt|would not|dont ever|never ever) ${F}(?:have to )?(?:ever )?(?:wake|waking) up\\b`,
    { notAfter: WAKE_IDIOM, negatable: false },
  ),
  rule(
    `\\b(?:go|goes|went|going|fall|fell|falling|drift|drifting|slip|slipping|close my eyes|sleep) ${F}(?:off )?(?:to )?(?:sleep |asleep |bed |)(?:and|n|then) ${F}(?:never|not|dont|wont|not ever|never ever) ${F}(?:have to |)(?:wake|waking|get up|open them|come back|deal with (?:anything|it|life|any of it|anyone)|face (?:anything|anyone|life|tomorrow|the world)|feel anything)\\b`,
    {
      negatable: false,
      notAfter:
        " (?:on (?:a|the)? ?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?)|early|before|at [0-9]|for (?:work|school|class|uni|college)|til|till|until (?:noon|lunch|midday|[0-9]|ten|eleven|twelve))\\b",
    },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanna|wana|wish|wishing|long|longing|hope|hoping|ready|need|love|yearn|d like|would like) ${F}(?:to |i could |i would |i d |i could just |)${F}(?:go to |fall |drift off to |)(?:sleep|asleep|rest) (?:forever|for ever|permanently|eternally|and never wake up|for good|in peace)\\b`,
    { notAfter: " (?:this|on|at|in|tomorrow|after|when|like a|til|till|until)\\b" },
  ),
  rule("\\beternal (?:sleep|rest|slumber)\\b"),
  // "I wish I was dead", "I wish I'd never been born", "I hope I die in my sleep".
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying|prayed) ${F}(?:that )?i ${F}(?:was|were|d be|would be|could be|was just|were just|had been) ${F}(?:dead|never born|not born|not alive|not in this world|no longer alive|in the ground|six feet under|in heaven)\\b`,
    { notAfter: DEAD_INTENSIFIER },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying) ${F}(?:that )?i ${F}(?:was|were|could be|would be|d be|was just|were just) ${F}gone\\b`,
    { notAfter: GONE_IDIOM },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes) ${F}(?:that )?i ${F}(?:was|were|could be|would be) ${F}(?:not here|not around|no longer here|no longer around)\\b`,
    { notAfter: BE_HERE_IDIOM },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hoping) ${F}(?:that )?i ${F}(?:wasnt|werent|was not|were not) ${F}(?:alive|born|in this world|on this earth|breathing|here anymore|around anymore|here any more)\\b`,
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes) ${F}(?:that )?i ${F}(?:wasnt|werent|was not|were not) ${F}(?:here|around)\\b`,
    { notAfter: BE_HERE_IDIOM },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes) ${F}(?:that )?i ${F}(?:hadnt|had not|d never|had never|was never|were never|never|hadnt ever) ${F}(?:been born|born|existed|woken up|woke up|exist|lived|been alive)\\b`,
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying) ${F}(?:that )?i ${F}(?:didnt|did not|dont|do not|wouldnt|would not|wont|will not|could not|couldnt|never) ${F}(?:exist|wake up|have to wake up|have to exist|have to live|have to be alive|have to keep living|have to keep going|have to go on|have to be me)\\b`,
    { notAfter: `${WAKE_IDIOM}|${GO_ON_IDIOM}|${LIVE_IDIOM}`, negatable: false },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying) ${F}(?:that )?i ${F}(?:could|would|will|can|might|d|may) ${F}(?:die|stop existing|not exist|sleep forever|not wake up|never wake up|cease to exist|stop breathing|be dead|drop dead|end it|go to heaven|slip away|just end|fall asleep forever|stop(?= ?(?:\\.|$| (?:everything|it all|forever|for good|existing|living|being)\\b))|be with (?:my )?(?:mum|mom|dad|grandma|gran|grandad|grandpa|nan|nana|brother|sister|son|daughter|baby) again)\\b`,
    { notAfter: `${DIE_IDIOM}|${DEAD_INTENSIFIER}` },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying) ${F}(?:that )?i ${F}(?:could|would|will|can|might|d|may) ${F}(?:disappear|vanish|fade away|evaporate|dissolve|melt away|be gone)\\b`,
    { notAfter: `${DISAPPEAR_IDIOM}|${GONE_IDIOM}` },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying|prayed) ${F}(?:that )?i ${F}(?:die|died|had died|d died|would die|drop dead|dropped dead|get cancer|got cancer|get sick and die|never wake up|dont wake up|wont wake up|do not wake up|didnt wake up|stop breathing|just stopped breathing|stop existing|stopped existing|was dead|were dead|get killed|got killed)\\b`,
    { notAfter: `${DIE_IDIOM}|${DEAD_INTENSIFIER}|${WAKE_IDIOM}`, negatable: false },
  ),
  // Wishing for an accident: "I hope a bus hits me", "I wouldn't mind getting hit by a car".
  rule(
    `\\b(?:wish|wishing|hope|hoping|pray|praying|wouldnt mind|would not mind|dont care|do not care|dont mind) ${F}(?:that |if )?(?:i )?${F}(?:get|got|gets|would get|d get|was|were|could get|getting|be|being) ${F}(?:hit|run over|killed|struck|taken out|crushed|mowed down) by\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:wish|wishing|hope|hoping|pray|praying|wouldnt mind if|would not mind if) ${F}(?:that )?(?:a|the|some|this) (?:car|bus|truck|lorry|train|tram|plane|meteor|asteroid|drunk driver|lightning|cancer|illness|disease|virus) (?:would|will|could|might|just|) ?${F}(?:hit|hits|kill|kills|crush|crushes|run me over|runs me over|take me|takes me|flatten|end me|crash|crashes|goes down|go down|get me|gets me)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:wish|wishing|hope|hoping|pray|praying|want|wanting|wana|need) ${gap(3)}(?:that )?(?:someone|somebody|something|god|the universe|life|the lord|jesus|death) ${F}(?:would |will |could |to |might |)${F}(?:kill|kills|end|ends|take|takes|took) me\\b`,
    { notAfter: " (?:out|to|home|away|with|on|in|for|shopping|seriously|back|along|up|off)\\b" },
  ),
  rule(
    `\\b(?:wish|wishing|hope|hoping|pray|praying|wouldnt mind|would not mind) ${F}(?:that )?i ${F}(?:get|got|would get|d get|had|have|develop|catch|die in|end up in|get into|was in|were in) (?:a |an |)(?:fatal |terminal |deadly |bad |serious |)(?:car |plane |train |)(?:accident|crash|wreck|cancer|terminal illness|fatal disease|heart attack)\\b`,
    { negatable: false },
  ),
  // "I don't care if I live or die", "I wouldn't mind dying".
  rule(
    `\\b(?:dont|do not|didnt|wouldnt|would not|wudnt|dont really|honestly dont|really dont) ${F}(?:care|mind) (?:if|whether|that|anymore if) ${F}i ${F}(?:live|die|died|dont wake up|never wake up|didnt wake up|do not wake up|get hit|got hit|was dead|were dead|get killed|got killed|drop dead|dropped dead|crash|crashed|stop existing|stopped existing|overdose|od|wake up or not|make it|survive|got cancer|had cancer)\\b`,
    {
      notAfter: `${DIE_IDIOM}|${WAKE_IDIOM}| (?:to|through) (?:the|work|school|class|this|that|my)`,
      negatable: false,
    },
  ),
  rule(
    `\\b(?:wouldnt|would not|wudnt|dont|do not) ${F}(?:mind|care about) (?:dying|being dead|not waking up|not existing|never waking up|getting hit|death|it all ending|if it all ended|if everything ended)\\b`,
    { notAfter: DIE_IDIOM, negatable: false },
  ),
  rule("\\b(?:if|whether) i (?:live|lived|survive) or (?:die|died|not)\\b"),
  rule(
    `\\b(?:hope|hoping|wish|wishing|pray|praying) ${gap(2)}(?:that |)i (?:dont|do not|wont|will not|never|dont ever) (?:make it|survive|come out of|wake up from|get through|come round from|come back from) ${gap(2)}(?:surgery|operation|the op|op|anaesthetic|anesthetic|the night|the winter|this illness|the crash|it alive)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:hope|hoping|wish|wishing|pray|praying) ${gap(2)}(?:that |)i (?:crash|get in a crash|get into an accident|have an accident|have a crash|die in a crash|get in an accident|crash my car|fall|fall off|drown|get shot|get stabbed|get murdered|get attacked and die)\\b`,
    { notAfter: " (?:asleep|in love|for (?:it|him|her)|into bed|over)\\b", negatable: false },
  ),
  rule(
    `\\bif i ${F}(?:die|died|didnt wake up|dont wake up|never woke up|never wake up|was dead|were dead|stopped existing|just died|just disappeared|never existed) ${gap(4)}(?:so be it|thats fine|that would be fine|itd be fine|it would be fine|itd be a relief|it would be a relief|what a relief|relief|good riddance|who cares|whatever|no big deal|id be okay|id be ok|i wouldnt mind|i would not mind|i dont care|id be fine|id be glad|id welcome it|i would welcome it|fine by me|fine with me|okay with me|ok with me|id be happy|i would be happy|honestly fine|not a bad thing|wouldnt be so bad|wouldnt be bad|be better|be easier)\\b`,
    { negatable: false },
  ),
  // "I just want to disappear", "I want to stop existing", "I want to not be here".
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|need|needs|ready|long|longing|yearn|yearning|would love|d love|could just|going|gonna|gona|finna|tryna|trying|try|i just|i often|i sometimes|should|shld|ought to|have to|might as well|may as well) ${F}${TO}${F}(?:disappear|vanish|fade away|fade out|evaporate|cease to exist|stop existing|not exist|dissolve|slip away|be gone|leave this world|leave this earth|be erased|be wiped from existence|be nothing|be no more|stop being alive|stop being here|stop being me)\\b`,
    { notAfter: `${DISAPPEAR_IDIOM}|${GONE_IDIOM}| (?:on|as|like|purely|only|just on)\\b` },
  ),
  rule(
    `\\b(?:disappear|disappearing|vanish|vanishing|fade away|fading away) ${F}(?:forever|for good|permanently|for ever|and never come back|and not come back|off the face of the earth|from (?:this|the) (?:world|earth)|from existence|from everyones lives|from their lives|completely and forever)\\b`,
  ),
  rule("\\b(?:go|going) away (?:forever|for good|permanently)\\b", {
    notAfter:
      " (?:moving|to|abroad|overseas|next|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|autumn|fall|winter|new year))|for (?:uni|university|work|a job|college)|after (?:graduation|uni|the wedding))\\b",
    notBefore:
      "(?:tell|told|telling|asked|ask|make|made|want|wanted|wish|wanting) (?:him|her|them|it|you|the pain|this pain|the pain to|this|that) (?:to )?",
  }),
  rule(
    `\\b(?:want|need|needs|wish|wishing|hope|hoping|just want) ${F}(?:it|this) ${F}(?:all |)(?:to |)(?:be over|end|stop)(?= ?\\.? ?(?:all of it|everything|forever|for good|permanently|completely|all of this|the whole thing)\\b)`,
  ),
  rule(
    `\\bplease ${F}(?:make|let) (?:it|this|everything|it all|the pain|the thoughts|the voices) ${F}(?:stop|end|be over)\\b`,
    {
      notAfter: " (?:raining|snowing|for (?:a|one) (?:minute|second|moment))\\b",
    },
  ),
  rule(
    `\\bend (?:my|the|this) (?:pain|suffering|misery|torment|agony) (?:for good|forever|permanently|once and for all|for ever)\\b`,
  ),
  rule(
    `\\b(?:leave|leaving|left|depart|departing|exit|exiting|quit|quitting) (?:this|the) (?:world|earth|life|mortal coil|planet for good)\\b`,
    { notAfter: " (?:of|behind|for (?:a|the)|better|a better)\\b" },
  ),
  rule(
    `\\b(?:want|wana|wanna|ready|long|longing|wish i could|cant wait|going|need|yearn|yearning) ${F}${TO}${F}(?:join|be with|see|go to|be reunited with|follow) (?:him|her|them|my [a-z]+)(?: again| in heaven| on the other side| up there| soon|)(?= ?(?:\\.|$))`,
    { requireBefore: "\\b(?:died|passed|dead|death|killed|lost|funeral|grave|heaven|suicide)\\b" },
  ),
  rule(
    `\\b(?:hope|hoping|hopes|wish|wishing|pray|praying|want) ${gap(2)}(?:is|will be|to be|be|was) my (?:last|final) (?:night|day|week|breath|birthday|christmas|morning)(?= ?(?:\\.|$| (?:alive|on earth|ever|here|on this earth)\\b))`,
  ),
  rule(
    `\\b(?:give|giving|gave|given) up on everything ${gap(3)}(?:including|even|especially) ${F}(?:living|life|being alive|myself|staying alive)\\b`,
  ),
  rule(
    "\\b(?:thinking about it|thinking about doing it|considering it|so tempted|really tempted|tempted|going to do it|gonna do it|might do it|could do it|want to do it|about to do it|ready to do it)(?= ?(?:\\.|$| (?:tonight|now|again|so bad|so badly)\\b))",
    {
      requireBefore:
        "\\b(?:pills|tablets|paracetamol|rope|noose|knife|knives|blade|blades|razor|bridge|edge|ledge|gun|overdose|jump|jumping|tracks|roof|balcony|cliff)\\b",
    },
  ),
  rule("\\bwith (?:living|life|being alive|existing|breathing|it all)(?= ?(?:\\.|$))", {
    requireBefore: "\\b(?:done|finished|through|over it|tired|sick|fed up)\\b",
  }),
  rule(
    `\\b(?:anything|everything|give anything|do anything|pay anything) ${F}(?:to |)(?:not exist|not be alive|never have been born|stop existing|not wake up|be dead|die|not be here anymore)\\b`,
    { notAfter: DIE_IDIOM },
  ),
  rule(
    `\\b(?:not|no longer|never) ${F}(?:scared|afraid|frightened|fearful|worried) (?:of|about) (?:dying|death|being dead|not waking up)(?= (?:anymore|any more|now|at all now)\\b)|\\bno longer ${F}(?:scared|afraid|frightened|fearful) (?:of|about) (?:dying|death|being dead)\\b`,
    { negatable: false },
  ),
  rule(`\\bstop(?:ped)? existing\\b`, {
    notAfter: " (?:on|off|in|at|as|like|for|just|only|purely|outside|online|offline)\\b",
  }),
  rule(
    `\\b(?:feel|feeling|felt|feels) like ${F}(?:dying|dieing|ending it|ending it all|killing myself|ending my life|not existing|disappearing forever|i want to die|i should die|i should be dead|i should just die)\\b`,
    {
      notAfter: `${DIE_IDIOM}| (?:of|from|laughing|because of|after (?:that|this) (?:run|workout|hike|meal))\\b`,
    },
  ),
  rule(
    `\\bwant out (?:of (?:life|this life|this world|existence|living|it all|everything|being alive)|for good|forever|permanently|of here for good)\\b`,
  ),
  // "I want it all to end", "I just want everything to stop", "I want my life to be over".
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|need|needs|wish|wishing|hope|hoping|pray|praying|ready for|longing for|waiting for) ${F}(?:it all|everything|all of it|all of this|all this|this life|my life|life|my existence|existence|the world|it all just) ${F}(?:to |would |will |could |might |)${F}(?:end|stop|be over|finish|go away|be done|disappear|cease)\\b`,
    {
      notAfter:
        " (?:for (?:a|one|just|the) (?:minute|second|moment|bit|while|day|night|week|weekend|evening|hour)|so i can|and (?:start|begin)|early|on time|soon so|with a)\\b",
    },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|need|needs|wish|wishing|hope|hoping|pray|praying) ${F}(?:it|this|things|the pain|this pain|the suffering|this suffering|the hurt|everything|it all) ${F}(?:to |would |will |could |)${F}(?:end|stop|be over|go away) ${F}(?:forever|for good|permanently|for ever|once and for all|for real this time)\\b`,
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|wish|wishing|rather|prefer|d like|would like|ready|need|just want|long|longing|hope|hoping|tempting|easier|better) ${F}(?:to |i could |i could just |i would |i d |if i could |)${F}(?:not|never|no longer) ${F}(?:be alive|exist|be in this world|be on this earth|be breathing|be anymore|wake up|be here anymore|be around anymore|be here any more|be around any more)\\b`,
    { notAfter: WAKE_IDIOM, negatable: false },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|wish|wishing|rather|prefer|d like|would like|ready|need|just want|long|longing|hope|hoping) ${F}(?:to |i could |i could just |i would |i d |)${F}(?:not|never|no longer) ${F}(?:be here|be around)\\b`,
    { notAfter: BE_HERE_IDIOM, negatable: false },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|wish|wishing|need|ready|long|longing|desperate) ${F}${TO}${F}(?:stop|quit|cease) ${F}(?:living|breathing|being alive|my life)\\b`,
    {
      notAfter:
        " (?:in|with|at|like|off|for|under|on|by|out of|paycheck|beyond|so|through|loudly|heavily|down)\\b",
    },
  ),
  rule(
    `\\b(?:want|wants|wanted|wana|wanna|ready|long|longing|wish i could|yearn|yearning) ${F}${TO}${F}(?:go to heaven|be in heaven|join (?:my|him|her|them) in heaven|be with (?:my )?(?:mum|mom|dad|grandma|gran|grandad|grandpa|nan|nana|brother|sister|son|daughter|baby|wife|husband) (?:again|in heaven|on the other side))\\b`,
  ),
  rule(
    `\\b(?:so |very |really |)(?:tired|sick|exhausted|weary|fed up|done|finished|through|over|sick and tired) ${F}(?:with|of|from|w) ${F}(?:life|living|being alive|existing|this life|my life|this world|breathing|waking up|fighting to stay alive|trying to stay alive|trying to live|staying alive|existence|my existence|everything and everyone|being here)\\b`,
    {
      notAfter:
        " (?:admin|insurance|coaching|coach|lessons|hacks|skills|drawing|class|classes|goals|advice|updates|at|early|so early|to|before|in|with|here|like (?:a|an)|on (?:a|the)|alone|together|abroad|near|by)\\b",
    },
  ),
  rule(
    `\\b(?:hate|hating|hated|loathe|despise|resent) ${F}(?:being alive|existing|my existence|that im alive|that i am alive|that i exist|being born|still being alive|that i woke up|waking up alive|waking up every day|waking up each day|that i keep waking up)\\b`,
  ),
  rule(
    `\\b(?:regret|regretting|curse|cursed|cursing) ${F}(?:being born|the day i was born|ever being born|my birth|that i was born|that i exist|my existence)\\b`,
  ),
  rule(
    "\\bwhy (?:was|were|did|do) i (?:ever |even |have to |)(?:born|get born|be born|have to be born)\\b",
  ),
  rule(
    `\\bwhy (?:cant|can not|canot|wont|doesnt|couldnt) ${F}(?:i|god|anyone|someone|something|this|life|it) ${F}(?:just |)(?:die|be dead|not exist|stop existing|disappear|end it|kill me|let me die|take me|not wake up|stop|end)\\b`,
    { notAfter: `${DIE_IDIOM}| (?:raining|snowing|ringing|making noise|being so)\\b` },
  ),
  rule(
    "\\bwhy (?:im|i m|i am|am i) (?:still|even|ever) (?:here|alive|around|breathing|living)\\b",
    { notAfter: " (?:at|in|on|after|so late|this late|at this hour|doing|with|working)\\b" },
  ),
  rule(
    `\\b(?:not|never|wasnt|was not|werent|were not|isnt|arent) ${F}(?:meant|supposed|built|made) (?:to|2) ${F}(?:be alive|exist|live|be born|have been born|survive|be in this world|be here anymore|be on this earth)\\b`,
    {
      negatable: false,
      notAfter:
        " (?:like this|this way|in (?:this|a) (?:city|town|house|flat|job|place|climate)|with)\\b",
    },
  ),
  rule(
    `\\b(?:dont|do not|never|no longer|not|doesnt feel like i|dont feel like i) ${F}belong (?:in this world|on this earth|here anymore|anywhere anymore|among the living|alive|in this life|in the world)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:dont|do not|not|no longer|never) ${F}(?:plan|planning|intend|intending|expect|expecting) (?:on |to |)(?:being |be |staying |stay |)(?:alive|around much longer|here much longer|alive much longer|here next year|around next year)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:wont|will not|not going to|not gonna|dont think ill|dont think i will|doubt ill|doubt i will|might not|may not|probably wont|not sure ill|not sure i will) ${F}(?:make it|live|survive|be alive|be here|be around|last) (?:to|till|til|until|through|past) (?:my (?:next |)birthday|christmas|next year|the new year|new year|the end of the year|spring|summer|the morning|morning)(?! (?:dinner|lunch|party|drinks|do|event|market|fair|service|celebrations?|meal|parade|concert|show|match|game))\\b`,
    { negatable: false },
  ),
  rule(
    "\\b(?:never|shouldnt|should not|should never) (?:should have|shouldve|should ve|have|) ?been born\\b",
  ),
  rule("\\b(?:i|me) (?:was|were|d|had) never (?:been )?born\\b"),
  rule(
    `\\bi ${F}(?:shouldnt|should not|dont deserve to|do not deserve to|dont get to|dont have the right to) ${F}(?:exist|be alive|live|be born|have been born|be breathing|still be alive|be here anymore|be on this earth|be in this world)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:death|dying|being dead|not existing|not being alive|not waking up|nonexistence|non existence|eternal sleep|oblivion|the void|never waking up) ${F}(?:would be|sounds|seems|feels|is|looks|must be|could be|will be|would feel|might be|seems like) ${F}(?:like )?(?:a |such a |so |more |)${F}(?:relief|release|mercy|blessing|peaceful|peace|nice|better|easier|welcome|comforting|appealing|tempting|inviting|freedom|escape|gift|lovely|kind|good|great|preferable|the answer|the only (?:way|answer|option|solution|escape)|a way out|the way out|my only)\\b`,
  ),
  rule(
    `\\b(?:welcome|welcoming|embrace|embracing|long for|longing for|crave|craving|yearn for|yearning for|pray for|praying for|wish for|wishing for|ready for|await|awaiting|waiting for|look forward to|looking forward to|envy the dead|jealous of the dead|jealous of people who die) ${F}(?:death|dying|the end|my death|oblivion|eternal sleep|the void|nonexistence|non existence|not existing|not waking up|my funeral|being dead)\\b`,
    {
      notAfter:
        " (?:of|metal|cab|star|stare|row|toll|rate|penalty|match|grip|trap|scene|by|note|valley|march|eater|knight|stranding)\\b",
    },
  ),
  rule(
    `\\b(?:not waking up|never waking up|dying|death|being dead) ${F}(?:is|would be|sounds|seems|feels) ${F}(?:like )?(?:a |)${F}(?:relief|nice|comforting|peaceful|appealing|tempting|better)\\b`,
  ),
];

/** Ways and means: self-harm, overdose, jumping, weapons, other methods. */
const methods: Rule[] = [
  rule(
    "\\bself ?(?:harm|harming|harmed|harms|injur\\w*|mutilat\\w*|hurt|hurting|punish\\w* by cutting)\\b",
  ),
  rule(
    "\\b(?:sh|self harm|cutting|suicidal|burning|killing|dying|death) (?:urges?|impulses?|ideation|cravings?)\\b",
  ),
  rule(
    "\\bsh (?:scars?|relapse|again|wounds?|cuts?|habit|is back|tonight|last night|is getting)\\b",
  ),
  rule(
    "\\b(?:relapsed|relapse|relapsing|clean|free|abstinent) (?:on|into|with|from|of) (?:sh|cutting|self harm|self harming|burning|harming)\\b",
  ),
  rule(
    `\\b(?:urge|urges|need|needing|temptation|tempted|impulse|compulsion|craving|itch|want|wanting|wanted|wana|wanna) ${F}${TO}${F}(?:self harm|burn myself|hurt myself|harm myself|bleed|scratch until)\\b`,
  ),
  // After "I want to cut" only a few words keep it about the body; "cut my hair" does not.
  rule(
    `\\b(?:urge|urges|need|needing|temptation|tempted|impulse|compulsion|craving|itch|want|wanting|wanted|wana|wanna) ${F}${TO}${F}(?:cut|slice)(?= ?(?:\\.|$)| (?:so|again|tonight|today|really|badly|deep|deeper|but|and|or|even|more|right now|rn|(?:my ?self|myself)(?!${CUT_IDIOM})|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body)|until|til|till|when|because|cos|cause|every|all the time|lol|sm|i|im|its|though|tho|again)\\b)`,
  ),
  rule(
    `\\b(?:urge|urges|temptation|tempted|impulse|compulsion|craving|itch) ${F}${TO}${F}(?:cut|relapse|slice)\\b`,
    {
      notAfter:
        " (?:the|a|an|my (?!arms?|wrists?|legs?|thighs?|skin|stomach)|it|down|back|out|off|in|up|ties|class|corners|costs|carbs|sugar|loose|him|her|them|you|people|contact|things|everyone|some|that|this|something|into|through|across|school|lessons|work|hair|bangs|a fringe|grass|ahead|the line|queue|free|on|with|your|his|their|our|coffee|caffeine|alcohol|back on)\\b",
    },
  ),
  rule(`\\b(?:cut|cuts|cutting|cuting|cutted) ${ANY_SELF}\\b`, {
    notBefore: "(?:accidentally|accidently|by accident) ",
    notAfter: CUT_IDIOM,
  }),
  rule(
    "\\b(?:ive|i ve|i have|been|started|start|starting|began|begun|back to|went back to|going back to|relapsed into|keep|kept|stop|stopped|cant stop) (?:self harming|burning myself|hurting myself|harming myself|scratching myself|hitting myself|punching myself)\\b",
    { notAfter: CUT_IDIOM },
  ),
  rule(
    "\\b(?:ive|i ve|i have|been|started|start|starting|began|begun|back to|went back to|going back to|relapsed into|keep|kept|stop|stopped|cant stop|i) cutting(?: again| myself|(?= ?(?:\\.|$))| (?:since|for (?:years|months|weeks|a year|a month|ages|a while)|when i was|at (?:age )?[0-9]+|in (?:high )?school|as a (?:teen|kid)|on my (?:arms?|legs?|wrists?|thighs?|stomach)))",
  ),
  rule("\\bcutting again\\b", {
    notBefore:
      "(?:hair|grass|budget|budgets|costs|lawn|hedge|hedges|prices|jobs|staff|funding|corners|carbs|sugar|back|power|water|council|company|government|cake|bread|they|theyre|they are|he|she|hes|shes|we|were|my (?:hair|fringe|bangs)|the (?:power|internet|wifi|signal|call|line|phone)) ",
  }),
  rule("\\bi (?:ve |have |)(?:cut|sh d|shd|burned|burnt) again\\b"),
  rule(
    `\\b(?:cut|cuts|cutting|carve|carving|carved|slice|slicing|sliced|slit|slitting|scratch|scratching|scratched|burn|burning|burnt|burned|stab|stabbing|stabbed|open|opening|opened) ${F}(?:open |into |up |)(?:my|both my|both of my|into my) (?:wrist|wrists|veins?|throat|arm|arms|thigh|thighs|leg|legs|skin|stomach|hips?|forearm|forearms)\\b`,
    { notBefore: "(?:accidentally|accidently|by accident|nearly|almost) ", notAfter: CUT_IDIOM },
  ),
  rule(
    "\\b(?:razor|blade|knife|glass|scissors|lighter|compass) (?:to|on|across|against|into) my (?:wrists?|arms?|skin|throat|neck|thighs?|legs?|stomach|veins?)\\b",
  ),
  rule(
    `\\b(?:burn|burning|burnt|burned|scratch|scratching|scratched|hit|hitting|punch|punching|punched|slap|slapping|slapped|stab|stabbing|stabbed|strangle|strangling|strangled|choke|choking|choked|suffocate|suffocating|suffocated|poison|poisoning|poisoned|starve|starving|starved|bruise|bruising|bruised|pinch|pinching|pinched|beat|beating|bite|biting|bit) ${MYSELF}\\b`,
    {
      notBefore: "(?:accidentally|accidently|nearly|almost|have to|had to|need to) ",
      notAfter:
        " (?:on (?:hot |boiling |)(?:the|a|an|my|some|that|this|coffee|tea|water|soup|oil|steam|oven|stove|iron|kettle|pan|candle|wax)|with (?:the|a|some|hot|my) (?:iron|kettle|oven|pan|tray|stove|hob|tea|coffee|soup|water|curling|straightener|hair|door|cupboard|cabinet|pot)|up (?:about|over)|cooking|making|ironing|baking|laughing|by accident|accidentally|in the kitchen|to (?:sleep|get|make|stay|wake|check)|awake|for (?:a|an|the) (?:diet|wedding|photo|bikini)|out|in the (?:face|head|eye) with (?:a|the) (?:door|cupboard|ball))\\b",
    },
  ),
  rule(`\\b(?:harm|harms|harmed|harming|mutilate|mutilating|mutilated) ${ANY_SELF}\\b`),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|urge|urges|urged|tempted|temptation|going|gonna|gona|need|needed|needing|plan|planning|planned|thinking about|thought about|thoughts of|thoughts about|think about|might|could|will|il|feel like|felt like|tried|try|trying|keep|kept|afraid ill|scared ill|afraid i will|scared i will|afraid i might|scared i might|close to|ready|ready to|deserve|deserve to|about to) ${F}(?:to |of |about |on |)${F}(?:hurt|hurting|harm|harming|injure|injuring|punish|punishing|cut|cutting|burn|burning|hit|hitting|starve|starving) ${ANY_SELF}\\b`,
    { notAfter: CUT_IDIOM },
  ),
  rule(
    `\\b(?:hurt|hurts|hurting) ${MYSELF} (?:on purpose|deliberately|intentionally|again|when|whenever|to cope|to feel|so (?:i|that)|because|every|until|till|til|in secret|a lot|more|tonight|(?:once|twice|three times|four times|five times|several times|a few times|multiple times|many times|[0-9]+ times) (?:this|last|today|tonight|since|in))\\b`,
    { notAfter: " (?:at|playing|lifting|running|on the|in the|doing|during|while) " },
  ),
  rule(`\\b(?:hurting|harming|cutting|burning|punishing) ${MYSELF} (?:is|helps|makes|feels)\\b`),
  rule(`\\b(?:until|till|til|so that|so) (?:i|it) ${F}(?:bleed|bleeds|bled|bleeding)\\b`, {
    notBefore:
      "(?:gums?|nose|lip|lips|finger|cuticles?|knee|heel|blister|bites?|spots?|pimples?|scabs?|eczema|rash|itch|mosquito|skin tag|hangnail) (?:\\w+ ){0,3}",
  }),
  rule("\\bbleed(?:ing)? out\\b"),
  rule(
    "\\b(?:sat|sitting|sit|lay|lying|lie|laid|stood|standing|stand|waited|waiting|wait) (?:down |)(?:on|in|across|between|in the middle of) (?:the |)(?:train |railway |rail |)(?:tracks|track|rails|railway line)\\b",
  ),
  rule(
    "\\b(?:slit|slitting|slash|slashing|slashed|sliced|slicing) (?:my |both |open my |open |)(?:wrists?|veins?|throat)\\b",
  ),
  rule(
    `\\b(?:carve|carved|carving|etch|etched|etching|sliced|slice|cut|cutting) ${gap(3)}(?:into|in to) my (?:skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach|body|flesh|hip|hips)\\b`,
  ),
  rule("\\bfeel (?:the |a |that |)(?:blade|razor|sting of (?:the|a) blade|pain of cutting)\\b"),
  rule(
    `\\b(?:hope|hoping|hopes|wish|wishing|pray|praying|want|waiting for) ${gap(3)}(?:my |)heart (?:gives out|would give out|will give out|to give out|stops|would stop|will stop|to stop|just stops|gives up|would give up)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:drink|drinking|drank|starve|starving|starved|smoke|smoking) ${MYSELF} (?:to death|into the grave|into an early grave|to an early grave)\\b|\\b(?:drink|drinking|drank) (?:until|till|til) (?:i|im) (?:die|dead|stop breathing|never wake up)\\b`,
  ),
  rule(
    `\\b(?:what happens|what would happen|would it kill|will it kill|is it lethal|is it fatal|would i die|will i die|could i die|can you die) ${gap(2)}(?:if|when) (?:you|i|someone|a person) (?:take|took|swallow|swallowed|have|had|down) (?:a lot of|loads of|too many|all (?:the|my|of)|a (?:bottle|packet|box|handful) of|a whole|the whole|twenty|thirty|forty|fifty|a hundred|[1-9][0-9]+) ${F}(?:of )?(?:my |the |)${PILLS}\\b`,
  ),
  rule(
    `\\bwhat i (?:might|could|would|will|may|am going to|m going to|m gonna|ll|d|am capable of) ${F}(?:do to ${MYSELF}|do tonight if)\\b`,
  ),
  rule(
    `\\bdo (?:something|anything) (?:stupid |bad |drastic |dangerous |permanent |)to ${MYSELF}\\b`,
  ),
  rule(
    `\\b(?:dont|do not|not|never|no longer) ${F}(?:feel )?safe (?:with|around|from|by) ${MYSELF}\\b`,
    { negatable: false },
  ),
  rule(
    "\\b(?:im|i m|i am) not safe (?:right now|tonight|alone|by myself|on my own|with myself|at the moment|anymore|to be alone)\\b",
    { negatable: false },
  ),
  // Overdose, and the plain ways people describe one.
  rule("\\b(?:overdos\\w*|over dos\\w*|overdoz\\w*)", {
    notBefore:
      "(?:naloxone|narcan|opioid|prevent|preventing|prevention|awareness|training|reversal|reverse|reversing|treat|treating|an accidental caffeine) |(?:documentary|documentaries|film|films|movie|movies|article|articles|news|report|reports|podcast|podcasts|book|books|novel|study|studies|lecture|class|talk|series|episode|show|song|songs|essay|research|statistics|stats) (?:about|on|of|covering) (?:\\w+ ){0,3}",
    notAfter:
      " on (?:sugar|chocolate|candy|caffeine|coffee|cake|netflix|tv|sun|sunshine|cuteness|cute|carbs|sweets|christmas|pizza|drama|nostalgia|cheese|cookies|love|romance|reality|memes|social media|work|news|anime|vitamin c|fun|happiness|cat videos|tiktok|content|festive|glitter|pumpkin spice|cheesy)\\b",
  }),
  rule(
    `\\b(?:want|wants|wanted|wana|wanna|going|gonna|gona|plan|planning|planned|thinking about|thought about|think about|tempted|urge|about|almost|nearly|could|might|will|il|tried|try|trying|ready|decided) ${F}(?:to |of |about |)od\\b`,
  ),
  rule(
    `\\bod(?:ed|ing|)? on (?:my|his|her|the|pills|meds|tablets|sleeping|paracetamol|tylenol|insulin|everything|antidepressants|painkillers|xanax|heroin|fentanyl|opioids|benzos|purpose)\\b`,
  ),
  rule(
    `\\b(?:take|takes|taking|took|taken|swallow|swallows|swallowing|swallowed|down|downing|downed|neck|necking|necked|chug|chugging|pop|popping|popped|eat|eating|ate|overdo|overdoing) ${F}(?:all|all of|every one of|every single one of|every last one of|the rest of|the whole (?:bottle|packet|pack|box|strip|lot|jar|tub|blister pack) of|a whole (?:bottle|packet|pack|box|strip|lot|jar|tub|blister pack) of|a (?:bottle|packet|pack|box|bunch|handful|load|lot|fistful|pile|ton|heap|shitload|jar|tub|strip|stack) of|loads of|lots of|handfuls of|heaps of|a heap of|too many|way too many|all the|every|as many as i can|as many|fistfuls of|a month s worth of|a months worth of|weeks worth of|two packets of|three packets of|several packets of) ${F}(?:of )?(?:my |the |those |these |his |her |mums |moms |dads |their |our |some |her )?${F}${PILLS}\\b`,
    {
      notAfter:
        " (?:with food|as prescribed|to the pharmacy|back to|to the chemist|to recycling|in the morning as)\\b",
    },
  ),
  rule(
    `\\bhow (?:many|much) ${F}(?:of )?(?:my |the |those |these |)${PILLS} ${gap(3)}(?:would it take|does it take|it takes|it would take|to (?:die|kill|end|od|overdose|not wake|stop)|would kill|will kill|would be (?:lethal|fatal|enough)|is (?:lethal|fatal|a lethal|enough to)|before (?:you|i|it|someone|a person) (?:die|dies|od|overdose)|until (?:you|i) (?:die|od))\\b`,
  ),
  rule("\\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|overdose|quantity)\\b", {
    notAfter:
      " of (?:caffeine|coffee|vitamin|sugar|water|salt|nutmeg|chocolate|cuteness|radiation|sarcasm|cringe|reality|nostalgia|cheese)\\b",
  }),
  rule(
    `\\b(?:stockpil\\w*|stashing|stashed|hoarding|hoarded|saving up|saved up|saving|squirrelling|squirreling|collecting|hiding|hid|hidden) ${F}(?:up |away |)(?:my |the |some |all my |enough |all the |)${PILLS}\\b`,
  ),
  rule(`\\b${PILLS} (?:saved|stockpiled|stashed|hoarded|hidden) (?:up|away)\\b`),
  rule(
    `\\b${PILLS} (?:are |)(?:lined up|laid out|all out on|in front of me|in my hand|counted out on)\\b`,
  ),
  rule(
    `\\b${PILLS} ${gap(2)}(?:on purpose|deliberately|intentionally|to (?:die|end it|not wake up|sleep forever|make it stop|end everything|kill myself))\\b`,
  ),
  rule(
    `\\b(?:cutting|self harm|self harming|hurting myself|burning myself|sh|the pain of cutting) (?:is|was|has been|feels like|seems like) (?:the only|my only|all that|what|the one) ${gap(2)}(?:thing|way|helps|keeps me|that helps|i have|gets me through|makes it stop|makes me feel)\\b`,
  ),
  rule(
    `\\b${ANY_SELF} (?:until|till|til|untill) (?:i|it|he|she|they) ${F}(?:couldnt feel|could not feel|bled|bleed|bleeds|bruised|felt something|couldnt think|went numb|passed out|was numb|blacked out|cried blood)\\b`,
  ),
  rule(
    `\\benough (?:of )?(?:my |the |these |those |)(?:${PILLS}|rope|insulin) ${gap(3)}(?:to|for) ${F}(?:kill|end|die|do it|od|overdose|not wake|finish|make sure|go through)\\b`,
  ),
  // Guns, hanging, drowning.
  rule(
    "\\b(?:gun|pistol|rifle|shotgun|barrel|revolver) (?:to|in|against|into|under) my (?:head|mouth|temple|chin|chest|heart)\\b",
    {
      notBefore:
        "(?:with|even with|if (?:you|someone|somebody|they|he|she) (?:put|held|had|pointed|hold|points|puts|holds)) (?:a |the |)",
    },
  ),
  rule("\\bblow(?:ing)? my (?:brains|head) (?:out|off)\\b"),
  rule(
    "\\b(?:bullet|round|slug) (?:in|into|through) my (?:head|brain|skull|mouth|temple|heart)\\b",
  ),
  rule("\\beat (?:a|my) (?:bullet|gun)\\b"),
  rule(`\\b(?:shoot|shooting|shot) ${MYSELF}\\b`, {
    notAfter:
      " (?:in the (?:foot|feet|leg|arm)|a|an|some|another|over|off|with (?:a|the|my) (?:camera|phone)|for|on (?:camera|film|video))\\b",
  }),
  rule(`\\b(?:hang|hanging|hanged|hung|hangin) ${ANY_SELF}\\b`, {
    notAfter: " (?:up|out|upside)\\b",
  }),
  rule("\\bnoose\\b", {
    notBefore: "(?:tighten|tightening|tightens|tightened|tighter) the ",
    notAfter:
      " (?:is tightening|tightens|around (?:the|his|her|their) (?:company|business|neck of the))\\b",
  }),
  rule("\\b(?:rope|belt|cord|scarf|noose) (?:around|round|to) my neck\\b"),
  rule(
    `\\b(?:tie|tied|tying|make|made|making|bought|buy|buying|got|get|have|has|ordered) (?:a|the|my|some) (?:rope|noose) ${gap(2)}(?:to|for|round|around|so i can|so i could) ${F}(?:hang|my neck|the (?:beam|banister|door|tree|loft|rafters)|end it|do it)\\b`,
  ),
  rule(`\\bdrown(?:ing|ed|) ${MYSELF}\\b`, {
    notAfter:
      " in (?:work|coffee|tea|books?|chocolate|ice cream|wine|beer|netflix|tv|music|podcasts?|studying|study|homework|emails?|paperwork|tasks|projects?|self pity|blankets|hobbies|distractions|noise|games|video games|shows|series|bubble bath|perfume|cologne|lotion|moisturi[sz]er|sunscreen|gravy|sauce|ketchup|revision|admin)\\b",
  }),
  rule(
    `\\b(?:throw|throwing|threw|thrown|fling|flinging|flung|hurl|hurling|hurled|launch|launching) ${MYSELF} ${F}(?:off|from|under|in front of|infront of|out of (?:a|the|my) window|into (?:traffic|the (?:river|sea|ocean|path of|road|canal|lake|traffic|tracks)|oncoming|a river|the water))\\b`,
  ),
  rule(
    `\\b(?:jump|jumping|jumped|leap|leaping|leapt|step|stepping|stepped|lie|lying|lay|laying|threw myself|throw myself|throwing myself) ${F}(?:out )?(?:in front of|infront of|under) (?:a|an|the|some|that|this|oncoming|the next|a moving|a speeding|a passing|moving|passing|speeding) ${F}(?:train|trains|bus|buses|car|cars|truck|trucks|lorry|lorries|tram|van|tube|subway|traffic|vehicle|coach|tracks|train tracks|railway|railway line|motorway)\\b`,
    {
      notBefore:
        "(?:kid|child|dog|cat|fox|deer|cyclist|pedestrian|man|woman|guy|boy|girl|someone|somebody|he|she|they|it) (?:\\w+ ){0,2}",
    },
  ),
  rule(
    `\\b${LEAP_INTENT} ${F}(?:to |of |about |)${F}(?:jump|jumping|leap|leaping|throw myself|throwing myself|fling myself|flinging myself) ${F}(?:off|from|of|out of|of of) ${F}(?:a|an|the|my|our|this|that|some|the top of (?:a|an|the|my|this|that)|a high|a moving|the moving|) ?${F}(?:bridge|building|roof|rooftop|cliff|cliffs|balcony|ledge|tower|tower block|block of flats|car park|multi storey|parking garage|overpass|window|motorway bridge|platform|skyscraper|top floor|dam|viaduct|train|moving train|flyover|stairwell)\\b`,
    {
      notAfter:
        " (?:to (?:get|catch|save|grab|see|say)|for (?:a|fun|the (?:photo|view|pictures?))|with (?:friends|my|the kids|mates)|into (?:the|a) (?:pool|water|lake|sea|river|pile|snow))\\b",
    },
  ),
  rule(
    `\\b${LEAP_INTENT} ${F}(?:to |of |about |)${F}(?:jump|jumping|leap|leaping|step|stepping|walk|walking|throw myself|throwing myself|lie down|lying down|lay down|run|running) ${F}(?:out |)(?:in front of|infront of|under|onto|on to) (?:a|an|the|some|that|this|oncoming|the next|a moving|a speeding|a passing|moving|passing|speeding|) ?${F}(?:train|trains|bus|buses|car|cars|truck|trucks|lorry|lorries|tram|van|tube|subway|traffic|vehicle|coach|tracks|train tracks|railway|railway line|motorway)\\b`,
  ),
  rule(
    `\\b${LEAP_INTENT} ${F}(?:to |of |about |)${F}(?:walk|walking|wade|wading|swim|swimming|drown|drowning) ${F}(?:out |)(?:into|in to|out to|out into) (?:the |a |)(?:sea|ocean|river|lake|canal|waves|water|traffic|oncoming traffic)\\b`,
    {
      notAfter:
        " (?:for a (?:swim|paddle|dip)|with (?:friends|my|the kids|mates)|to (?:cool|swim|paddle))\\b",
    },
  ),
  rule(
    `\\b${LEAP_INTENT} ${F}(?:to |of |about |)${F}(?:drive|driving|crash|crashing|swerve|swerving|veer|veering|steer|steering|plough|ploughing|plow|plowing) ${F}(?:my car |the car |my van |my bike |it |)(?:off|into|in to|onto) (?:a|an|the|some|that|oncoming|on coming|) ?${F}(?:tree|wall|bridge|cliff|river|lake|sea|ocean|oncoming|traffic|lorry|truck|barrier|pillar|bollard|concrete|quarry|edge|lamppost|lamp post|oncoming traffic|motorway|canal|ravine)\\b`,
  ),
  rule(
    `\\b(?:walk|walking|walked|wade|wading|waded|swim|swimming|swam) ${F}(?:out |)(?:into|in to|to) (?:the )?(?:sea|ocean|river|lake|waves|water|traffic|oncoming traffic|motorway) ${F}(?:and|n|until|till|til) ${F}(?:never|not|keep|kept|dont|wont|didnt|just) ${F}(?:come|coming|came|going|walking|swimming|stop|turn|stopping|return|back|sink|drown)\\b`,
  ),
  rule(
    `\\bcrash(?:ing|ed|) (?:my|the) (?:car|van|bike|motorbike) ${F}(?:on purpose|deliberately|intentionally|so i|and (?:die|end|not)|into (?:a|the) (?:tree|wall|bridge|river|lorry|truck|barrier))\\b`,
    { notBefore: "(?:nearly|almost|accidentally) " },
  ),
  rule(
    "\\b(?:gas|gassing|gassed) myself\\b|\\b(?:hose|pipe) (?:to|into|from|on) the exhaust\\b|\\bexit bag\\b|\\b(?:drink|drinking|drank|swallow|swallowing|swallowed) (?:bleach|antifreeze|poison|rat poison|weed killer)\\b",
  ),
  rule(
    `\\b(?:use|using|used|turn|turning|turned|point|pointing|pointed) (?:it|them|one|a knife|the knife|a blade|the blade|the razor|a razor|the gun|a gun|the pills) on ${MYSELF}\\b`,
  ),
  rule(
    `\\b(?:keep|kept|been) (?:looking at|staring at|thinking about|holding) (?:the|a|my) (?:knives|knife|blades?|razors?|rope|pills|tablets|gun|bridge|tracks|train tracks|edge)\\b`,
  ),
  rule(
    `\\b(?:looked|looking|stared|staring|look|stare|gazed|gazing) at (?:the|a|my|those|these|all the|all my) (?:rope|noose|pills|tablets|meds|knives|knife|blades?|razors?|gun|bridge|tracks|train tracks|edge|drop|pill bottle|bottle of pills|medicine cabinet|water below|traffic below) ${gap(4)}(?:for (?:a long time|ages|hours|an hour|a while|too long|so long|ages)|and (?:thought|wondered|imagined|considered) (?:about|of) (?:using|it|them|doing|how|myself|hurting|cutting|ending|dying|it all|taking)|and (?:wanted to|almost|nearly|couldnt stop)|(?:thinking|wondering) (?:about|of|how|if|whether) (?:using|it|them|doing|how|myself|hurting|cutting|ending|dying|it all|taking|i could|i should|id)|and (?:felt|thought|wondered) (?:calm|peaceful|nothing|how easy|how quick))\\b`,
  ),
  rule(
    `\\b(?:want|wants|wana|wanna|urge|urges|tempted|going|gonna|gona|need|feel like|ready) ${F}${TO}${F}jump(?= ?(?:\\.|$| (?:so bad|so badly|again|tonight|right now|rn|off|from|in front|and (?:end|die|never)|but)\\b))`,
  ),
  rule(
    `\\b(?:going to|gonna|gona|might|could|about to|ll|will|afraid ill|scared ill|worried ill|afraid i will|scared i will|want to|feel like doing|so close to doing) ${F}do something (?:stupid|drastic|dangerous|permanent|terrible|really stupid|bad|i cant take back|i cant undo|irreversible|final)(?= ?(?:\\.|$| (?:tonight|today|soon|to myself|again|if|and (?:never|not)|i (?:cant|wont|might))\\b))`,
  ),
  rule(
    `\\b(?:voice|voices|head|brain|mind|thoughts|something inside me|part of me|the illness|my depression|depression) (?:keeps |keep |is |are |just |)(?:telling|tells|told|saying|says|whispering|whispers) ${F}(?:me |)(?:to |i should |)${F}(?:jump|kill myself|die|end it|hurt myself|cut|do it|take the pills|step in front|walk into traffic|drive into|disappear|give up on life)\\b`,
    {
      notAfter:
        " (?:higher|in|on|into|up|over|the|ship|rope|through|around|back|down|out|off|it|them|him|her|a|an|your|class|corners|costs|ahead|the queue)\\b",
    },
  ),
  rule(
    "\\b(?:told|tell|tells|telling|said|says) (?:me |)(?:to |i should )(?:kill myself|kms|kys|go die|die|end it|end my life|hurt myself|off myself|hang myself|neck myself)\\b",
  ),
];

/** Others being better off, or not noticing, without the writer. */
const burden: Rule[] = [
  rule(
    `\\b(?:beter|betta|beta|betr|btr|bettr|happier|happy|easier|ok|okay|fine|safer|lighter|freer|free|best|good|much beter) (?:of|off) ${F}${WITHOUT} me\\b`,
    { notAfter: WITHOUT_ME_IDIOM },
  ),
  rule(
    `\\b(?:beter|betta|beta|betr|btr|bettr|happier|easier|safer|lighter|freer|brighter|nicer|kinder|calmer|simpler|beter place|happier place|nicer place|brighter place|safer place) ${F}${WITHOUT} me\\b`,
    { notAfter: WITHOUT_ME_IDIOM },
  ),
  // "They'd be fine without me"; but "the meeting went fine without me" is just news.
  rule(
    `\\b(?:be|are|re|is) (?:totally |just |perfectly |all |so much |completely |)(?:fine|ok|okay|alright|all right|good) ${WITHOUT} me\\b`,
    { notAfter: WITHOUT_ME_IDIOM },
  ),
  rule(
    `\\b(?:beter|betta|beta|betr|btr|bettr|happier|easier|safer|lighter|freer|fine|okay|ok|relieved|relief|simpler|calmer|best|beter of|happier of|easier of|beter for everyone|easier for everyone|happier for everyone|good riddance|be glad|be happy|be fine|celebrate|party) ${gap(4)}(?:if|when|once|after) (?:i|im|i m|id|i d) ${F}${GONE_TAIL}`,
  ),
  rule(
    `\\b(?:beter|betta|beta|happier|easier|safer|lighter|freer|fine|okay|ok|beter of|happier of|easier of) ${F}with me (?:gone|dead|out of the (?:way|picture)|not (?:here|around)|six feet under|in the ground)\\b`,
    { notAfter: GONE_IDIOM },
  ),
  rule(
    `\\b(?:everyone|everybody|every1|evryone|they|theyd|they d|people|my family|the world|you all|all of them|the kids|my kids|he|hed|he d|she|shed|she d|my (?:wife|husband|partner|mum|mom|dad|parents|friends|children|family|boyfriend|girlfriend|son|daughter|kids))(?: (?:${WOULD}|are|is|were|re|s|all|really|honestly|probably|actually|genuinely|definitely|be|so|much|far|a lot|way|just|clearly|obviously))* ${F}(?:beter|betta|happier|best) (?:of|off)(?= ?(?:\\.|$| (?:honestly|tbh|anyway|really|i think|i know|lol|to be honest|and you know it|and i know it|if im honest)\\b))`,
  ),
  rule(
    `\\b(?:no one|noone|nobody|no body|not one person|not a (?:single )?(?:soul|person)|who|not even my (?:family|mum|mom|dad|friends|parents|partner)|would anyone|would anybody|will anyone|will anybody|does anyone|would they|would people|would my family|would my friends|would even one person|anyone)(?: (?:${WOULD}|really|even|ever|actually|honestly|probably|truly|at all|genuinely|notice or|actually))* ${F}(?:(?:miss|mis|mourn|grieve for|cry for|cry over) me|come to my funeral|show up to my funeral|go to my funeral|notice my absence)\\b`,
    {
      notAfter:
        " (?:at|in (?:the|this|class|work|school|a|my)|on (?:the|this|a|my)|for (?:a|the|one|two|this|that|an)|if i (?:left|skipped|moved|went|quit|stopped|didnt (?:go|come|show|turn)|stayed|took|missed|bailed|ditched|cancelled|canceled|dropped out|changed|was late|left early)|when i (?:go|leave|move|quit|am away|m away|travel|take)|while i|tonight|today|this (?:week|weekend|time|year)|anyway at|much at|there|the (?:meeting|party|game|class|lecture))\\b",
    },
  ),
  rule(
    `\\b(?:no one|noone|nobody|no body|not one person|not a (?:single )?(?:soul|person)|who|not even my (?:family|mum|mom|dad|friends|parents|partner))(?: (?:${WOULD}|really|even|ever|actually|honestly|probably|truly|at all|genuinely|even be able to))+ ${F}(?:notice|care|give a (?:damn|shit|fuck)|bat an eye(?:lid)?|blink|realise|realize|be sad|be upset|cry)(?: (?:at all|even|really|anyway|honestly))?(?= ?(?:\\.|$| (?:if|when|that|once|after) (?:i|im|i m|id) ${F}${GONE_TAIL}| i (?:was|m|d|had) (?:gone|dead|missing)| (?:i|im|id) ${F}(?:died|disappeared|vanished|was gone|were gone|killed myself)| my absence))`,
  ),
  rule(
    `\\b(?:would|will|does|do|did|could) (?:anyone|anybody|they|people|my family|my friends|someone|somebody|even one person)(?: (?:really|even|ever|actually|honestly|truly|at all))* ${F}(?:notice|care|miss me|cry|mourn|be sad|realise|realize)(?: (?:at all|even|really|anyway|honestly))? (?:if|when|once|that) (?:i|im|i m|id) ${F}${GONE_TAIL}`,
  ),
  rule(
    `\\bif (?:i|im|i m|id|i d) ${F}${GONE_TAIL} ${gap(4)}(?:would|will|does|do|did|could|wd|wud) (?:anyone|anybody|they|people|my family|my friends|someone|somebody|even one person|no one|nobody|it) ${F}(?:care|notice|miss|cry|come|mourn|be sad|realise|realize|give|matter|even notice|make a difference)\\b`,
  ),
  rule(
    `\\bif (?:i|im|i m|id|i d) ${F}${GONE_TAIL} ${gap(4)}(?:no one|nobody|noone|none of them|not a soul|not one person)(?: (?:${WOULD}|even|really|ever|actually))* ?${F}(?:care|notice|miss|cry|mourn|realise|realize|be sad|bat an eye)\\b`,
  ),
  rule(
    `\\b(?:do|doing|did|done) (?:everyone|everybody|them|the world|my family|you all|you|him|her|my (?:kids|wife|husband|partner|parents|friends)) ${F}a (?:favor|favour|kindness|service) ${F}(?:and|by) ${F}(?:disappear|disappearing|dying|die|kill|killing|end|ending|leaving for good|leave for good|going away forever|vanishing|vanish|removing myself|remove myself|not being (?:here|around)|stop existing|no longer existing|offing myself|jumping)\\b`,
  ),
  rule(
    `\\b(?:relieve|relieving|free|freeing|spare|sparing|release|releasing|rid|ridding) ${EVERYONE} (?:of|from) ${F}(?:me|my presence|the burden of me|the burden that i am|having to deal with me|my existence|myself)\\b`,
  ),
  rule(
    `\\b(?:remove|removing|removed|take|taking|took|get|getting) ${MYSELF} ${F}(?:out of|from|off) (?:the (?:picture|equation|world|planet|earth|face of the earth)|this (?:world|earth|life|planet)|existence|everyones (?:lives|life|way)|their (?:lives|life|way)|your (?:lives|life|way)|his (?:life|way)|her (?:life|way))\\b`,
  ),
  rule(
    `\\b(?:wont|will not|wouldnt|would not|never|dont|no longer|not) (?:have to|need to|ned to|gota|got to) ${F}(?:worry about|deal with|look after|take care of|put up with|see|hear from|carry|support|pay for|think about|bother with|listen to|tolerate|babysit|stress about|waste (?:time|money) on) me ${F}(?:anymore|any more|ever again|again|much longer|for (?:much )?longer|after (?:tonight|today|this|tomorrow|im gone)|soon|for long|when im gone|once im gone)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:life insurance|insurance (?:money|payout|pay out)) ${gap(6)}(?:if i (?:die|died|was dead|were dead|was gone|killed|kill)|when i (?:die|m dead|m gone)|beter of|after im gone|worth more)\\b`,
  ),
  rule(`\\b(?:beter|beter of|happier|easier) ${F}with (?:the|my) (?:life )?insurance\\b`),
  rule(
    `\\b(?:beter|betta|happier|easier|safer|lighter|freer) (?:of |)${F}without (?:having to |needing to |)(?:deal with|look after|worry about|support|care for|put up with|carry|pay for|listen to|think about) me\\b`,
  ),
  rule(
    `\\b(?:beter|betta|happier|easier|safer) (?:of |)${F}with (?:a |an |)(?:different|new|better|another|real|proper|normal) (?:mum|mom|mother|dad|father|parent|mummy|mommy|daddy)\\b`,
  ),
  rule(
    `\\b(?:come|go|show up|turn up|attend|bother coming|bother going|cry) (?:to|at) my (?:own |)funeral\\b`,
    { negatable: false },
  ),
  rule(
    "\\b(?:the world|this world|nobody|no one|noone|everyone) (?:doesnt|does not|dont|do not|wouldnt|would not|wont|will not|) ?(?:needs?|wants?|misses|miss) me (?:here|around|alive|in it|anymore|any more|in this world)\\b|\\bthe world (?:doesnt|does not|wont|will not|wouldnt|would not) (?:need|want|miss) me\\b",
    { negatable: false },
  ),
  rule(
    `\\b(?:beter|betta|happier|easier|safer) (?:of |)${gap(5)}(?:and|with) me (?:gone|dead|out of the (?:way|picture)|six feet under|in the ground)\\b`,
  ),
  rule(
    `\\b(?:favou?r|kindness|service|gift|relief|blessing|mercy) ${gap(3)}(?:if|when|by|once) (?:(?:i|im|i m|id) ${F}${GONE_TAIL}|(?:dying|disappearing|killing myself|ending it|ending my life|not being here|not being around|leaving forever|vanishing))`,
  ),
  rule(
    `\\bif (?:i|im|i m|id|i d) ${F}${GONE_TAIL} ${gap(5)}(?:beter|betta|happier|easier|simpler|lighter|calmer|relieved|celebrate|move on|be free|be fine|be okay|be ok|be glad|be happy|not even notice|barely notice|forget me)\\b`,
  ),
  rule(`\\b(?:said|say|saying|made|make|making) (?:my|all my|our) (?:last |final |)goodbyes\\b`, {
    notAfter:
      " (?:to (?:the|my|our|his|her) (?:house|flat|city|team|colleagues|class|school|old|dog|cat|grandma|grandad|gran|grandpa|nan)|at (?:the|a) (?:airport|station|party|funeral|hospital|vets|vet)|before (?:the|my|we|our) (?:move|flight|trip|holiday)|and (?:left|drove|flew|got on))\\b",
  }),
  rule(
    `\\b(?:letters?|notes?|messages?|cards?|videos?) (?:to|for) (?:everyone|each of|all of|every one of|my (?:family|kids|children|parents|friends|wife|husband|partner|mum|mom|dad|sister|brother)|the people) ${gap(4)}(?:to be (?:opened|read|found|watched) (?:after|when|once)|for after|in case|for when (?:im|i m|i am) gone|explaining why|saying goodbye|saying sorry for (?:everything|what)|so they (?:understand|know) why)`,
  ),
  rule(
    "\\bto be (?:opened|read|found|watched) (?:after (?:im|i m|i am) gone|after i die|when (?:im|i m|i am) gone|once (?:im|i m|i am) gone|after (?:my death|my funeral)|after(?= ?(?:\\.|$)))",
  ),
];

/** Hopelessness: can't go on, no way out, no point, nothing to live for. */
const hopelessness: Rule[] = [
  rule(
    `\\b(?:cant|can not|canot|cnt|cant even|couldnt|could not|unable to|not able to|no longer able to|dont know how to|dont know if i can|dont know if i can even|dont think i can|dont think i could|not sure (?:if |that |how |)i can|no idea how to|how (?:can|do|am|could|will|would) i (?:supposed to |ever |possibly |even |)|dont want to|dont wana|dont wanna|not want to|no reason to|no point (?:in|to)|no strength to|no energy to|no will to|lost the will to|losing the will to|dont have the (?:strength|energy|will) to|cant bring myself to|too tired to|too exhausted to|dont see how i can|dont see the point in|dont see any point in|why should i|why would i|why do i|how (?:much |)(?:longer|long|more) (?:i|im) (?:can|could|will be able to|m able to|am able to)|(?:theres |there is |)no way (?:i|im) (?:can|could|will be able to|m able to|am able to|will)|not strong enough to|too weak to|dont have it in me to|have nothing left to|nothing left in me to|no strength left to|too broken to|how (?:much |)(?:longer|long|more) (?:can|could|will|should|am) i (?:be able to |be expected to |)) ${F}(?:go on|goon|going on|keep going|keep on going|keep on|carry on|carrying on|cary on|go on living|going on living|keep living|continue living|continue on|keep fighting|hold on|keep holding on)\\b`,
    { notAfter: GO_ON_IDIOM },
  ),
  rule(
    `\\b(?:cant|can not|canot|cnt|couldnt|could not|unable to|not able to|dont know how (?:much longer|long) i can|dont know if i can|dont think i can|not sure (?:if |that |how (?:much )?(?:longer )?|)i can|how (?:much|long) (?:longer|more) (?:can|do|will|could) i) ${F}(?:do|take|handle|bear|stand|cope|cope with|deal with|face|manage|endure|survive|tolerate|live with|live|exist|fight|keep fighting|keep doing|hold on|hang on|be|go through|do life|keep trying|keep living|carry on|go on|keep going) ${F}(?:this|it|life|living|any of (?:this|it)|everything|the pain|this pain|existing|being alive|being me|myself|much more|the way i feel|feeling like this|these feelings|this feeling|the thoughts|these thoughts|my life|this life|like this|this way|here|alive|on|going|) ?${F}(?:anymore|any more|any longer|no more|much longer|for much longer|for long|another day|one more day|another night|one more night|another minute|another second)\\b`,
    {
      notAfter:
        " (?:of (?:the|these|those|work|school|meetings|traffic|rain|noise)|at (?:work|school|this|that|the)|in (?:this|that|the) (?:job|house|flat|office|city|class|heat|weather|team)|with (?:him|her|them|this|that|my (?:boss|flatmate|roommate|job))|without (?:coffee|a|my)|on (?:this|that|the) (?:diet|team|project))\\b",
    },
  ),
  rule(`\\bi ${F}(?:cant|can not|canot|cnt) ${F}(?:anymore|any more|any longer)\\b`),
  rule(
    `\\b(?:(?:theres |there is |)no way (?:i|im) (?:can|could|will)|i dont see how i can|i dont know how i can) ${F}(?:keep |go on |)(?:living|live|existing|exist|going|surviving|survive|doing this|carrying on|go on)\\b`,
    { notAfter: GO_ON_IDIOM },
  ),
  rule(
    `\\b(?:cant|can not|canot|cnt|couldnt|could not|dont want to|dont wana|dont wanna) ${F}(?:keep |)(?:live|living|exist|existing|be alive|go on|keep going|survive|surviving) (?:like this|this way|with this|in this pain|with this pain|with these thoughts|with myself|in this body)\\b`,
    {
      notAfter:
        " (?:for (?:a|the|another) (?:week|day|month|bit)|until|at|in (?:this|that) (?:flat|house|city|town|job)|if|unless|knowing|after what)\\b",
    },
  ),
  rule(
    `\\b(?:cant|can not|canot|cnt|couldnt|could not|dont think i can|dont know if i can|not sure i can|how (?:can|do|will) i) ${F}(?:face|survive|get through|do|bear) (?:another|one more|tomorrow|the next) ${F}(?:day|night|morning|week|year)\\b`,
    {
      notAfter:
        " (?:of|at|in|with|without|like (?:that|this) (?:at|in)|on|alone with|stuck in|in the office)\\b",
    },
  ),
  rule(
    `\\bhow (?:much |)(?:longer|more) (?:can|do|will|could|should|am) i ${F}(?:(?:supposed|expected|meant) to |able to |)(?:go on|keep going|do this|take this|take it|cope|survive|live like this|hold on|hang on|keep fighting|carry on|bear this|bear it|stand this|stand it)\\b`,
    { notAfter: GO_ON_IDIOM },
  ),
  rule(
    `\\b(?:dont think|do not think|not sure|no idea if|dont know if|dont know whether|doubt|wont|will not|might not|may not|cant|cannot|not going to|not gonna) ${F}(?:ill |i will |i can |im going to |ill be able to |i could |id |to |i |)${F}(?:make it through|survive|get through|last) ${F}(?:the night|tonight|another night|this night|till morning|until morning|til morning|to the morning|to morning|much longer|another day|another week|the week alive|the weekend alive|this time)\\b`,
    {
      notAfter:
        " (?:without|at|in|with (?:this|that|the|my|no) (?:job|boss|traffic|noise|heat|workload))\\b",
    },
  ),
  rule(
    `\\b(?:no|not (?:a|any|one)|never (?:a|any)|without (?:a|any)|dont see (?:a|any)|cant (?:see|find|think of) (?:a|any)|canot (?:see|find) (?:a|any)|see no|theres no|there is no|is no|isnt (?:a|any)|is there (?:a|any|even a)|only|last|final|one) (?:other |possible |real |easy |good |)way out\\b`,
    {
      notBefore:
        "(?:traffic|car park|carpark|parking|jam|queue|maze|gridlock|motorway|highway|road|roads|lane|tunnel|building|stadium|concert|escape room|lift|elevator|crowd|festival|cave|woods|forest|labyrinth|airport|station|mall|venue)\\b[^.]*",
      notAfter:
        " (?:of (?:the|this|that|a|my|our|their|your|here|there) ?(?:traffic|car park|carpark|parking|building|maze|room|garage|mall|lease|contract|deal|meeting|queue|jam|stadium|station|tunnel|concert|venue|festival|labyrinth|escape room|level|game|dungeon|cave|forest|woods|city|airport|crowd|arena|subscription|plan|house|flat|office|school|hospital|car|class|course|cinema|theatre|theater|lift|elevator|exam|wedding|party|tournament|round|loop|cul de sac|estate|field|valley|hotel|museum|shop|store|supermarket|ikea|zoo|park|market|village|town|phone contract|mortgage|loan|agreement|commitment|group chat|conversation|call|argument|situation at work|job|rut|puzzle|book|story|film|movie|season|series|roundabout|junction|one way system|road|street|lane|bureaucracy|paperwork|app|system|menu|website|subscription)|of (?:here|there) (?:until|till|except|but)|is (?:through|via|past|by|down|up|across|over|the (?:door|exit|back|front|stairs|window|gate|tunnel|bridge|road|lift|elevator|fire escape))|through (?:the|a)|via|past the|by the|down the|up the|on foot|for (?:cars|traffic|vehicles|pedestrians)|except through|but through|but the|until (?:the|we|they|it)|in (?:the|this) (?:game|level|maze|book|film|movie|story|episode)|to (?:the|a) (?:car park|road|street|exit))\\b",
    },
  ),
  rule(
    `\\bno escape (?:from )?(?:this (?:pain|life|feeling|hell|misery|darkness)|my (?:life|head|mind|thoughts|pain|own head|brain)|myself|it all|the pain|life|the darkness|these thoughts)\\b`,
  ),
  rule(
    `\\b(?:whats|what is|wats|wuts|whts|what|wat s|whats even|what even is) ${F}(?:the|even the|even|) ?${F}point (?:of|in|to) ${F}(?:living|life|being alive|existing|being here|going on|carrying on|it all|any of (?:it|this)|anything|my life|my existence|waking up|staying alive|trying anymore|trying any more|continuing|life anymore|getting up anymore|me being here|me being alive|keep(?:ing)? going|even trying anymore|even being here|breathing|this life|existence|me even being here|me existing|being me|trying to stay alive|fighting anymore|anything anymore)\\b`,
    {
      notAfter:
        " (?:to (?:the|a|an|my|that|this|class|work|school|gym|therapy|uni)|about|back|and on|at (?:the|this|that|work)|if (?:you|we|they|it)|in (?:the|this|that) (?:meeting|class|job|city)|on (?:the|a|this|that))\\b",
    },
  ),
  rule(
    `\\b(?:whats|what is|wats|whts|whats even|what even is) ${F}(?:the|even the) ${F}point ${F}(?:anymore|any more|any longer|of it all)\\b`,
  ),
  rule(
    `\\b(?:no|not any|dont see the|dont see any|cant see the|cant see any|see no|lost (?:all|any|the) |theres no|there is no|is no|isnt any|without any) ${F}point (?:in |of |to |)${F}(?:living|life|being alive|existing|being here|going on|carrying on|it all|any of (?:it|this)|anything anymore|anything any more|me being here|my life|my existence|waking up|staying alive|trying anymore|continuing|life anymore|anymore|any more|any longer|keep(?:ing)? going|breathing|me being alive|this life|existence|anything|me existing|trying to stay alive|fighting anymore)\\b`,
    {
      notAfter:
        " (?:to (?:the|a|an|my|that|this|class|work|school|gym|therapy|uni)|about|back|and on|at (?:the|this|that|work)|if (?:you|we|they|it)|in (?:the|this|that) (?:meeting|class|job|city)|on (?:the|a|this|that)|fancy|special|new|else)\\b",
    },
  ),
  rule(
    `\\bwhy ${F}(?:do|should|would|bother|even|am|was|is it|do i even|should i even|would i even|am i even|do i keep|should i keep|keep) ${F}(?:i |me |)${F}(?:bother |even |still |keep |)${F}(?:living|to live|live|exist|existing|staying alive|stay alive|keep going|keep living|carry on|carrying on|going on|go on|waking up|wake up|try to live|trying to live|being alive|be alive|still alive|alive|still here|here anymore|breathing|keep trying|fighting to live|fight to stay alive)\\b`,
    {
      notAfter:
        " (?:at|in|on|so early|so late|this (?:early|late)|again|with|when|instead|doing|to|back|up|out|through|there|about|like (?:this|that) (?:in|at))\\b",
    },
  ),
  rule(
    `\\b(?:life|lifes|lifes just|living|my life|this life|existence|it all|any of it|being alive|staying alive|being here|going on|carrying on) ${F}(?:isnt|is not|aint|s not|not|no longer|never|wont be|will never be|is never|doesnt feel|does not feel|hasnt been|dont feel|doesnt seem|does not seem|just isnt|is just not|really isnt|is no longer|isnt even) ${F}worth (?:it|living|anything|the (?:effort|pain|struggle|fight|trouble|hassle|bother)|fighting for|much|continuing|going on|all this|this|the suffering|staying for|sticking around for)\\b`,
  ),
  rule(
    `\\b(?:not|no longer|isnt|aint|never|nothing|isnt really) ${F}worth (?:living|being alive|staying alive|existing|sticking around|living for|staying alive for)\\b`,
    { negatable: false },
  ),
  rule(
    `\\bmy (?:life|existence) (?:is|s|feels|seems|has been) ${F}(?:over|worthless|not worth living|not worth it|a waste of (?:space|air|oxygen)|done)\\b`,
    {
      notAfter:
        " (?:as i know it|if|unless|lol|lmao|haha|because (?:my|the|mum|mom|dad|they|i|he|she)|for (?:the|this)|without|now that (?:my|the)|cause (?:my|the))\\b",
    },
  ),
  rule(
    `\\b(?:im|i m|i am|feel like|feel like im|just) ${F}a waste of (?:space|air|oxygen|life|skin)\\b`,
  ),
  rule(
    `\\b(?:stop|quit) (?:taking up space|wasting (?:oxygen|air|space|everyones time by existing))\\b`,
  ),
  rule(
    `\\b(?:life|living|existing|being alive|my life|being me|everything|every day) (?:is|s|feels|has become|became|has been) ${F}(?:unbearable|too much to bear|impossible to bear|unlivable|hell on earth|pure hell|torture|a living hell|not survivable)\\b`,
  ),
  rule(
    `\\b(?:i|just|i just|honestly i) ${F}want out(?= ?(?:\\.|$| (?:of here for good|now|already|so bad|so badly)\\b))`,
  ),
  rule(
    `\\b(?:nothing|no one|nobody|noone|not much|nothing left|noone left|nobody left|no one left|nothing more|little|none|no reason|no purpose|nothing good|nothing worth) ${F}(?:left |)(?:to|2) ${F}(?:live|stay alive|keep living|keep going|go on|be here|exist|fight|be alive|hold on) for\\b`,
  ),
  rule(
    `\\b(?:no|not (?:a|any|one|a single)|without (?:a|any)|dont have (?:a|any)|dont have any|cant (?:find|see|think of) (?:a|any|one)|canot (?:find|see|think of) (?:a|any|one)|lost (?:my|all|the|any) ${F}|losing (?:my|all|the) |whats my|what is my|whats the|what is the|give me (?:a|one)|need (?:a|one)|struggling to (?:find|see) (?:a|any)|hard to find (?:a|any)|running out of|ran out of|out of|dont see (?:a|any|the|one)|do not see (?:a|any|one)|cant see (?:a|any|the)|see no|dont know (?:my|the|what my|what the|of a|of any)|theres no|there is no|there isnt (?:a|any)|isnt (?:a|any)) ${F}reasons? (?:to|2|for|why i should|left to|for me to|for me 2|i should|to even|for me to even|why i should even) ${F}(?:live|living|stay alive|staying alive|keep going|keep living|go on|going on|be alive|being alive|exist|existing|be here|being here|carry on|hold on)\\b`,
    { notAfter: GO_ON_IDIOM },
  ),
  rule(
    "\\b(?:theres |there is |)(?:nothing|no one|nobody|noone) (?:left )?(?:here )?for me (?:here|in this world|on this earth|in this life|anymore|any more|now)(?= ?(?:\\.|$| anymore| any more| now))",
    { notAfter: " in (?:this|the) (?:town|city|job|company|country|shop|place)\\b" },
  ),
  rule(
    `\\b(?:give|giving|gave|given|gives) up on (?:life|living|being alive|staying alive|existing|everything and everyone|this life|my life|the world|myself and life|myself completely)\\b`,
    { notAfter: " (?:goals|admin|insurance|hacks|plans|coach|coaching|lessons|dreams of)\\b" },
  ),
  rule(
    `\\b(?:lost|losing|lose|no) ${F}(?:all |my |the |any |)(?:will|wil|desire|reason|want|motivation|fight) to (?:live|stay alive|keep living|go on|keep going|survive|exist)\\b`,
    { notAfter: GO_ON_IDIOM },
  ),
  rule(
    `\\b(?:tired|sick|exhausted) of (?:trying|fighting|struggling|having) to (?:stay alive|keep going|live|survive|keep living|exist)\\b`,
  ),
  rule(
    `\\b(?:only|best|last|final|one|real|easiest|sole) (?:way out|option|choice|solution|answer|escape|relief|way|thing left|thing i can do|way to stop (?:the|this) pain|way to make it stop|exit) (?:left |for me |i have |ive got |i see |i can see |)(?:is|would be|seems|seems to be|might be|s|feels like|left is) ${F}(?:to |)${F}(?:death|dying|die|suicide|killing myself|kill myself|ending it|end it|ending my life|end my life|to end|disappear|disappearing|not existing|not being here|sleep forever|overdose|overdosing|not wake up|not waking up|jump|jumping|be dead|being dead|go away forever|end everything|ending everything|the pills|a bottle of pills)\\b`,
  ),
  rule(
    `\\b(?:only|just|one) ${gap(5)}(?:is|would be|will be|lies in|comes from|in|through) ${F}(?:death|dying|suicide|being dead|not existing|the grave|killing myself|ending it|ending my life|not being here|never waking up|not waking up)\\b`,
    {
      notAfter:
        " (?:metal|cab|star|stare|row|toll|rate|penalty|match|grip|trap|scene|by|note|valley|march|eater|knight|stranding|of (?:a|the|my|his|her))\\b",
    },
  ),
  rule("\\bpermanent (?:solution|fix|escape|sleep|exit)\\b", {
    notAfter:
      " (?:for|to (?:the|our|my|your|this|that) (?:leak|damp|mould|mold|problem with|roof|gutter|door|issue with|pest|mice|rats|traffic|parking)|is (?:needed|required)|has been found|was found)\\b",
  }),
];

/** Thinking about it, planning it, saying goodbye. */
/** Picturing, dwelling on, or researching it. */
const DWELLING =
  "\\b(?:think|thinks|thinking|thought|thoughts|dream|dreams|dreaming|dreamt|dreamed|fantasi[sz]e|fantasi[sz]es|fantasi[sz]ing|fantasi[sz]ed|obsess|obsessing|obsessed|ruminating|ruminate|imagine|imagines|imagining|imagined|picture|pictures|picturing|pictured|visuali[sz]e|visuali[sz]ing|planning|planned|plan|plans|considering|considered|consider|contemplating|contemplated|contemplate|researching|researched|romanticising|romanticizing|romanticise|romanticize|idea|ideas|urges?|craving|crave|longing|yearning|welcome|welcoming|tempted by|preoccupied with|fixated on|fixating on|cant stop thinking|keep thinking|googling|googled|obsessive thoughts|intrusive thoughts|mind keeps going to|mind goes to|keep coming back to)";

const planning: Rule[] = [
  rule(
    `${DWELLING} ${F}(?:about |of |by |on |for |over |with |to |)(?:the idea of |the thought of |how nice |how easy |how peaceful |)${F}(?:dying|death|being dead|my death|my own death|my funeral|my own funeral|not existing|no longer existing|never waking up|not waking up|suicide|going to sleep forever|sleeping forever|not being alive|no longer being here|everyone being better off)\\b`,
    {
      notAfter: ` (?:metal|cab|star|stare|row|toll|rate|rates|penalty|match|grip|trap|wish|note|valley|march|by|scene|scenes|eater|eaters|knight|stranding|sentence|benefit|certificate|duty|squad|of (?:a|the|my|his|her|our|their|socrates|marat|queen|king|princess|stalin|pop|print|the author|an|grandma|grandpa|mum|mom|dad)|in (?:the family|venice|paradise))\\b| (?:my|your|her|his|the|it|them|our) ?(?:hair|roots|fringe|beard|clothes|jeans|shirt|brows|eyebrows|eggs|wool|fabric|yarn|tips|ends|highlights)\\b| hair\\b| (?:easter )?eggs\\b| of (?:laughter|boredom|embarrassment)\\b| (?:[a-z]+ ){0,3}(?:after|since|at|during) (?:[a-z]+ ){0,2}(?:funeral|passed|died|passing)\\b| (?:in|during) (?:class|philosophy|church|general|the abstract|a lecture|biology|history)\\b`,
    },
  ),
  rule(
    `${DWELLING} ${F}(?:about |of |by |on |for |over |with |to |)(?:the idea of |the thought of |how nice |how easy |how peaceful |)${F}(?:not being (?:here|around|alive)|ending (?:it|it all|things|everything|my life|myself)|killing myself|taking my (?:own )?life|hanging myself|overdosing|an overdose|drowning myself|shooting myself|slitting my|cutting (?:myself|my)|hurting myself|harming myself|self harm\\w*|disappearing (?:forever|for good|permanently)|crashing my car|driving (?:my car )?(?:into|off)|stepping in front|throwing myself|walking into (?:the )?(?:sea|ocean|river|lake|traffic)|how (?:to|i would|id|i could|i will|i might) (?:do it|die|end it|kill myself|end my life)|ways to die|ways to end it|the easiest way|taking (?:all )?(?:my|the) (?:pills|tablets|meds)|swallowing (?:all )?(?:my|the) (?:pills|tablets)|jumping|falling(?= ?(?:\\.|$| of| from| down)))\\b`,
    {
      notAfter: JUMPING_IDIOM,
    },
  ),
  rule(
    `\\b(?:ive|i ve|i have|i|already|just|finally|i ve already|ive already|ive just) ${F}(?:written|wrote|finished|drafted|left|typed|prepared) (?:the|my) (?:note|last note)\\b(?= ?(?:\\.|$| (?:for (?:my|everyone|them|when|after|whoever)|to (?:my|everyone|them|whoever)|and|already|just in case|in case|explaining|saying|on my (?:desk|bed|pillow)|where they ll find it|where theyll find it)\\b))`,
  ),
  rule(
    "\\b(?:goodbye|suicide|farewell|final goodbye|last goodbye|good bye) (?:note|notes|letter|letters|messages?|texts?|video|videos|post|emails?|voicemails?)\\b",
    {
      notBefore:
        "(?:leaving|retirement|work|office|colleagues|colleague s|teams|team s|team|end of term|end of year|farewell party|leaving party) ",
      notAfter:
        " (?:to (?:the|my|our) (?:team|colleagues|coworkers|co workers|class|office|students|staff|department|company|school|neighbours|neighbors|clients|customers|members|followers|subscribers)|for (?:my|the|our|a) (?:colleague|boss|teacher|team|leaving|retirement|last day|coworker|manager|card)|on (?:my|her|his|the) (?:last day|leaving|retirement)|card)\\b",
    },
  ),
  rule(
    `\\b(?:looking up|looked up|look up|looking into|looked into|look into|researching|researched|research|googling|googled|google|searching|searched|search|searched up|reading up on|read up on|reading about|read about|watching videos (?:on|about)|asked (?:chatgpt|google|ai|the internet|reddit|an ai|a chatbot)|asking (?:chatgpt|google|ai|the internet|reddit|an ai|a chatbot)) ${gap(3)}(?:ways|way|methods|method|how|the best way|the easiest way|the quickest way|the fastest way|the least painful way|painless ways|the most painless way|what happens|how long it takes|how long) ${F}(?:to|of|when|if|it takes to) ${F}(?:die|dying|end it|end it all|end my life|ending it|ending my life|kill myself|killing myself|kill yourself|killing yourself|kms|hang myself|hanging myself|hang yourself|overdose|overdosing|od|off myself|not wake up|disappear forever|stop living|stop existing|stop breathing|commit|suicide|unalive|slit|bleed out|drown myself|make it painless|make it quick|make it look like an accident|make it look accidental|go peacefully|go quietly|go painlessly|hurt myself|harm myself|self harm|you (?:die|overdose|od|hang)|someone (?:dies|overdoses|ods)|a person dies)\\b`,
  ),
  rule(
    `\\b(?:looking up|looked up|look up|researching|researched|googling|googled|searching|searched|searched up|reading up on|looking into|looked into) ${gap(2)}(?:ways|methods|how) to(?= ?(?:\\.|$))`,
  ),
  rule(
    `\\b(?:painless|easy|easiest|quickest|fastest|quick|peaceful|least painful|most painless|surest|best|effective|reliable|foolproof|quiet|quietest|cleanest|clean) (?:way|ways|method|methods|means) (?:to|of) ${F}(?:die|dying|end it|end my life|kill myself|killing myself|suicide|commit suicide|overdose|not wake up|end things|off myself|unalive|kms|end it all)\\b`,
  ),
  rule("\\bpainless (?:death|suicide|exit|end)\\b"),
  rule(
    "\\b(?:painless|least painful|most painless|easiest|quickest|fastest|peaceful|quietest|best) (?:way|ways|method|methods) (?:to|of) (?:go|exit|check out|leave|going)(?= ?(?:\\.|$))",
  ),
  rule(
    "\\b(?:bought|buy|buying|got|ordered|found|have|hid|hidden|hiding) (?:a |some |the |my |a length of |)(?:rope|noose|razor blades|blades|a razor)(?= ?(?:\\.|$| (?:today|tonight|yesterday|earlier|just in case|for (?:myself|me|later|tonight)|in my (?:room|car|closet|wardrobe|drawer|bag)|under my bed)\\b))",
  ),
  rule(
    `\\b(?:have|got|made|making|make|working on|came up with|come up with|figured out|worked out|decided on|chosen|chose|picked|set|found|thought out|planned out|finali[sz]ed|sorted out) ${F}(?:a |the |my |out a |out the |out my |)${F}(?:plan|method|way|date|time|place|spot|day|night) ${F}(?:to|for|of|on how to|ill|i will|im going to) ${F}(?:die|dying|kill myself|killing myself|end it|ending it|end my life|ending my life|suicide|overdose|od|hang myself|go through with it|take my life|not wake up|end it all|ending it all|unalive|kms)\\b`,
  ),
  // A date chosen with nothing after it to say what for: "I've set a date." Said of a wedding or
  // a move, people name it ("for the move") or say "we"; a person alone with a plan often doesn't.
  rule(
    `\\b(?:ive|i ve|i have|i) ${F}(?:set|picked|chosen|chose|decided on|fixed) (?:a|the|my) (?:date|day)(?= ?(?:\\.|$| and (?:im|i m|i am|i feel|feel) ${F}(?:at peace|ready|calm|relieved|okay|ok|fine)\\b))`,
  ),
  // Putting one's affairs in order: a warning sign named in crisis training, rarely said of paperwork.
  rule(
    `\\b(?:put|putting|puts|get|getting|got|gotten|sort|sorting|sorted|set|setting) ${F}(?:my|all my|my own) (?:affairs|afairs) (?:in|into) order\\b`,
    {
      notAfter:
        " (?:for (?:the|my|a|our|when i (?:move|retire|emigrate|travel))|before (?:the|my|our|i|we) (?:move|moving|trip|holiday|surgery|operation|deadline|exams?|audit|tax|baby|wedding|retire|retirement|emigrate)|so (?:i|we) can (?:move|travel|retire|apply))\\b",
    },
  ),
  rule(
    `\\b(?:this is|this will be|this is probably|this might be|today is|tonight is|this week is) ${F}my (?:last|final) (?:day|night|week|weekend|month|christmas|birthday|summer|year) (?:alive|on earth|in this world|of my life|breathing)\\b`,
  ),
  rule(
    `\\b(?:wrote|written|writing|write|left|leaving|leave) ${F}(?:letters|notes|a letter|a note|messages|cards) (?:to|for) (?:everyone|everybody|all the people|the people|each of the people|those|the ones) (?:i love|i care about|i ll miss|ill miss|i will miss)\\b`,
    {
      notAfter:
        " (?:for|at|this|on) (?:christmas|xmas|birthdays?|their birthdays?|the holidays|holidays|new year|valentines?|thanksgiving|easter|diwali|eid|hanukkah|the wedding|mothers day|fathers day)\\b",
    },
  ),
  rule(`\\b(?:after|when|once) (?:im|i m|i am) ${F}gone${GONE_TRAVEL}`, {
    notAfter: " (?:for|on|to|away|out|home|shopping|camping|abroad|travelling|traveling)\\b",
  }),
  rule(
    `\\b(?:know|decided|chosen|chose|picked|set|worked out|figured out|planned) (?:when|where) (?:im|i m|i am|ill|i will|id|i would|im going to|i m going to|im gonna|i want to|to|i|i plan to|i m gonna) ${F}(?:going to |gonna |gona |)(?:do it|end it|die|kill myself|end my life|go through with it)\\b`,
  ),
  rule(
    `\\b(?:know|decided|chosen|chose|picked|worked out|figured out|planned) (?:how|exactly how) (?:im|i m|i am|ill|i will|id|i would|im going to|im gonna|i want to|to|i|i plan to) ${F}(?:going to |gonna |gona |)(?:end it|die|kill myself|end my life|go through with it|do it when)\\b`,
  ),
  rule(
    `\\b(?:in case|just in case|for when|for after|before) (?:i|im|i m|i am) ${F}(?:do it|go through with it|dont make it through|am gone for good|m gone for good|end it|end my life|kill myself|finally do it|die)\\b`,
    { notAfter: " (?:for|in|at|on the|tomorrow at)\\b" },
  ),
  rule(
    `\\b(?:this is|consider this|this will be|thisl be|this would be|here is|heres|this is probably|this might be) ${F}(?:my|the) (?:final|last) (?:goodbye|message|post|entry|note|words|letter|check in|checkin|journal entry|log|ever|time you hear from me)\\b`,
    {
      notAfter:
        " (?:for (?:today|tonight|the (?:day|week|night|month|year|weekend)|a (?:while|bit|few|couple|week|month)|now|this (?:week|month|year)|before)|before (?:bed|i sleep|work|my|the|our|i go|i leave|the holiday|we|christmas|xmas|break)|of the (?:day|week|year|month|night|evening)|on this (?:topic|subject|app|account|thread)|about|in (?:this|the) (?:series|thread|diary)|until|till|i promise|on (?:this|the) (?:subject|topic))\\b",
    },
  ),
  rule("\\bgoodbye (?:cruel )?world\\b|\\bgood bye (?:cruel )?world\\b"),
  rule(
    "\\b(?:goodbye|good bye|bye|farewell) (?:everyone|all|everybody|all of you|guys|friends|world|my loves)(?:[ .]+[a-z0-9]+){0,12}?[ .]+(?:im sorry|i m sorry|i am sorry|sorry for everything|forgive me|dont blame yourselves|dont blame yourself|its not your fault|it s not your fault|this isnt your fault|take care of (?:my|mum|mom|dad|the kids|each other))\\b",
  ),
  rule(
    `\\b(?:written|wrote|writing|made|updated|sorted|finished|done) (?:my|a) will (?:and|then|plus) ${gap(3)}(?:letters?|notes?|goodbye|goodbyes|messages?)\\b`,
  ),
  rule(
    `\\b(?:say|saying|said|says|to say|wanted to say) ${F}(?:goodbye|good bye|bye|my goodbyes|goodbyes) ${F}(?:to (?:the world|this world|life|everyone forever|everyone for good|everything forever|all of you forever)|forever|for good|for ever|before i (?:die|end it|go for good|kill myself|do it))\\b`,
    {
      notAfter:
        " to (?:the|that|this|my) (?:job|house|flat|city|town|team|office|car|bike|band|old)\\b",
    },
  ),
  rule(
    "\\bby the time (?:you|anyone|someone|somebody|they|people|my (?:family|mum|mom|dad|friends|parents|partner)) (?:read|reads|find|finds|see|sees|get|gets|hear|hears|open|opens|notice|notices) (?:this|these|my note|it)\\b",
    {
      notAfter:
        " (?:ill be (?:on|in|at|boarding|flying|somewhere|home|back|asleep)|well be|im (?:on|in|at|home|back|asleep)|i ll be (?:on|in|at|home|back))\\b",
    },
  ),
  rule(
    `\\b(?:wont|will not|probably wont|might not|may not) be (?:here|around|alive) ${F}(?:much longer|for much longer|for long|long|anymore|any more|by (?:tomorrow|morning|the morning|then|the weekend|christmas|next week|the time)|to see (?:tomorrow|another|christmas|my birthday|next)|after (?:tonight|today|this week|this weekend)|next (?:week|month|year) to|to bother (?:you|anyone|them))\\b`,
    {
      notAfter:
        " (?:at|in (?:this|the) (?:job|company|team|office|role|city|town|flat|house|country)|on (?:this|the) (?:team|project)|because (?:im|i m|i am) (?:moving|leaving|going)|as (?:im|i m) (?:moving|leaving)|im (?:moving|leaving)|so (?:call|text|email))\\b",
      negatable: false,
    },
  ),
  rule(
    "\\b(?:youll|you will|you ll|no one will|nobody will|theyll|they will|they ll|you wont|youll never) never (?:see|hear from|hear) (?:me|from me) again\\b|\\b(?:last|final) (?:time|night|day|words|message) (?:you ll|youll|you will|anyone will|anyone ll|anyone) (?:ever )?(?:see|hear from|hear) (?:me|from me)\\b",
  ),
  rule(
    `\\b(?:last|final) (?:night|day|week|birthday|christmas|sunset|morning|weekend) ${F}(?:alive|on earth|on this earth|in this world|of my life|ever|breathing)\\b`,
  ),
  rule(
    "\\b(?:after|when|once|by the time) (?:im|i m|i am) (?:dead|gone for good|no longer (?:here|around|alive)|six feet under|in the ground)\\b",
  ),
  rule("\\b(?:after|once) (?:im|i m|i am) gone\\b", {
    notAfter:
      " (?:to|on|for (?:a|the|work|two|three|the weekend)|from (?:the|this|work)|away|abroad|home)\\b",
  }),
  rule(
    `\\b(?:sorry|forgive me|apologi[sz]e|please forgive me) ${F}(?:for |)(?:what im (?:about|going) to do|what i m (?:about|going) to do|what i am (?:about|going) to do|what i (?:will|ll) do|what s about to happen|whats about to happen|what im planning|leaving you (?:like this|all|this way)|doing this to you|not being (?:strong|stronger) enough|leaving this way|having to find me|finding me like this|leaving like this|taking the easy way out|the mess i ll leave|the mess ill leave)\\b`,
    {
      notAfter:
        " (?:to (?:this|that|your|the) (?:song|cake|pizza|car|room|kitchen|playlist)|with (?:this|that|the) (?:song|cake|karaoke)|on (?:the|this) (?:dance ?floor|karaoke))\\b",
    },
  ),
  rule(
    `\\b(?:scared|afraid|worried|terrified|frightened|fear|worry) ${F}(?:that |)(?:i|ill|im|i m) ${F}(?:ll|will|might|may|could|would|d|am going to|m going to|m gonna|gonna|going to|) ?${F}(?:actually |finally |really |)(?:go through with it|do it (?:this time|tonight|soon)|act on (?:it|them|these thoughts|my thoughts|the thoughts|the urges|these urges|my urges|those thoughts|those urges)|hurt myself|kill myself|end it|not stop myself|not be able to stop myself|do something to myself|harm myself|do something stupid tonight|not be here tomorrow)\\b`,
  ),
  rule(
    `\\b(?:going to|gonna|gona|will|ll|ready to|finally going to|finally gonna) ${F}(?:do it|go through with it) (?:this time|for real this time|for real)(?= ?(?:\\.|$))|\\b(?:going to|gonna|gona|will|ll|ready to|finally) ${F}go through with it\\b`,
  ),
  rule(
    `\\b(?:know|figured out|worked out|planned|decided|chose|chosen) (?:exactly |already |)(?:how|where|when) (?:i would|id|i d|i will|ill|i could|im going to|im gonna|i m going to|i am going to) do it(?= ?(?:\\.|$| (?:tonight|this time|and|if i had to|if i have to)\\b))`,
  ),
  rule(
    `\\b(?:giving|gave|give|given|started giving) away (?:all |most |some |)(?:of |)my (?:stuff|things|belongings|possessions|favourite things|favorite things|pets?|cat|dog|guitar|books|plants)(?= ?(?:\\.|$| (?:to (?:friends|people|my (?:friends|sister|brother|family|mum|mom|dad))|because|since|so|before|away)\\b))`,
  ),
  rule(
    `\\bact(?:ing|ed|) on (?:these|my|the|those|them|such|this|that|any) ${F}(?:suicidal |dark |intrusive |)(?:thoughts|urges|impulses|feelings of (?:dying|death|suicide))\\b`,
  ),
  rule(
    "\\b(?:dark|scary|suicidal|bad) thoughts (?:are |)(?:back|again|came back|have come back|coming back|wont stop|about (?:dying|death|ending|not being|hurting|killing|suicide|jumping|overdosing|not existing))\\b",
    { notAfter: " (?:about (?:work|my job|the (?:exam|test|future))|at work)\\b" },
  ),
  rule(
    "\\bthe (?:urges?|thoughts?|voices?) (?:are |is |)(?:back|so strong|really strong|getting (?:worse|stronger|louder|bad)|too strong|winning|to (?:cut|hurt|harm|die|end|kill|jump|burn|overdose|od))\\b",
  ),
  rule(
    `\\b(?:wish i had|if only i had|if i had|dont have|do not have|lack|lacking|never had|finally have|finally found|finally got|working up|build up|building up|have the) ${F}(?:the |)(?:courage|guts|nerve|balls|strength|bravery) to (?:do it|end it|go through with it|jump|pull the trigger|kill myself|end my life|take the pills|finally end it|die|end it all)\\b`,
    {
      notAfter:
        " (?:and (?:ask|tell|quit|leave|apply|say|go|talk|call|text|sign|book)|properly|right)\\b",
    },
  ),
  rule(
    `\\b(?:tried|try|trying|attempted|attempt|attempts|attempting|survived|after|since|before) (?:to |my |a |another |the |)(?:last |first |second |third |previous |most recent |)(?:suicide|kill myself|end my life|end it|take my life|hang myself|overdose|od|end it all)\\b`,
  ),
  rule(
    "\\b(?:survived|after|since|before|during|following) my (?:last |first |second |third |previous |most recent |recent |)attempt\\b",
    { notAfter: " (?:at|to|on|in)\\b" },
  ),
  rule(
    "\\b(?:called|call|calling|texted|text|texting|rang|ring|phoned|phone|messaged|message|contacted|contact) (?:the |a |)(?:crisis|suicide) (?:line|hotline|helpline|text line|team|lines)\\b|\\b(?:called|texted|rang|phoned|calling|texting) (?:988|samaritans|the samaritans|lifeline|116 123)\\b",
  ),
  rule(
    `\\b(?:won t|wont|will not|dont|do not) need (?:it|them|any of (?:it|this|these|them)|my (?:things|stuff|clothes|savings)|these|this stuff) ${F}(?:where im going|where i m going|after (?:tonight|today|this week)|when im gone|once im gone|anymore after)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:giving|gave|give) away ${gap(1)}(?:my|all my|all of my) (?:things|stuff|belongings|possessions|pets?|cat|dog) ${gap(3)}(?:before i|since i wont|because i wont|so no one has to|so nobody has to|after im gone|when im gone|where im going)\\b`,
  ),
  rule(
    `\\b(?:end|ending|ended|ends) ${F}(?:it all|everything|all of it|all of this|this life|my existence|my suffering|my misery|it for good|it once and for all|it permanently|it forever|things for good|things forever|things permanently)\\b`,
    {
      notAfter: `${HIGH_NOTE}| (?:with|between) (?:him|her|them|my|the|this|that|us|you|a|an)\\b| (?:at|on|in) (?:the|a|this|that) (?:party|meeting|bar|pub|club|match|game)\\b`,
    },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|need|needs|needed|wish|wished|wishing|ready|planning|plan|plans|planned|decided|deciding|going|gona|gonna|finna|tryna|trying|try|tried|tempted|urge|urges|about|intend|intending|almost|nearly|close to|thinking|think|thought|thoughts|considering|considered|consider|contemplating|contemplated|dream|dreaming|dreamt|fantasi[sz]ing|fantasi[sz]e|imagine|imagining|imagined|could|should|might|will|wil|il|would|id|i d|just|finally|courage|guts|nerve|strength|ways|way|how|attempted|attempt|keep|kept|feel like|felt like|feels like|cant stop|easier to|tempting to|better to|best to|time to|going to|can|until i|till i|until i can|when i can|so i can|before i) ${F}(?:to |of |about |on |like |)${F}(?:end|ending|ended) (?:it|things|everything|my suffering|myself)\\b`,
    {
      notAfter:
        " (?:with|between|there|early|here (?:for|and|today)|on (?:a|good|that|this|the)|now (?:and|before)|before (?:it|things|he|she|they)|for (?:today|tonight|the (?:day|night|week|season))|at (?:that|this|the|\\d)|off|up|tonight with|by (?:saying|telling|texting|calling|breaking)|properly|amicably|politely|nicely|over text|over the phone|in person|soon with|in a (?:nice|kind|good) way|on (?:good|bad) terms)\\b",
      notBefore:
        "(?:we|us|they|he|she|you|lets|let us|the (?:band|show|series|meeting|game|season|film|book)) (?:\\w+ ){0,2}",
    },
  ),
];

const RULES: readonly Rule[] = [
  ...directIntent,
  ...passiveWish,
  ...methods,
  ...burden,
  ...hopelessness,
  ...planning,
];

/**
 * "I'm not suicidal", "I would never kill myself", "I don't want to die": a denial just before
 * the words. The words allowed between the denial and the match are only those that keep it a
 * denial ("I don't really want to die"); anything else ("I don't know why I want to die") leaves
 * the match standing.
 */
const NEGATION = new RegExp(
  squeezeSource(
    "(?:^|[ .])(?:not|never|dont|didnt|doesnt|isnt|arent|wasnt|werent|wont|wouldnt|shouldnt|havent|hasnt|hadnt|aint|no longer)(?: (?:really|actually|even|ever|currently|seriously|honestly|truly|gonna|gona|going|to|want|wanna|wana|wanted|wanting|plan|planning|intend|try|trying|tried|need|have|had|be|been|being|feel|felt|feeling|like|think|thought|thinking|i|im|am|was|were|about|of|considering|considered|consider|do|doing|at all|in any way))* $",
  ),
);

/** "I can not stop thinking about dying": "can not" is not a denial. */
const CAN_NOT = new RegExp(squeezeSource("(?:^|[ .])(?:can|could) not(?: [a-z]+){0,6} $"));

const BEFORE_WINDOW = 72;
const AFTER_WINDOW = 96;

function isGuarded(rule: Rule, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - BEFORE_WINDOW), start);
  if (rule.negatable && NEGATION.test(before) && !CAN_NOT.test(before)) return true;
  if (rule.notBefore?.test(before)) return true;
  if (rule.requireBefore && !rule.requireBefore.test(before)) return true;
  if (rule.notAfter?.test(text.slice(end, end + AFTER_WINDOW))) return true;
  return false;
}

function findMatches(text: string, firstOnly: boolean): TextSpan[] {
  const found: TextSpan[] = [];
  markWordStarts(text);
  for (const current of RULES) {
    if (!gateOpen(current.gate)) continue;
    if (current.starts !== undefined) {
      for (const code of current.starts) {
        if (marks[code] !== generation) continue;
        const chain = code % ALPHABET === 0 ? nextByTwo : nextByThree;
        for (let at = lastStart[code] ?? -1; at !== -1; at = chain[at] ?? -1) {
          current.sticky.lastIndex = at;
          const match = current.sticky.exec(text);
          if (match === null) continue;
          const end = at + match[0].length;
          if (end > at && !isGuarded(current, text, at, end)) {
            found.push(trim(text, at, end));
            if (firstOnly) return found;
          }
        }
      }
      continue;
    }
    const re = current.re;
    re.lastIndex = 0;
    for (let match = re.exec(text); match !== null; match = re.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end > start && !isGuarded(current, text, start, end)) {
        found.push(trim(text, start, end));
        if (firstOnly) return found;
        re.lastIndex = end;
      } else {
        // A guarded match may hide a real one that starts a little later.
        re.lastIndex = start + 1;
      }
    }
  }
  return found;
}

function trim(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && (text.charCodeAt(s) === SPACE || text.charCodeAt(s) === PERIOD)) s += 1;
  while (e > s && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === PERIOD)) e -= 1;
  return { start: s, end: e };
}

function mergeSpans(spans: TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextSpan[] = [];
  for (const span of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && span.start <= previous.end) {
      previous.end = Math.max(previous.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

function toOriginal(normalized: NormalizedText, span: TextSpan): TextSpan {
  return {
    start: normalized.starts[span.start] ?? 0,
    end: normalized.ends[span.end - 1] ?? 0,
  };
}
