import { storedCrisisModel } from "./model.js";
import { decodeModel } from "./model-format.js";
import { createCrisisScorer } from "./scorer.js";
import { decodeSeenRuns } from "./seen-runs.js";
import { storedSeenRuns } from "./seen-runs-table.js";

/**
 * The learned crisis scorer that sits beside the rules: a small logistic regression over words,
 * word pairs and character runs, trained on statements the project wrote (datasets/crisis/).
 * It catches wordings the rules do not list; the rules say which category a flag belongs to.
 * Pure and synchronous, so it runs the same in the browser and on the server.
 */

/** A stretch of the original text, in UTF-16 code units, end exclusive. */
export interface ScorerSpan {
  start: number;
  end: number;
}

export interface CrisisScore {
  /** How strongly the text reads as crisis language, from 0 to 1. */
  score: number;
  /** Whether `score` reaches CRISIS_SCORER_THRESHOLD. */
  flagged: boolean;
  /** The words that pushed the score up most, in text order; empty unless flagged. */
  strongest: ScorerSpan[];
}

/** Chosen for recall on held-out statements; docs/CRISIS-SCORER.md says why this value. */
export const CRISIS_SCORER_THRESHOLD: number = storedCrisisModel.threshold;

// With the runs of letters its training saw, so that letters typed at random add no noise.
const score = createCrisisScorer(decodeModel(storedCrisisModel), decodeSeenRuns(storedSeenRuns));

export function scoreCrisis(text: string): CrisisScore {
  return score(text);
}
