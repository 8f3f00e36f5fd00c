import type { TrainingExample } from "./train.js";

/**
 * A fixed small slice of the training data, for the test that training is deterministic.
 *
 * Retraining the full model takes over a minute of one core, too long for every test run; the
 * slice trains in a few seconds through exactly the same code (folds, calibration, thresholds,
 * pruning, rounding), so that its committed bytes (`model.subset.json`) pin that code just as
 * the full model's would. `npm run train:traps` writes both files, and its `--check` mode
 * retrains the full model and compares it with `model.json` byte for byte.
 *
 * Every `STRIDE`th example of each file is kept, licensed ones first, as `train-traps` orders
 * them; whole templates of the project's thoughts are not needed here, since nothing is scored.
 */
export const STRIDE = 8;

export function bytesSubset(
  licensed: readonly TrainingExample[],
  project: readonly TrainingExample[],
): TrainingExample[] {
  const every = (list: readonly TrainingExample[]) => list.filter((_, i) => i % STRIDE === 0);
  return [...every(licensed), ...every(project)];
}
