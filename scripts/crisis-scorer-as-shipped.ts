import { decodeModel, type StoredCrisisModel } from "../src/core/safety/scorer/model-format.js";
import type { CrisisScore } from "../src/core/safety/scorer/score-crisis.js";
import { createCrisisScorer } from "../src/core/safety/scorer/scorer.js";
import { decodeSeenRuns, encodeSeenRuns } from "../src/core/safety/scorer/seen-runs.js";

/**
 * A model the training writes, scored as the app scores the shipped one (score-crisis.ts): with
 * its table of the runs of three letters its training saw, read back from the text written, so
 * the training script's figures are those of the detector as it ships. Without the table every
 * run is read, as training reads them, and random letters score higher than they do in the app.
 */
export function scorerAsShipped(
  model: StoredCrisisModel,
  seenRuns: Uint8Array,
): (text: string) => CrisisScore {
  return createCrisisScorer(decodeModel(model), decodeSeenRuns(encodeSeenRuns(seenRuns)));
}
