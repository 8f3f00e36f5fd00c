import type { PatternHit } from "./patterns.js";
import { patterns } from "./patterns.js";
import type { TrapId } from "./trap-ids.js";

/**
 * `mental-filter` and `burden` are found by their hand-written patterns alone: their confidence
 * is the strongest matching pattern's, and this is the bar for suggesting them.
 */
export const PATTERN_ONLY_THRESHOLD = 0.6;

/** The traps found by patterns alone. */
export const patternOnlyTraps = ["mental-filter", "burden"] as const satisfies readonly TrapId[];

export interface PatternOnlyResult {
  readonly confidence: number;
  /** The matches of the trap's own patterns, unmerged. */
  readonly hits: readonly PatternHit[];
}

/** The pattern-only judgement of `trap` on a sentence's pattern hits, if it reaches the bar. */
export function patternOnly(
  trap: TrapId,
  hits: readonly PatternHit[],
): PatternOnlyResult | undefined {
  const own = hits.filter((hit) => patterns[hit.pattern]?.trap === trap);
  if (own.length === 0) return undefined;
  let strongest = 0;
  const distinct = new Set<number>();
  for (const hit of own) {
    strongest = Math.max(strongest, patterns[hit.pattern]?.prior ?? 0);
    distinct.add(hit.pattern);
  }
  // Several different cues agreeing make the suggestion a little more certain.
  const confidence = Math.min(0.97, strongest + 0.05 * (distinct.size - 1));
  if (confidence < PATTERN_ONLY_THRESHOLD) return undefined;
  return { confidence, hits: own };
}
