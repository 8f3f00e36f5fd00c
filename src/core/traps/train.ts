import { analyze, featureNames, patternFeature } from "./features.js";
import type { TrapModelData } from "./model.js";
import { patterns } from "./patterns.js";
import { type LearnedTrapId, learnedTrapIds, type TrapId } from "./trap-ids.js";

/**
 * Training for the trap model. Pure and deterministic: the same examples and options give the
 * same model, byte for byte (seeded folds, fixed iteration order, weights rounded to integers;
 * Node's engine computes Math.exp and Math.log identically on every platform).
 */

export interface TrainingExample {
  readonly text: string;
  readonly traps: readonly TrapId[];
}

export interface TrainOptions {
  /** Folds of the internal cross-validation that calibrates scores and picks thresholds. */
  readonly folds: number;
  readonly seed: number;
  /** L2 penalty on word and word-pair weights (per example, as in a mean log-loss). */
  readonly l2: number;
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
  /** Bounds on the chosen thresholds, so that a fold's noise cannot pick an extreme. */
  readonly minThreshold: number;
  readonly maxThreshold: number;
  /** How many examples' worth of weight the pooled calibration has against a trap's own. */
  readonly calibrationPrior: number;
  /** How many examples' worth of weight the pooled threshold has against a trap's own. */
  readonly thresholdPrior: number;
}

export const defaultTrainOptions: TrainOptions = {
  folds: 5,
  seed: 20240611,
  l2: 0.01,
  patternL2: 0.02,
  priorShift: 1.5,
  iterations: 300,
  minCount: 2,
  scale: 100,
  pruneBelow: 10,
  minThreshold: 0.2,
  maxThreshold: 0.7,
  calibrationPrior: 30,
  thresholdPrior: 30,
};

const WIDTH = learnedTrapIds.length;
const learnedIndex: ReadonlyMap<string, number> = new Map(
  learnedTrapIds.map((id, index) => [id, index]),
);

/** Examples as feature names and a 0/1 label per learned trap. */
export interface PreparedExamples {
  readonly names: readonly (readonly string[])[];
  /** Row-major: labels[i * WIDTH + c]. */
  readonly labels: Uint8Array;
}

export function prepareExamples(examples: readonly TrainingExample[]): PreparedExamples {
  const labels = new Uint8Array(examples.length * WIDTH);
  const names = examples.map((example, i) => {
    for (const trap of example.traps) {
      const c = learnedIndex.get(trap);
      if (c !== undefined) labels[i * WIDTH + c] = 1;
    }
    return featureNames(analyze(example.text));
  });
  return { names, labels };
}

/** A small seeded generator (mulberry32), so fold assignment never depends on Math.random. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number for each of `count` items: a seeded shuffle dealt round-robin. */
export function assignFolds(count: number, folds: number, seed: number): Int32Array {
  const order = Array.from({ length: count }, (_, i) => i);
  const next = random(seed);
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

interface Vocabulary {
  readonly names: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Row-major prior weights: prior[f * WIDTH + c]. */
  readonly prior: Float64Array;
  /** Per feature L2 strength. */
  readonly penalty: Float64Array;
}

function buildVocabulary(
  data: PreparedExamples,
  rows: readonly number[],
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
  for (const def of patterns) {
    const c = learnedIndex.get(def.trap);
    if (c === undefined) continue;
    patternNames.push(patternFeature(def));
    patternPriors.push([c, def.prior + (rarity[c] ?? 0) - options.priorShift]);
  }
  const names = [...words, ...patternNames];
  const prior = new Float64Array(names.length * WIDTH);
  const penalty = new Float64Array(names.length).fill(options.l2);
  patternPriors.forEach(([c, value], k) => {
    const f = words.length + k;
    prior[f * WIDTH + c] = value;
    penalty[f] = options.patternL2;
  });
  return { names, index: new Map(names.map((name, f) => [name, f])), prior, penalty };
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
function spectralBound(rows: readonly Int32Array[], dim: number): number {
  let v = new Float64Array(dim + 1).fill(1);
  let estimate = 1;
  for (let iteration = 0; iteration < 40; iteration++) {
    const next = new Float64Array(dim + 1);
    for (const row of rows) {
      let u = v[dim] ?? 0;
      for (const f of row) u += v[f] ?? 0;
      for (const f of row) next[f] = (next[f] ?? 0) + u;
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
  vocabulary: Vocabulary,
  iterations: number,
): Weights {
  const dim = vocabulary.names.length;
  const n = rows.length;
  const size = dim * WIDTH;
  const { prior, penalty } = vocabulary;
  let maxPenalty = 0;
  for (const value of penalty) maxPenalty = Math.max(maxPenalty, value);
  const step = 1 / ((0.25 * spectralBound(rows, dim)) / n + maxPenalty);

  const weights = prior.slice();
  const bias = new Float64Array(WIDTH);
  for (let c = 0; c < WIDTH; c++) {
    let positives = 0;
    for (const y of labels) positives += y[c] ?? 0;
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
    for (let i = 0; i < n; i++) {
      const row = rows[i] ?? new Int32Array(0);
      const y = labels[i] ?? new Uint8Array(WIDTH);
      z.set(aheadBias);
      for (const f of row) {
        const base = f * WIDTH;
        for (let c = 0; c < WIDTH; c++) z[c] = (z[c] ?? 0) + (aheadWeights[base + c] ?? 0);
      }
      for (let c = 0; c < WIDTH; c++) {
        const residual = (sigmoid(z[c] ?? 0) - (y[c] ?? 0)) / n;
        z[c] = residual;
        gradBias[c] = (gradBias[c] ?? 0) + residual;
      }
      for (const f of row) {
        const base = f * WIDTH;
        for (let c = 0; c < WIDTH; c++) {
          gradWeights[base + c] = (gradWeights[base + c] ?? 0) + (z[c] ?? 0);
        }
      }
    }
    lastWeights.set(weights);
    lastBias.set(bias);
    for (let f = 0; f < dim; f++) {
      const lambda = penalty[f] ?? 0;
      const base = f * WIDTH;
      for (let c = 0; c < WIDTH; c++) {
        const j = base + c;
        const ahead = aheadWeights[j] ?? 0;
        const grad = (gradWeights[j] ?? 0) + lambda * (ahead - (prior[j] ?? 0));
        weights[j] = ahead - step * grad;
      }
    }
    for (let c = 0; c < WIDTH; c++) {
      bias[c] = (aheadBias[c] ?? 0) - step * (gradBias[c] ?? 0);
    }
  }
  return { weights, bias };
}

function score(row: Int32Array, fitted: Weights, c: number): number {
  let z = fitted.bias[c] ?? 0;
  for (const f of row) z += fitted.weights[f * WIDTH + c] ?? 0;
  return z;
}

/**
 * Platt scaling: a one-feature logistic regression from score to probability, with Platt's
 * smoothed targets so that a perfectly separated fold cannot produce infinite slopes.
 */
export function fitPlatt(scores: readonly number[], truth: readonly number[]): [number, number] {
  let positives = 0;
  for (const y of truth) positives += y;
  const negatives = truth.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const targets = truth.map((y) => (y === 1 ? high : low));
  const loss = (a: number, b: number): number => {
    let total = 0;
    scores.forEach((s, i) => {
      const p = Math.min(Math.max(sigmoid(a * s + b), 1e-12), 1 - 1e-12);
      const t = targets[i] ?? 0;
      total -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
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
      const d = p - (targets[i] ?? 0);
      const w = p * (1 - p);
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
): number {
  const grid: number[] = [];
  for (let k = 5; k <= 95; k++) grid.push(k / 100);
  const f1 = grid.map((threshold) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probabilities.forEach((p, i) => {
      const y = truth[i] ?? 0;
      if (p >= threshold) {
        if (y === 1) tp++;
        else fp++;
      } else if (y === 1) fn++;
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

function fitOn(data: PreparedExamples, rows: readonly number[], options: TrainOptions) {
  const vocabulary = buildVocabulary(data, rows, options);
  const encoded = rows.map((i) => encode(data.names[i] ?? [], vocabulary));
  const fitted = fitLogistic(encoded, labelRows(data, rows), vocabulary, options.iterations);
  return { vocabulary, fitted };
}

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
};

/** Trains the model: internal cross-validation for calibration and thresholds, then a final fit. */
export function trainModel(
  examples: readonly TrainingExample[],
  overrides: Partial<TrainOptions> = {},
): TrapModelData {
  const options: TrainOptions = { ...defaultTrainOptions, ...overrides };
  const data = prepareExamples(examples);
  const all = examples.map((_, i) => i);

  // Out-of-fold scores: every example is scored by a model that never saw it.
  const outOfFold = new Float64Array(examples.length * WIDTH);
  const fold = assignFolds(examples.length, options.folds, options.seed);
  for (let k = 0; k < options.folds; k++) {
    const trainRows = all.filter((i) => fold[i] !== k);
    const testRows = all.filter((i) => fold[i] === k);
    const { vocabulary, fitted } = fitOn(data, trainRows, options);
    for (const i of testRows) {
      const row = encode(data.names[i] ?? [], vocabulary);
      for (let c = 0; c < WIDTH; c++) outOfFold[i * WIDTH + c] = score(row, fitted, c);
    }
  }

  const scoresOf = (c: number) => all.map((i) => outOfFold[i * WIDTH + c] ?? 0);
  const truthOf = (c: number) => all.map((i) => data.labels[i * WIDTH + c] ?? 0);
  const columns = learnedTrapIds.map((_, c) => c);
  // Scores share one logit scale across traps, so one calibration fitted on all of them is a
  // steadier guide for a rare trap than its own few examples; each trap's own fit gets more
  // say the more examples it has.
  const [pooledA, pooledB] = fitPlatt(columns.flatMap(scoresOf), columns.flatMap(truthOf));
  const calibration: [number, number][] = [];
  const perTrap: { probabilities: number[]; truth: number[] }[] = [];
  for (const c of columns) {
    const scores = scoresOf(c);
    const truth = truthOf(c);
    const [a, b] = fitPlatt(scores, truth);
    let positives = 0;
    for (const y of truth) positives += y;
    const share = positives / (positives + options.calibrationPrior);
    const pair: [number, number] = [
      round(share * a + (1 - share) * pooledA, 4),
      round(share * b + (1 - share) * pooledB, 4),
    ];
    calibration.push(pair);
    perTrap.push({ probabilities: scores.map((s) => sigmoid(pair[0] * s + pair[1])), truth });
  }
  // A trap with few examples gets a threshold pulled towards the one that suits all traps
  // together, since its own best threshold rests on a handful of thoughts.
  const pooled = chooseThreshold(
    perTrap.flatMap((trap) => trap.probabilities),
    perTrap.flatMap((trap) => trap.truth),
    options,
  );
  const thresholds = perTrap.map(({ probabilities, truth }) => {
    const own = chooseThreshold(probabilities, truth, options);
    let positives = 0;
    for (const y of truth) positives += y;
    const share = positives / (positives + options.thresholdPrior);
    return round(share * own + (1 - share) * pooled, 2);
  });

  const { vocabulary, fitted } = fitOn(data, all, options);
  const features: Record<string, number[]> = {};
  vocabulary.names.forEach((name, f) => {
    const list: number[] = [];
    let any = false;
    for (let c = 0; c < WIDTH; c++) {
      const value = Math.round((fitted.weights[f * WIDTH + c] ?? 0) * options.scale);
      list.push(value === 0 ? 0 : value);
      if (value !== 0) any = true;
    }
    if (any && list.some((value) => Math.abs(value) >= options.pruneBelow)) features[name] = list;
  });
  return {
    version: 1,
    scale: options.scale,
    traps: [...learnedTrapIds] satisfies LearnedTrapId[],
    bias: Array.from(fitted.bias, (b) => {
      const value = Math.round(b * options.scale);
      return value === 0 ? 0 : value;
    }),
    calibration,
    thresholds,
    features,
  };
}
