import { mulberry32 } from "../seeded-random.js";
import { analyze, featureNames, patternFeature } from "./features.js";
import { COLUMNS, GATE, type ScoringWeights, type TrapModelData } from "./model.js";
import { patternOnly } from "./pattern-only.js";
import { patterns } from "./patterns.js";
import { scoreSentences, sentencePrior } from "./score-sentences.js";
import { type LearnedTrapId, learnedTrapIds, type TrapId } from "./trap-ids.js";

/**
 * Training for the trap model. Pure and deterministic: the same examples and options give the
 * same model, byte for byte (seeded folds, fixed iteration order, weights rounded to integers;
 * Node's engine computes Math.exp and Math.log identically on every platform).
 */

export interface TrainingExample {
  readonly text: string;
  readonly traps: readonly TrapId[];
  /**
   * Examples of one group (thoughts from one template) always share a fold, so that no model
   * is calibrated or scored on a rewording of a sentence it trained on.
   */
  readonly group?: string;
}

/** An example's weight in training: grouped (templated) thoughts count for `groupWeight`. */
const weightOf = (example: TrainingExample | undefined, options: TrainOptions): number =>
  example?.group === undefined ? 1 : options.groupWeight;

export interface TrainOptions {
  /** Folds of the internal cross-validation that calibrates scores and picks thresholds. */
  readonly folds: number;
  readonly seed: number;
  /** L2 penalty on word and word-pair weights (per example, as in a mean log-loss). */
  readonly l2: number;
  /**
   * Adds hashed character n-grams of content words to the features (`char-grams.ts`). Off: on
   * cross-validation they did not raise the licensed figures (docs/TRAPS-MODEL.md), and they
   * cost size, speed and training time.
   */
  readonly charGrams: boolean;
  /** L2 penalty on the hashed character n-gram weights. */
  readonly charL2: number;
  /**
   * The value a present character n-gram takes in training, against 1 for a word: a word has
   * a dozen or so pieces, which together should weigh about what the word does, and this keeps
   * the gradient step (bounded by the largest row) from shrinking for every other feature.
   */
  readonly charScale: number;
  /**
   * Naive-Bayes-scaled penalty (as in NB-SVM): a word's L2 penalty for a column is divided by
   * its squared log-count ratio r between the column's positive and negative examples, floored
   * at this value, so a word that already separates the two by counting is trusted more than
   * one that does not; the same as scaling each feature by r before a plain L2 fit. 0 turns it
   * off.
   */
  readonly nbFloor: number;
  /** L2 pull of each pattern's weights towards its hand-set prior. */
  readonly patternL2: number;
  /**
   * A pattern's prior is read relative to how rare its trap is: its starting weight is
   * `prior - logit(rate) - priorShift`, so one clear cue can lift a rare trap as far as a
   * common one.
   */
  readonly priorShift: number;
  readonly iterations: number;
  /** Words and pairs seen in fewer examples than this are left out of the vocabulary. */
  readonly minCount: number;
  /** Stored weights are round(weight × scale). */
  readonly scale: number;
  /**
   * Features whose stored weights are all smaller than this (in stored units) are left out of
   * the model: they barely move a score, and every feature costs bytes on a web page.
   */
  readonly pruneBelow: number;
  /**
   * The same for character n-gram buckets, lower: a word lights a dozen or more of them at
   * once, so weights too small to matter alone still add up to one that does.
   */
  readonly charPruneBelow: number;
  /** Bounds on the chosen thresholds, so that a fold's noise cannot pick an extreme. */
  readonly minThreshold: number;
  readonly maxThreshold: number;
  /**
   * The weight of a grouped example (one of the project's templated thoughts) against an
   * ungrouped one (a thought written by a person, from the licensed file): the templates give
   * many examples of few wordings, and should not drown out the varied ones.
   */
  readonly groupWeight: number;
  /**
   * The most held-out thoughts with no trap that may be given one, as a share: the "some trap"
   * threshold is never set below the point where more are. Telling a person who wrote a fair
   * thought that it holds a trap tells them they think wrongly, which costs more than a
   * missed suggestion (the person can always pick a trap by hand). It is the product's 15%.
   */
  readonly maxNoneFlagged: number;
  /** Bounds on the "some trap" threshold. */
  readonly minGate: number;
  readonly maxGate: number;
  /** How many examples' worth of weight the pooled calibration has against a trap's own. */
  readonly calibrationPrior: number;
  /** How many examples' worth of weight the pooled threshold has against a trap's own. */
  readonly thresholdPrior: number;
  /**
   * Class balance of the loss, per column: positives weigh (negatives / positives) ** balance
   * times a negative, rescaled so the column's total weight is unchanged. 0 turns it off. Off:
   * on cross-validation it lifted no licensed figure on every deal (docs/TRAPS-MODEL.md), since
   * calibration and per-trap thresholds already do what it would, for rare traps too.
   */
  readonly balance: number;
}

export const defaultTrainOptions: TrainOptions = {
  folds: 5,
  seed: 20240611,
  l2: 0.01,
  charGrams: false,
  charL2: 0.03,
  charScale: 0.5,
  nbFloor: 0,
  patternL2: 0.02,
  priorShift: 1.5,
  iterations: 150,
  minCount: 2,
  scale: 100,
  pruneBelow: 10,
  charPruneBelow: 1,
  minThreshold: 0.2,
  maxThreshold: 0.7,
  groupWeight: 0.3,
  maxNoneFlagged: 0.15,
  minGate: 0.2,
  maxGate: 0.8,
  calibrationPrior: 30,
  thresholdPrior: 30,
  balance: 0,
};

/** Learned traps, then the "some trap" column. */
const WIDTH = COLUMNS;
const learnedIndex: ReadonlyMap<string, number> = new Map(
  learnedTrapIds.map((id, index) => [id, index]),
);

/** Examples as feature names and a 0/1 label per learned trap. */
export interface PreparedExamples {
  readonly names: readonly (readonly string[])[];
  /** Row-major: labels[i * WIDTH + c]. */
  readonly labels: Uint8Array;
}

export function prepareExamples(
  examples: readonly TrainingExample[],
  charGrams = false,
): PreparedExamples {
  const labels = new Uint8Array(examples.length * WIDTH);
  const names = examples.map((example, i) => {
    for (const trap of example.traps) {
      const c = learnedIndex.get(trap);
      if (c !== undefined) labels[i * WIDTH + c] = 1;
    }
    // Any of the fourteen traps, pattern-only ones included, counts as "some trap".
    if (example.traps.length > 0) labels[i * WIDTH + GATE] = 1;
    return featureNames(analyze(example.text), charGrams);
  });
  return { names, labels };
}

/** Fold number for each of `count` items: a seeded shuffle dealt round-robin. */
export function assignFolds(count: number, folds: number, seed: number): Int32Array {
  const order = Array.from({ length: count }, (_, i) => i);
  const next = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = a;
  }
  const fold = new Int32Array(count);
  order.forEach((item, position) => {
    fold[item] = position % folds;
  });
  return fold;
}

/**
 * Fold number for each example, by group: each group (or ungrouped example) is one item of
 * `assignFolds`, so a group's examples all land in the same fold.
 */
export function assignGroupFolds(
  examples: readonly TrainingExample[],
  folds: number,
  seed: number,
): Int32Array {
  const keys = new Map<string, number>();
  const itemOf = examples.map((example, i) => {
    const key = example.group === undefined ? `#${i}` : `g:${example.group}`;
    let item = keys.get(key);
    if (item === undefined) {
      item = keys.size;
      keys.set(key, item);
    }
    return item;
  });
  const itemFold = assignFolds(keys.size, folds, seed);
  return Int32Array.from(itemOf, (item) => itemFold[item] ?? 0);
}

interface Vocabulary {
  readonly names: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Row-major prior weights: prior[f * WIDTH + c]. */
  readonly prior: Float64Array;
  /** Row-major L2 strength per feature and column: penalty[f * WIDTH + c]. */
  readonly penalty: Float64Array;
  /** Per feature value when present (see `charScale`); a stored weight is weight × value. */
  readonly value: Float64Array;
}

function buildVocabulary(
  data: PreparedExamples,
  rows: readonly number[],
  exampleWeights: readonly number[],
  options: TrainOptions,
): Vocabulary {
  const counts = new Map<string, number>();
  for (const i of rows) {
    for (const name of data.names[i] ?? []) {
      if (!name.startsWith("p:")) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const words = [...counts]
    .filter(([, count]) => count >= options.minCount)
    .map(([name]) => name)
    .sort();
  // Every pattern of a learned trap is in the vocabulary even when the data never shows it:
  // its prior is then its weight, which is how patterns cover what the data lacks.
  const rarity = learnedTrapIds.map((_, c) => {
    let positives = 0;
    for (const i of rows) positives += data.labels[i * WIDTH + c] ?? 0;
    const rate = (positives + 0.5) / (rows.length + 1);
    return -Math.log(rate / (1 - rate));
  });
  const patternNames: string[] = [];
  const patternPriors: [number, number][] = [];
  // Patterns of the pattern-only traps join too, with no prior: they can still teach the
  // "some trap" column, and any learned trap that tends to come with them.
  for (const def of patterns) {
    const c = learnedIndex.get(def.trap);
    patternNames.push(patternFeature(def));
    patternPriors.push(
      c === undefined ? [-1, 0] : [c, def.prior + (rarity[c] ?? 0) - options.priorShift],
    );
  }
  const names = [...words, ...patternNames];
  const prior = new Float64Array(names.length * WIDTH);
  const penalty = new Float64Array(names.length * WIDTH).fill(options.l2);
  const value = new Float64Array(names.length).fill(1);
  const scaleBy = options.nbFloor > 0 ? nbRatios(data, rows, exampleWeights, words) : undefined;
  words.forEach((name, f) => {
    const isChar = name.startsWith("c:");
    if (isChar) value[f] = options.charScale;
    for (let c = 0; c < WIDTH; c++) {
      const r = scaleBy?.[f * WIDTH + c] ?? 0;
      const floor = options.nbFloor ** 2;
      const share = scaleBy ? floor / Math.max(r * r, floor) : 1;
      penalty[f * WIDTH + c] = (isChar ? options.charL2 : options.l2) * share;
    }
  });
  patternPriors.forEach(([c, value], k) => {
    const f = words.length + k;
    if (c >= 0) prior[f * WIDTH + c] = value;
    penalty.fill(options.patternL2, f * WIDTH, (f + 1) * WIDTH);
  });
  return { names, index: new Map(names.map((name, f) => [name, f])), prior, penalty, value };
}

/**
 * Per word and column, the log-count ratio of NB-SVM: log of (the word's smoothed share of
 * the column's positive examples' words) over (its share of the negative examples' words).
 */
function nbRatios(
  data: PreparedExamples,
  rows: readonly number[],
  exampleWeights: readonly number[],
  words: readonly string[],
): Float64Array {
  const index = new Map(words.map((name, f) => [name, f]));
  const positive = new Float64Array(words.length * WIDTH).fill(1);
  const negative = new Float64Array(words.length * WIDTH).fill(1);
  for (const i of rows) {
    const w = exampleWeights[i] ?? 1;
    for (const name of data.names[i] ?? []) {
      const f = index.get(name);
      if (f === undefined) continue;
      for (let c = 0; c < WIDTH; c++) {
        const target = (data.labels[i * WIDTH + c] ?? 0) === 1 ? positive : negative;
        target[f * WIDTH + c] = (target[f * WIDTH + c] ?? 0) + w;
      }
    }
  }
  const positiveTotal = new Float64Array(WIDTH);
  const negativeTotal = new Float64Array(WIDTH);
  for (let f = 0; f < words.length; f++) {
    for (let c = 0; c < WIDTH; c++) {
      positiveTotal[c] = (positiveTotal[c] ?? 0) + (positive[f * WIDTH + c] ?? 0);
      negativeTotal[c] = (negativeTotal[c] ?? 0) + (negative[f * WIDTH + c] ?? 0);
    }
  }
  return positive.map((p, j) => {
    const c = j % WIDTH;
    const q = negative[j] ?? 1;
    return Math.log(p / (positiveTotal[c] ?? 1) / (q / (negativeTotal[c] ?? 1)));
  });
}

function encode(names: readonly string[], vocabulary: Vocabulary): Int32Array {
  const row: number[] = [];
  for (const name of names) {
    const f = vocabulary.index.get(name);
    if (f !== undefined) row.push(f);
  }
  return Int32Array.from(row);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

interface Weights {
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

/** Largest eigenvalue of [X 1]ᵀ[X 1] by power iteration, for a safe gradient step. */
function spectralBound(rows: readonly Int32Array[], dim: number, value: Float64Array): number {
  let v = new Float64Array(dim + 1).fill(1);
  let estimate = 1;
  for (let iteration = 0; iteration < 40; iteration++) {
    const next = new Float64Array(dim + 1);
    for (const row of rows) {
      let u = v[dim] ?? 0;
      for (const f of row) u += (v[f] ?? 0) * (value[f] ?? 1);
      for (const f of row) next[f] = (next[f] ?? 0) + u * (value[f] ?? 1);
      next[dim] = (next[dim] ?? 0) + u;
    }
    let norm = 0;
    for (const x of next) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm === 0) return 1;
    estimate = norm;
    v = next.map((x) => x / norm);
  }
  // Power iteration approaches from below; the margin keeps the step safely short.
  return estimate * 1.05;
}

/**
 * One-vs-rest logistic regression by Nesterov's accelerated gradient: mean log-loss plus
 * L2 towards the prior weights; biases are not penalised.
 */
function fitLogistic(
  rows: readonly Int32Array[],
  labels: readonly Uint8Array[],
  exampleWeights: readonly number[],
  vocabulary: Vocabulary,
  iterations: number,
  balance = 0,
): Weights {
  const dim = vocabulary.names.length;
  let n = 0;
  let heaviest = 0;
  for (const w of exampleWeights) {
    n += w;
    heaviest = Math.max(heaviest, w);
  }
  const size = dim * WIDTH;
  const { prior, penalty, value } = vocabulary;
  let maxPenalty = 0;
  for (const value of penalty) maxPenalty = Math.max(maxPenalty, value);
  // Per column, what a positive and a negative example's weight is multiplied by.
  const positiveShare = new Float64Array(WIDTH).fill(1);
  const negativeShare = new Float64Array(WIDTH).fill(1);
  let largestShare = 1;
  if (balance > 0) {
    for (let c = 0; c < WIDTH; c++) {
      let positive = 0;
      labels.forEach((y, i) => {
        positive += (y[c] ?? 0) * (exampleWeights[i] ?? 1);
      });
      const negative = n - positive;
      if (positive <= 0 || negative <= 0) continue;
      const ratio = (negative / positive) ** balance;
      const b = n / (ratio * positive + negative);
      positiveShare[c] = ratio * b;
      negativeShare[c] = b;
      largestShare = Math.max(largestShare, ratio * b, b);
    }
  }
  const step =
    1 / ((0.25 * heaviest * largestShare * spectralBound(rows, dim, value)) / n + maxPenalty);

  const weights = prior.slice();
  const bias = new Float64Array(WIDTH);
  for (let c = 0; c < WIDTH; c++) {
    let positives = 0;
    labels.forEach((y, i) => {
      positives += (y[c] ?? 0) * (exampleWeights[i] ?? 1) * (positiveShare[c] ?? 1);
    });
    const rate = (positives + 0.5) / (n + 1);
    bias[c] = Math.log(rate / (1 - rate));
  }
  const lastWeights = weights.slice();
  const lastBias = bias.slice();
  const aheadWeights = new Float64Array(size);
  const aheadBias = new Float64Array(WIDTH);
  const gradWeights = new Float64Array(size);
  const gradBias = new Float64Array(WIDTH);
  const z = new Float64Array(WIDTH);

  for (let t = 1; t <= iterations; t++) {
    const momentum = (t - 1) / (t + 2);
    for (let j = 0; j < size; j++) {
      const w = weights[j] ?? 0;
      aheadWeights[j] = w + momentum * (w - (lastWeights[j] ?? 0));
    }
    for (let c = 0; c < WIDTH; c++) {
      const b = bias[c] ?? 0;
      aheadBias[c] = b + momentum * (b - (lastBias[c] ?? 0));
    }
    gradWeights.fill(0);
    gradBias.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] ?? new Int32Array(0);
      const share = (exampleWeights[i] ?? 1) / n;
      const y = labels[i] ?? new Uint8Array(WIDTH);
      z.set(aheadBias);
      for (const f of row) {
        const base = f * WIDTH;
        const x = value[f] ?? 1;
        for (let c = 0; c < WIDTH; c++) z[c] = (z[c] ?? 0) + x * (aheadWeights[base + c] ?? 0);
      }
      for (let c = 0; c < WIDTH; c++) {
        const label = y[c] ?? 0;
        const classShare = label === 1 ? (positiveShare[c] ?? 1) : (negativeShare[c] ?? 1);
        const residual = (sigmoid(z[c] ?? 0) - label) * share * classShare;
        z[c] = residual;
        gradBias[c] = (gradBias[c] ?? 0) + residual;
      }
      for (const f of row) {
        const base = f * WIDTH;
        const x = value[f] ?? 1;
        for (let c = 0; c < WIDTH; c++) {
          gradWeights[base + c] = (gradWeights[base + c] ?? 0) + x * (z[c] ?? 0);
        }
      }
    }
    lastWeights.set(weights);
    lastBias.set(bias);
    for (let j = 0; j < size; j++) {
      const ahead = aheadWeights[j] ?? 0;
      const grad = (gradWeights[j] ?? 0) + (penalty[j] ?? 0) * (ahead - (prior[j] ?? 0));
      weights[j] = ahead - step * grad;
    }
    for (let c = 0; c < WIDTH; c++) {
      bias[c] = (aheadBias[c] ?? 0) - step * (gradBias[c] ?? 0);
    }
  }
  return { weights, bias };
}

/**
 * Platt scaling: a one-feature logistic regression from score to probability, with Platt's
 * smoothed targets so that a perfectly separated fold cannot produce infinite slopes.
 */
export function fitPlatt(
  scores: readonly number[],
  truth: readonly number[],
  weights: readonly number[] = [],
): [number, number] {
  const weight = (i: number): number => weights[i] ?? 1;
  let positives = 0;
  let negatives = 0;
  truth.forEach((y, i) => {
    if (y === 1) positives += weight(i);
    else negatives += weight(i);
  });
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const targets = truth.map((y) => (y === 1 ? high : low));
  const loss = (a: number, b: number): number => {
    let total = 0;
    scores.forEach((s, i) => {
      const p = Math.min(Math.max(sigmoid(a * s + b), 1e-12), 1 - 1e-12);
      const t = targets[i] ?? 0;
      total -= weight(i) * (t * Math.log(p) + (1 - t) * Math.log(1 - p));
    });
    return total;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    scores.forEach((s, i) => {
      const p = sigmoid(a * s + b);
      const d = (p - (targets[i] ?? 0)) * weight(i);
      const w = p * (1 - p) * weight(i);
      ga += d * s;
      gb += d;
      haa += w * s * s;
      hab += w * s;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (!(Math.abs(det) > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let shrink = 1;
    let improved = false;
    while (shrink > 1e-6) {
      const trial = loss(a - shrink * da, b - shrink * db);
      if (trial <= current) {
        a -= shrink * da;
        b -= shrink * db;
        improved = current - trial > 1e-10;
        current = trial;
        break;
      }
      shrink /= 2;
    }
    if (!improved) break;
  }
  return [a, b];
}

/**
 * The threshold with the best F1 after smoothing the F1 curve over neighbouring thresholds,
 * which prefers a broad good region over a lucky spike in a small sample.
 */
export function chooseThreshold(
  probabilities: readonly number[],
  truth: readonly number[],
  options: Pick<TrainOptions, "minThreshold" | "maxThreshold">,
  weights: readonly number[] = [],
): number {
  const grid: number[] = [];
  for (let k = 5; k <= 95; k++) grid.push(k / 100);
  const f1 = grid.map((threshold) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probabilities.forEach((p, i) => {
      const y = truth[i] ?? 0;
      const w = weights[i] ?? 1;
      if (p >= threshold) {
        if (y === 1) tp += w;
        else fp += w;
      } else if (y === 1) fn += w;
    });
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  let best = options.minThreshold;
  let bestValue = -1;
  grid.forEach((threshold, k) => {
    if (threshold < options.minThreshold || threshold > options.maxThreshold) return;
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, k - 5); j <= Math.min(grid.length - 1, k + 5); j++) {
      sum += f1[j] ?? 0;
      count++;
    }
    const value = sum / count;
    if (value > bestValue + 1e-12) {
      bestValue = value;
      best = threshold;
    }
  });
  return best;
}

function labelRows(data: PreparedExamples, rows: readonly number[]): Uint8Array[] {
  return rows.map((i) => data.labels.subarray(i * WIDTH, (i + 1) * WIDTH));
}

function fitOn(
  data: PreparedExamples,
  rows: readonly number[],
  weights: readonly number[],
  options: TrainOptions,
) {
  const vocabulary = buildVocabulary(data, rows, weights, options);
  const encoded = rows.map((i) => encode(data.names[i] ?? [], vocabulary));
  const fitted = fitLogistic(
    encoded,
    labelRows(data, rows),
    rows.map((i) => weights[i] ?? 1),
    vocabulary,
    options.iterations,
    options.balance,
  );
  return { vocabulary, fitted };
}

/** A fitted model in the shape the detector scores with. */
function asScoringWeights(
  vocabulary: Vocabulary,
  fitted: Weights,
  charGrams: boolean,
): ScoringWeights {
  const weights = new Map<string, Float64Array>();
  vocabulary.names.forEach((name, f) => {
    const x = vocabulary.value[f] ?? 1;
    weights.set(
      name,
      fitted.weights.slice(f * WIDTH, (f + 1) * WIDTH).map((w) => w * x),
    );
  });
  return { bias: fitted.bias, weights, charGrams };
}

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
};

/** One sentence of an out-of-fold example: raw scores, and what the pattern-only traps say. */
interface HeldOutSentence {
  readonly raw: Float64Array;
  readonly mentalFilter: boolean;
  readonly burden: boolean;
}

const GRID: readonly number[] = Array.from({ length: 91 }, (_, k) => (k + 5) / 100);

/**
 * The threshold in [low, high] with the best value of `measure`, after averaging each value
 * with its neighbours on the grid, which prefers a broad good region over a lucky spike.
 */
function bestOnGrid(measure: (threshold: number) => number, low: number, high: number): number {
  const values = GRID.map(measure);
  let best = low;
  let bestValue = -1;
  GRID.forEach((threshold, k) => {
    if (threshold < low - 1e-9 || threshold > high + 1e-9) return;
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, k - 3); j <= Math.min(GRID.length - 1, k + 3); j++) {
      sum += values[j] ?? 0;
      count++;
    }
    const value = sum / count;
    if (value > bestValue + 1e-12) {
      bestValue = value;
      best = threshold;
    }
  });
  return best;
}

/** Balanced accuracy of yes/no guesses against 0/1 truth. */
export function balancedAccuracy(
  guesses: readonly boolean[],
  truth: readonly number[],
  weights: readonly number[] = [],
): number {
  let tp = 0;
  let fn = 0;
  let tn = 0;
  let fp = 0;
  guesses.forEach((guess, i) => {
    const w = weights[i] ?? 1;
    if (truth[i] === 1) {
      if (guess) tp += w;
      else fn += w;
    } else if (guess) fp += w;
    else tn += w;
  });
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const specificity = tn + fp === 0 ? 0 : tn / (tn + fp);
  return (recall + specificity) / 2;
}

/**
 * Trains the model: internal cross-validation (by group) for calibration and thresholds, then
 * a final fit on everything.
 *
 * Every held-out example is scored sentence by sentence, exactly as the detector scores, and
 * the thresholds are chosen for that use:
 * 1. Each column is calibrated on the example's strongest sentence score (Platt scaling; a
 *    trap's own fit is pulled towards the pooled fit of all traps by its number of examples).
 * 2. A first "some trap" threshold is the one with the best balanced accuracy of "some trap vs
 *    none" from that column alone: balanced, so that the many trap examples cannot buy recall
 *    with the few balanced thoughts' quiet.
 * 3. Each trap's threshold is the one with the best (smoothed) F1 over sentences that pass
 *    that first judgement, pulled towards the pooled threshold when the trap has few examples.
 * 4. The "some trap" threshold is chosen again, for the balanced accuracy of the detector's
 *    whole rule (a trap suggested or not) with the trap thresholds of step 3, among the
 *    thresholds that give a trap to at most `maxNoneFlagged` of the thoughts that have none.
 */
export function trainModel(
  examples: readonly TrainingExample[],
  overrides: Partial<TrainOptions> = {},
): TrapModelData {
  const options: TrainOptions = { ...defaultTrainOptions, ...overrides };
  const data = prepareExamples(examples, options.charGrams);
  const all = examples.map((_, i) => i);
  const weights = examples.map((example) => weightOf(example, options));

  // Out-of-fold sentences: every example is scored by a model that never saw its group.
  const heldOut: HeldOutSentence[][] = examples.map(() => []);
  const fold = assignGroupFolds(examples, options.folds, options.seed);
  for (let k = 0; k < options.folds; k++) {
    const trainRows = all.filter((i) => fold[i] !== k);
    const testRows = all.filter((i) => fold[i] === k);
    if (trainRows.length === 0 || testRows.length === 0) continue;
    const { vocabulary, fitted } = fitOn(data, trainRows, weights, options);
    const foldModel = asScoringWeights(vocabulary, fitted, options.charGrams);
    for (const i of testRows) {
      heldOut[i] = scoreSentences(foldModel, examples[i]?.text ?? "").sentences.map((sentence) => ({
        raw: sentence.raw,
        mentalFilter: patternOnly("mental-filter", sentence.analysis.hits) !== undefined,
        burden: patternOnly("burden", sentence.analysis.hits) !== undefined,
      }));
    }
  }

  const columns = Array.from({ length: WIDTH }, (_, c) => c);
  const trapColumns = columns.filter((c) => c !== GATE);
  // A text with no sentence to score scores as very unlikely on every column.
  const strongest = (i: number, c: number): number => {
    let best = Number.NEGATIVE_INFINITY;
    for (const sentence of heldOut[i] ?? []) best = Math.max(best, sentence.raw[c] ?? 0);
    return Number.isFinite(best) ? best : -30;
  };
  const scoresOf = (c: number) => all.map((i) => strongest(i, c));
  const truthOf = (c: number) => all.map((i) => data.labels[i * WIDTH + c] ?? 0);
  const positivesOf = (c: number) => truthOf(c).reduce((sum, y) => sum + y, 0);

  // Step 1. Scores share one logit scale across traps, so one calibration fitted on all of
  // them is a steadier guide for a rare trap than its own few examples.
  const pooledWeights = trapColumns.flatMap(() => weights);
  const [pooledA, pooledB] = fitPlatt(
    trapColumns.flatMap(scoresOf),
    trapColumns.flatMap(truthOf),
    pooledWeights,
  );
  const calibration: [number, number][] = columns.map((c) => {
    const [a, b] = fitPlatt(scoresOf(c), truthOf(c), weights);
    if (c === GATE) return [round(a, 4), round(b, 4)];
    const positives = positivesOf(c);
    const share = positives / (positives + options.calibrationPrior);
    return [
      round(share * a + (1 - share) * pooledA, 4),
      round(share * b + (1 - share) * pooledB, 4),
    ];
  });
  const probability = (c: number, raw: number, prior = 0): number => {
    const [a, b] = calibration[c] ?? [1, 0];
    return sigmoid(a * raw + b - prior);
  };
  // As in the detector, a sentence's "some trap" odds are divided by the text's sentence count.
  const sentences = all.map((i) => {
    const list = heldOut[i] ?? [];
    const prior = sentencePrior(list.length);
    return list.map((sentence) => ({
      ...sentence,
      p: Float64Array.from(columns, (c) =>
        c === GATE
          ? probability(c, sentence.raw[c] ?? 0, prior)
          : probability(c, sentence.raw[c] ?? 0),
      ),
    }));
  });
  const anyTrap = truthOf(GATE);

  // Step 2.
  const firstGate = bestOnGrid(
    (threshold) =>
      balancedAccuracy(
        sentences.map((list) => list.some((sentence) => (sentence.p[GATE] ?? 0) >= threshold)),
        anyTrap,
        weights,
      ),
    options.minGate,
    options.maxGate,
  );

  // Step 3. A trap with few examples gets a threshold pulled towards the one that suits all
  // traps together, since its own best threshold rests on a handful of thoughts.
  const passing = (c: number) =>
    sentences.map((list) => {
      let best = 0;
      for (const sentence of list) {
        if ((sentence.p[GATE] ?? 0) >= firstGate) best = Math.max(best, sentence.p[c] ?? 0);
      }
      return best;
    });
  const pooled = chooseThreshold(
    trapColumns.flatMap(passing),
    trapColumns.flatMap(truthOf),
    options,
    pooledWeights,
  );
  const thresholds = trapColumns.map((c) => {
    const own = chooseThreshold(passing(c), truthOf(c), options, weights);
    const positives = positivesOf(c);
    const share = positives / (positives + options.thresholdPrior);
    return round(share * own + (1 - share) * pooled, 2);
  });

  // Step 4.
  const suggested = (list: (typeof sentences)[number], gate: number): boolean =>
    list.some(
      (sentence) =>
        sentence.burden ||
        ((sentence.p[GATE] ?? 0) >= gate &&
          (sentence.mentalFilter ||
            trapColumns.some((c) => (sentence.p[c] ?? 0) >= (thresholds[c] ?? 1)))),
    );
  const noneFlagged = (threshold: number): number => {
    let flagged = 0;
    let none = 0;
    sentences.forEach((list, i) => {
      if (anyTrap[i] === 1) return;
      none += weights[i] ?? 1;
      if (suggested(list, threshold)) flagged += weights[i] ?? 1;
    });
    return none === 0 ? 0 : flagged / none;
  };
  const lowest =
    GRID.find(
      (threshold) =>
        threshold >= options.minGate && noneFlagged(threshold) <= options.maxNoneFlagged,
    ) ?? options.maxGate;
  const gate = bestOnGrid(
    (threshold) =>
      balancedAccuracy(
        sentences.map((list) => suggested(list, threshold)),
        anyTrap,
        weights,
      ),
    Math.min(Math.max(options.minGate, lowest), options.maxGate),
    options.maxGate,
  );

  const { vocabulary, fitted } = fitOn(data, all, weights, options);
  const features: Record<string, number[]> = {};
  vocabulary.names.forEach((name, f) => {
    const list: number[] = [];
    let any = false;
    for (let c = 0; c < WIDTH; c++) {
      const x = vocabulary.value[f] ?? 1;
      const value = Math.round((fitted.weights[f * WIDTH + c] ?? 0) * x * options.scale);
      list.push(value === 0 ? 0 : value);
      if (value !== 0) any = true;
    }
    const below = name.startsWith("c:") ? options.charPruneBelow : options.pruneBelow;
    if (any && list.some((value) => Math.abs(value) >= below)) features[name] = list;
  });
  return {
    version: 2,
    // Written only when on, so that a model without them keeps its bytes.
    ...(options.charGrams ? { charGrams: true as const } : {}),
    scale: options.scale,
    traps: [...learnedTrapIds] satisfies LearnedTrapId[],
    bias: Array.from(fitted.bias, (b) => {
      const value = Math.round(b * options.scale);
      return value === 0 ? 0 : value;
    }),
    calibration,
    thresholds: [...thresholds, round(gate, 2)],
    features,
  };
}
