/**
 * Finds crisis language in free text: thoughts of suicide or self-harm, said directly or
 * indirectly, and thoughts of others being better off without the writer.
 *
 * A miss is far worse than a false alarm: a false alarm only puts crisis resources on screen,
 * without blocking anything. So the rules lean wide, and the guards that keep everyday idioms out
 * ("this commute is killing me", "no way out of this traffic") are narrow and name the idiom.
 *
 * The rules live in `rules/`: `normalize.ts` (one plain form for every way of typing),
 * `lexicon/` (the phrases, one file per category), `idioms.ts` and `guards.ts` (what keeps
 * everyday idioms out), `matcher.ts` (running them). English only.
 *
 * Pure and synchronous: no I/O, so it runs the same in the browser and on the server.
 */
// First on purpose: the bundler lays modules out in the order they run. The scorer's weights are
// 16 KB of text that does not compress, and gzip (32 KB back-references, one code table per block)
// does worse on what sits around such text than on either alone: measured, the detector's chunk is
// 1.9 KB smaller with the scorer before the rules than after them (docs/SAFETY.md). The layout
// test in src/web/crisis-check keeps it so.
import "./scorer/score-crisis.js";
import { findMatches, mergeSpans } from "./rules/matcher.js";
import { type NormalizedText, normalize, toOriginal } from "./rules/normalize.js";
import type { CrisisCategory } from "./rules/rule.js";
import type { TextSpan } from "./rules/span.js";
import { CRISIS_SCORER_THRESHOLD, type CrisisScore, scoreCrisis } from "./scorer/score-crisis.js";

export type { CrisisCategory } from "./rules/rule.js";
export type { TextSpan } from "./rules/span.js";

/** Why a stretch of text was flagged: a rule's category, or the learned scorer. */
export interface CrisisReason {
  category: CrisisCategory | "scorer";
  span: TextSpan;
}

export interface CrisisLanguageResult {
  crisis: boolean;
  /** The words that matched, in text order, overlapping matches merged. */
  spans: TextSpan[];
  /** Every finding with its reason, in text order; the person sees only the card. */
  reasons: CrisisReason[];
}

/** The rules alone: what the benchmark reports as "rules only". */
export function detectCrisisByRules(text: string): CrisisLanguageResult {
  return byRules(normalize(text), undefined);
}

function byRules(
  normalized: NormalizedText,
  cleared: TextSpan[] | undefined,
): CrisisLanguageResult {
  const reasons: CrisisReason[] = [];
  const seen = new Set<string>();
  for (const match of findMatches(normalized.text, false, cleared)) {
    const span = toOriginal(normalized, match.span);
    const key = `${match.category}:${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reasons.push({ category: match.category, span });
  }
  reasons.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // A shorter finding of the same category inside a longer one says nothing more.
  const kept = reasons.filter(
    (reason, index) =>
      !reasons.some(
        (other, o) =>
          o !== index &&
          other.category === reason.category &&
          other.span.start <= reason.span.start &&
          other.span.end >= reason.span.end &&
          (other.span.end - other.span.start > reason.span.end - reason.span.start || o < index),
      ),
  );
  const spans = mergeSpans(kept.map((reason) => reason.span));
  return { crisis: spans.length > 0, spans, reasons: kept };
}

/**
 * The learned scorer's score at which a text the rules let pass is flagged all the same. It is
 * the lowest point on a 0.05 grid at which the project's everyday list (779 ordinary notes)
 * stays under 4% false alarms with the rules beside it, a margin under the 5% the project
 * allows itself, so retraining cannot tip it over. It is higher than the scorer's own threshold
 * (chosen for the scorer alone) because the rules now catch most of what the scorer would, and
 * the scorer cannot tell a joke or someone else's death from the writer's own. Chosen without
 * the development set; docs/SAFETY.md gives the figures on either side of it. It was 0.9 until the
 * scorer stopped overruling the rules' guards, which took most of its everyday false alarms away.
 * At 0.80 the everyday list was over 4% (4.1%); with the model retrained when repeated words
 * stopped adding features it is 3.5% there, but 0.80 flags the rules' own look-alikes (a house
 * move "going through with it", "blah" said over and over), so it stays (docs/SAFETY.md).
 */
export const SCORER_THRESHOLD_BESIDE_RULES = Math.max(0.85, CRISIS_SCORER_THRESHOLD);

/** Rules first, since they say which kind of finding it is; the scorer for what they miss. */
export function detectCrisisLanguage(text: string): CrisisLanguageResult {
  const normalized = normalize(text);
  const cleared: TextSpan[] = [];
  const rules = byRules(normalized, cleared);
  if (rules.crisis) return rules;
  const scored = scoreBesideRules(text, normalized, cleared);
  if (scored === undefined) return rules;
  const spans = mergeSpans(scored.strongest.map((span) => ({ start: span.start, end: span.end })));
  return { crisis: true, spans, reasons: spans.map((span) => ({ category: "scorer", span })) };
}

export function hasCrisisLanguage(text: string): boolean {
  const normalized = normalize(text);
  const cleared: TextSpan[] = [];
  if (findMatches(normalized.text, true, cleared).length > 0) return true;
  return scoreBesideRules(text, normalized, cleared) !== undefined;
}

/**
 * The scorer's finding on a text the rules let pass, or undefined when it does not reach the
 * threshold. The scorer reads no negation and cannot tell a joke, a reaction to a song or
 * someone else's words from the writer's own wish; the rules' guards can. So where the rules
 * heard crisis words and a guard cleared them ("I don't want to die alone", "when I see them I
 * just want to die", "i want to die every time they speak"), the scorer reads the text again
 * with those words blanked out, and flags only if the rest still reads as crisis. Words no rule
 * heard are scored as they are. Costs a second reading only when both happen, which is rare.
 */
function scoreBesideRules(
  text: string,
  normalized: NormalizedText,
  cleared: readonly TextSpan[],
): CrisisScore | undefined {
  const first = scoreCrisis(text);
  if (!reaches(first)) return undefined;
  if (cleared.length === 0) return first;
  const again = scoreCrisis(blankOut(text, normalized, cleared));
  return reaches(again) ? again : undefined;
}

function reaches(scored: CrisisScore): boolean {
  return scored.score >= SCORER_THRESHOLD_BESIDE_RULES && scored.strongest.length > 0;
}

/** The text with the cleared words turned to spaces, so every other word keeps its place. */
function blankOut(text: string, normalized: NormalizedText, cleared: readonly TextSpan[]): string {
  const chars = text.split("");
  for (const span of cleared) {
    const original = toOriginal(normalized, span);
    for (let i = original.start; i < original.end; i++) chars[i] = " ";
  }
  return chars.join("");
}
