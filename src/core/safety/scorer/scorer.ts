import { forEachFeature } from "./features.js";
import type { CrisisModel } from "./model-format.js";
import type { CrisisScore, ScorerSpan } from "./score-crisis.js";
import { readOnce, tokenize } from "./tokens.js";
import { bestWindow } from "./window.js";

/** At most this many words are shown as the reason for a flag. */
const MAX_STRONGEST = 4;
/** A word is among the strongest when it adds at least this share of the top word's part. */
const STRONGEST_SHARE = 0.4;

/**
 * `seenRuns`, the runs of three letters the model's training saw (`seen-runs.ts`), leaves out the
 * features it never saw; without it every feature is read, as training reads them.
 */
export function createCrisisScorer(
  model: CrisisModel,
  seenRuns?: Uint8Array,
): (text: string) => CrisisScore {
  const { weights, scale, bias, threshold } = model;
  let parts = new Int32Array(64);
  const add = (word: number, bucket: number, sign: number): void => {
    parts[word] = (parts[word] ?? 0) + sign * (weights[bucket] ?? 0);
  };

  return (text: string): CrisisScore => {
    const tokens = readOnce(tokenize(typeof text === "string" ? text : ""));
    const count = tokens.count;
    // No English word at all (empty, emoji, another script): nothing to read, so no score. The
    // rules and docs/SAFETY.md say plainly that only English is covered.
    if (count === 0) return { score: 0, flagged: false, strongest: [] };
    if (parts.length < count) parts = new Int32Array(count * 2);
    parts.fill(0, 0, count);
    forEachFeature(tokens, add, seenRuns);

    const best = bestWindow(parts, count);
    const score = 1 / (1 + Math.exp(-(bias + scale * best.sum)));
    const flagged = score >= threshold;
    return { score, flagged, strongest: flagged ? strongestWords(best.start, best.size) : [] };

    function strongestWords(from: number, size: number): ScorerSpan[] {
      const picked: number[] = [];
      for (let i = from; i < from + size; i++) {
        if ((parts[i] ?? 0) > 0) picked.push(i);
      }
      picked.sort((a, b) => (parts[b] ?? 0) - (parts[a] ?? 0) || a - b);
      const top = parts[picked[0] ?? 0] ?? 0;
      return picked
        .slice(0, MAX_STRONGEST)
        .filter((i) => (parts[i] ?? 0) >= top * STRONGEST_SHARE)
        .sort((a, b) => a - b)
        .map((i) => ({ start: tokens.start[i] ?? 0, end: tokens.end[i] ?? 0 }));
    }
  };
}
