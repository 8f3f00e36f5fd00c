/**
 * Runs the rules over normalized text and reports every unguarded match with its category.
 */
import { gateOpen, lastWordStart, markWordStarts, previousWordStart } from "./gate.js";
import { guardOf } from "./guards.js";
import { RULES } from "./lexicon/index.js";
import { PERIOD, SPACE } from "./normalize.js";
import type { CrisisCategory, Rule } from "./rule.js";
import type { TextSpan } from "./span.js";

export interface RuleMatch {
  category: CrisisCategory;
  span: TextSpan;
}

/**
 * The matches in normalized `text`. With `firstOnly`, stops at the first one: enough to answer
 * "is there any crisis language here". When `cleared` is given, every match a guard cancelled
 * (a denial, an idiom, someone else's words) is added to it: the words the rules heard and
 * judged not a crisis, which the learned scorer then does not count (see crisis-language.ts).
 */
export function findMatches(text: string, firstOnly: boolean, cleared?: TextSpan[]): RuleMatch[] {
  const found: RuleMatch[] = [];
  markWordStarts(text);
  for (const current of RULES) {
    if (!gateOpen(current.gate)) continue;
    if (current.starts !== undefined) {
      for (const code of current.starts) {
        for (let at = lastWordStart(code); at !== -1; at = previousWordStart(code, at)) {
          current.sticky.lastIndex = at;
          const match = current.sticky.exec(text);
          if (match === null) continue;
          const end = at + match[0].length;
          if (end <= at) continue;
          const guard = guardOf(current, text, at, end);
          if (guard === undefined) {
            found.push(matchOf(current, text, at, end));
            if (firstOnly) return found;
          } else if (guard === "cleared") {
            cleared?.push(matchOf(current, text, at, end).span);
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
      const guard = end > start ? guardOf(current, text, start, end) : "unsure";
      if (guard === undefined) {
        found.push(matchOf(current, text, start, end));
        if (firstOnly) return found;
        re.lastIndex = end;
      } else {
        if (guard === "cleared") cleared?.push(matchOf(current, text, start, end).span);
        // A guarded match may hide a real one that starts a little later.
        re.lastIndex = start + 1;
      }
    }
  }
  return found;
}

function matchOf(rule: Rule, text: string, start: number, end: number): RuleMatch {
  let s = start;
  let e = end;
  while (s < e && (text.charCodeAt(s) === SPACE || text.charCodeAt(s) === PERIOD)) s += 1;
  while (e > s && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === PERIOD)) e -= 1;
  return { category: rule.category, span: { start: s, end: e } };
}

/** Spans in text order, overlapping ones merged. */
export function mergeSpans(spans: readonly TextSpan[]): TextSpan[] {
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
