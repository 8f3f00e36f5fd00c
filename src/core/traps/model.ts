import { type LearnedTrapId, learnedTrapIds } from "./trap-ids.js";

/**
 * The trained model as stored in `model.json`: one logistic regression per learned trap, and
 * one more that judges "some trap or none" on its own, all over word stems, word pairs and
 * pattern features, with Platt calibration and a threshold per column. Weights and biases are
 * integers to be divided by `scale`, which keeps the file small and its bytes identical from
 * one training run to the next.
 *
 * Every per-column list has `traps.length + 1` entries: one per learned trap in `traps` order,
 * then the "some trap" column (`GATE`).
 */
export interface TrapModelData {
  readonly version: 2;
  readonly scale: number;
  /** Column order of every weight list, before the final "some trap" column. */
  readonly traps: readonly LearnedTrapId[];
  readonly bias: readonly number[];
  /** Per column `[a, b]`: probability = 1 / (1 + exp(-(a * score + b))). */
  readonly calibration: readonly (readonly [number, number])[];
  /**
   * Per column: the lowest probability at which the trap is suggested; for the last column,
   * the lowest probability of "some trap" at which a sentence may be given any learned trap.
   */
  readonly thresholds: readonly number[];
  readonly features: Readonly<Record<string, readonly number[]>>;
  /** True when the model was trained with hashed character n-grams (`char-grams.ts`). */
  readonly charGrams?: true;
}

/** Index of the "some trap" column in every per-column list. */
export const GATE = learnedTrapIds.length;

/** Columns in every per-column list: the learned traps, then "some trap". */
export const COLUMNS = learnedTrapIds.length + 1;

/** Weights enough to score a text: what training's fold models and the stored model share. */
export interface ScoringWeights {
  readonly bias: Float64Array;
  readonly weights: ReadonlyMap<string, Float64Array>;
  /** Whether texts are scored with character n-grams, as the model was trained. */
  readonly charGrams: boolean;
}

/** The model ready for scoring, with weights as floats. */
export interface TrapModel extends ScoringWeights {
  readonly traps: readonly LearnedTrapId[];
  readonly calibrationA: Float64Array;
  readonly calibrationB: Float64Array;
  readonly thresholds: Float64Array;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function numbers(value: unknown, length: number, what: string): number[] {
  if (!Array.isArray(value) || value.length !== length) {
    throw new Error(`trap model: ${what} must be a list of ${length} numbers`);
  }
  return value.map((item) => {
    if (typeof item !== "number" || !Number.isFinite(item)) {
      throw new Error(`trap model: ${what} holds a value that is not a finite number`);
    }
    return item;
  });
}

/**
 * Checks a parsed model file and turns it into a scoring model. A malformed file fails here,
 * loudly, rather than producing quiet nonsense suggestions.
 */
export function loadModel(data: unknown): TrapModel {
  if (!isRecord(data) || data.version !== 2) throw new Error("trap model: unknown format");
  const { scale, traps, bias, calibration, thresholds, features, charGrams } = data;
  if (charGrams !== undefined && charGrams !== true) {
    throw new Error("trap model: charGrams must be true or absent");
  }
  if (typeof scale !== "number" || !(scale > 0)) throw new Error("trap model: bad scale");
  if (
    !Array.isArray(traps) ||
    traps.length !== learnedTrapIds.length ||
    !traps.every((id, index) => id === learnedTrapIds[index])
  ) {
    throw new Error("trap model: trap columns differ from the learned trap ids");
  }
  if (!Array.isArray(calibration) || calibration.length !== COLUMNS) {
    throw new Error("trap model: calibration must have one pair per column");
  }
  const pairs = calibration.map((pair) => numbers(pair, 2, "calibration pair"));
  if (!isRecord(features)) throw new Error("trap model: features must be an object");
  const weights = new Map<string, Float64Array>();
  for (const [name, list] of Object.entries(features)) {
    weights.set(
      name,
      Float64Array.from(numbers(list, COLUMNS, `weights of ${name}`), (w) => w / scale),
    );
  }
  return {
    traps: learnedTrapIds,
    bias: Float64Array.from(numbers(bias, COLUMNS, "bias"), (w) => w / scale),
    calibrationA: Float64Array.from(pairs, (pair) => pair[0] ?? 0),
    calibrationB: Float64Array.from(pairs, (pair) => pair[1] ?? 0),
    thresholds: Float64Array.from(numbers(thresholds, COLUMNS, "thresholds")),
    weights,
    charGrams: charGrams === true,
  };
}
