/**
 * Gating: which rules could possibly match a text, known before running any of them.
 *
 * Running two hundred regular expressions over a 2,000-character note costs about a
 * millisecond, and almost none of them can match a given note. That is cheap to know. Each
 * rule's source is read once, at start, for the words every match must contain, kept as the
 * first three characters of each word ("die", "dea", "wak"; a short word is padded with spaces:
 * "me "). Per call, the first three characters of each word of the text are marked in a table;
 * a rule runs only when every one of its requirements is marked. The reading is conservative
 * (what it does not follow adds no requirement), so a gate can let a rule run for nothing but
 * can never stop one that would match.
 */
import { PERIOD, SPACE } from "./normalize.js";

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
export function requiredWordStarts(source: string): number[][] {
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
export function firstWordStarts(source: string): number[] | undefined {
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

export function markWordStarts(text: string): void {
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

export function gateOpen(gate: readonly (readonly number[])[]): boolean {
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

/**
 * The last word start of the marked text that begins with `code` (a three- or two-character
 * word start), or -1; `previousWordStart` walks back to the earlier ones. A plain loop, not a
 * callback, because this runs for every rule on every call.
 */
export function lastWordStart(code: number): number {
  return marks[code] === generation ? (lastStart[code] ?? -1) : -1;
}

export function previousWordStart(code: number, at: number): number {
  const chain = code % ALPHABET === 0 ? nextByTwo : nextByThree;
  return chain[at] ?? -1;
}
