/**
 * A cheap, sound filter in front of the pattern regexes: from each pattern's source it works out
 * which few letters a match can begin with, so each pattern is tried only at the word starts
 * that begin with those letters instead of at every character of the thought. This is what
 * keeps detection fast.
 */

/** How many leading characters the filter looks at. */
export const PREFIX_LENGTH = 3;

type Item =
  | { readonly kind: "char"; readonly char: string; readonly min: number; readonly max: number }
  | { readonly kind: "space"; readonly min: number; readonly max: number }
  | { readonly kind: "wild"; readonly min: number; readonly max: number }
  | { readonly kind: "assert" }
  | {
      readonly kind: "group";
      readonly alternatives: readonly (readonly Item[])[];
      readonly min: number;
      readonly max: number;
    };

class Parser {
  private position = 0;
  constructor(private readonly source: string) {}

  parse(): Item[][] {
    const alternatives = this.alternatives();
    if (this.position < this.source.length) throw new Error(`unbalanced pattern: ${this.source}`);
    return alternatives;
  }

  private peek(): string {
    return this.source.charAt(this.position);
  }

  private alternatives(): Item[][] {
    const result: Item[][] = [this.sequence()];
    while (this.peek() === "|") {
      this.position++;
      result.push(this.sequence());
    }
    return result;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.position < this.source.length && this.peek() !== "|" && this.peek() !== ")") {
      items.push(this.item());
    }
    return items;
  }

  private quantifier(): { min: number; max: number } {
    const char = this.peek();
    let bounds = { min: 1, max: 1 };
    if (char === "?") bounds = { min: 0, max: 1 };
    else if (char === "*") bounds = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (char === "+") bounds = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (char === "{" && /^\{\d+(,\d*)?\}/.test(this.source.slice(this.position))) {
      const match = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.position));
      const min = Number(match?.[1] ?? 1);
      const max = match?.[2] ? (match[3] ? Number(match[3]) : Number.POSITIVE_INFINITY) : min;
      this.position += match?.[0].length ?? 0;
      if (this.peek() === "?") this.position++;
      return { min, max };
    } else return bounds;
    this.position++;
    if (this.peek() === "?") this.position++;
    return bounds;
  }

  private item(): Item {
    const char = this.peek();
    if (char === "(") {
      const rest = this.source.slice(this.position);
      const lookaround = /^\(\?<?[=!]/.exec(rest);
      const opener = lookaround ? lookaround[0] : rest.startsWith("(?:") ? "(?:" : "(";
      this.position += opener.length;
      const alternatives = this.alternatives();
      if (this.peek() !== ")") throw new Error(`unbalanced pattern: ${this.source}`);
      this.position++;
      if (lookaround) return { kind: "assert" };
      return { kind: "group", alternatives, ...this.quantifier() };
    }
    if (char === "[") {
      const end = this.source.indexOf("]", this.position + 1);
      if (end < 0) throw new Error(`unbalanced class: ${this.source}`);
      this.position = end + 1;
      return { kind: "wild", ...this.quantifier() };
    }
    if (char === "\\") {
      const next = this.source.charAt(this.position + 1);
      if (next === "p" || next === "P") {
        this.position = this.source.indexOf("}", this.position) + 1;
        return { kind: "wild", ...this.quantifier() };
      }
      this.position += 2;
      if (next === "s") return { kind: "space", ...this.quantifier() };
      if (/[a-zA-Z]/.test(next)) return { kind: "wild", ...this.quantifier() };
      return { kind: "char", char: next, ...this.quantifier() };
    }
    this.position++;
    if (char === " ") return { kind: "space", ...this.quantifier() };
    if (char === ".") return { kind: "wild", ...this.quantifier() };
    return { kind: "char", char, ...this.quantifier() };
  }
}

/** Partial prefixes ("ab") and finished ones ("ab" + "$"), or "any" when no filter is possible. */
type State = Set<string> | "any";

const DONE = "$";
const MAX_STATES = 400;

function finish(prefix: string): string {
  return prefix.endsWith(DONE) ? prefix : `${prefix}${DONE}`;
}

function stepOnce(state: Set<string>, item: Item): State {
  const out = new Set<string>();
  for (const prefix of state) {
    if (prefix.endsWith(DONE)) {
      out.add(prefix);
      continue;
    }
    switch (item.kind) {
      case "assert":
        out.add(prefix);
        break;
      case "char": {
        const longer = prefix + item.char;
        out.add(longer.length >= PREFIX_LENGTH ? finish(longer) : longer);
        break;
      }
      case "space":
      case "wild":
        // Either ends the leading run of letters; an empty run means a match could start with
        // anything, so the pattern cannot be filtered.
        if (prefix === "") return "any";
        out.add(finish(prefix));
        break;
      case "group": {
        for (const alternative of item.alternatives) {
          const after = run(new Set([prefix]), alternative);
          if (after === "any") return "any";
          for (const value of after) out.add(value);
        }
        break;
      }
    }
  }
  return out.size > MAX_STATES ? "any" : out;
}

function step(state: Set<string>, item: Item): State {
  if (item.kind === "assert") return state;
  // Repetition only matters for the first few characters, so a few rounds are enough.
  const rounds = Math.min(item.max, PREFIX_LENGTH + 1);
  const result = new Set<string>(item.min === 0 ? state : []);
  let current: Set<string> = state;
  for (let round = 1; round <= rounds; round++) {
    const next = stepOnce(current, item);
    if (next === "any") return "any";
    if (round >= item.min) for (const value of next) result.add(value);
    current = next;
  }
  return result.size > MAX_STATES ? "any" : result;
}

function run(state: Set<string>, items: readonly Item[]): State {
  let current: State = state;
  for (const item of items) {
    if (current === "any") return "any";
    current = step(current, item);
  }
  return current;
}

/**
 * The possible first characters (up to `PREFIX_LENGTH`) of a match of `source`, written in the
 * pattern shorthand (a space is white space), or undefined when any start is possible.
 */
export function leadingPrefixes(source: string): string[] | undefined {
  const alternatives = new Parser(source).parse();
  const result = new Set<string>();
  for (const alternative of alternatives) {
    const state = run(new Set([""]), alternative);
    if (state === "any") return undefined;
    for (const prefix of state) {
      const bare = prefix.endsWith(DONE) ? prefix.slice(0, -1) : prefix;
      if (bare === "") return undefined;
      result.add(bare);
    }
  }
  return [...result].sort();
}

const START = /(?:(?<![\p{L}\p{N}'])|(?='))[\p{L}\p{N}']/gu;

/**
 * Where a pattern match may begin, by the 1 to `PREFIX_LENGTH` characters found there: each
 * prefix maps to its offsets, in increasing order.
 */
export function startPrefixes(prepared: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const match of prepared.matchAll(START)) {
    const start = match.index;
    for (let length = 1; length <= PREFIX_LENGTH && start + length <= prepared.length; length++) {
      const prefix = prepared.slice(start, start + length);
      const offsets = found.get(prefix);
      if (offsets) offsets.push(start);
      else found.set(prefix, [start]);
    }
  }
  return found;
}
