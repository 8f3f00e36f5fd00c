import { mulberry32 } from "../../seeded-random.js";
import { BUCKET_BITS, BUCKETS, forEachFeature } from "./features.js";
import { decodeModel, encodeWeights, type StoredCrisisModel } from "./model-format.js";
import { createCrisisScorer } from "./scorer.js";
import { tokenize } from "./tokens.js";
import { bestWindow } from "./window.js";

export interface LabelledStatement {
  text: string;
  crisis: boolean;
}

export interface TrainOptions {
  epochs: number;
  /** Step size of the first epoch; it shrinks as 1 / (1 + epoch * decay). */
  rate: number;
  decay: number;
  /** L2 pull toward zero on every weight a statement touches. */
  l2: number;
  /** How much more a crisis statement counts than a calm one: misses cost more. */
  crisisWeight: number;
  /**
   * Quantised weights this small or smaller are set to zero. A word or run of letters the
   * training barely saw then adds nothing, rather than noise, when it turns up in real text.
   */
  prune: number;
  seed: number;
}

export const defaultTrainOptions: TrainOptions = {
  epochs: 16,
  rate: 0.02,
  decay: 0.25,
  l2: 0.05,
  crisisWeight: 1,
  prune: 0,
  seed: 20261203,
};

interface Featured {
  /** Signed bucket numbers, sign * (bucket + 1), word by word, repeats kept. */
  features: Int32Array;
  /** Where each word's features begin in `features`; the last entry is the total. */
  wordStart: Int32Array;
  words: number;
}

export function featurize(text: string): Featured {
  const tokens = tokenize(text);
  const byWord: number[][] = Array.from({ length: tokens.count }, () => []);
  forEachFeature(tokens, (word, bucket, sign) => {
    byWord[word]?.push(sign * (bucket + 1));
  });
  const wordStart = new Int32Array(tokens.count + 1);
  byWord.forEach((list, word) => {
    wordStart[word + 1] = (wordStart[word] ?? 0) + list.length;
  });
  return { features: Int32Array.from(byWord.flat()), wordStart, words: tokens.count };
}

/**
 * Logistic regression by stochastic gradient descent, in a shuffled order fixed by the seed, then
 * weights quantised to signed bytes. As at run time, a statement is read in windows of words and
 * only its highest window is scored, so each step learns from that window: for a crisis
 * statement it raises the window that already looks most like crisis, for any other it lowers
 * the window that looks most like crisis. Plain arithmetic in a fixed order, so the same
 * statements give the same bytes on every run.
 *
 * The threshold is left at 0.5 here; the training script chooses it on statements held out.
 */
export function trainCrisisModel(
  statements: readonly LabelledStatement[],
  options: TrainOptions = defaultTrainOptions,
): StoredCrisisModel {
  const featured = statements.map((statement) => featurize(statement.text));
  const labels = statements.map((statement) => (statement.crisis ? 1 : 0));
  const weights = new Float64Array(BUCKETS);
  let bias = 0;
  const random = mulberry32(options.seed);
  const order = statements.map((_, i) => i);
  const value = (signed: number): number =>
    signed > 0 ? (weights[signed - 1] ?? 0) : -(weights[-signed - 1] ?? 0);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = swap;
    }
    const rate = options.rate / (1 + epoch * options.decay);
    for (const index of order) {
      const example = featured[index];
      if (example === undefined || example.words === 0) continue;
      const { features, wordStart, words } = example;
      const parts = new Float64Array(words);
      for (let word = 0; word < words; word++) {
        let part = 0;
        for (let f = wordStart[word] ?? 0; f < (wordStart[word + 1] ?? 0); f++) {
          part += value(features[f] ?? 0);
        }
        parts[word] = part;
      }
      const window = bestWindow(parts, words);
      const label = labels[index] ?? 0;
      const gradient =
        (1 / (1 + Math.exp(-(bias + window.sum))) - label) *
        (label === 1 ? options.crisisWeight : 1);
      bias -= rate * gradient;
      const from = wordStart[window.start] ?? 0;
      const to = wordStart[window.start + window.size] ?? 0;
      for (let f = from; f < to; f++) {
        const signed = features[f] ?? 0;
        const bucket = signed > 0 ? signed - 1 : -signed - 1;
        const w = weights[bucket] ?? 0;
        weights[bucket] = w - rate * ((signed > 0 ? gradient : -gradient) + options.l2 * w);
      }
    }
  }

  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? Number((largest / 127).toPrecision(6)) : 1;
  const quantised = new Int8Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++) {
    const q = Math.max(-127, Math.min(127, Math.round((weights[i] ?? 0) / scale)));
    quantised[i] = Math.abs(q) <= options.prune ? 0 : q;
  }
  return {
    version: 2,
    bucketBits: BUCKET_BITS,
    scale,
    bias: Number(bias.toFixed(4)),
    threshold: 0.5,
    weights: encodeWeights(quantised),
  };
}

/** Share of held-out look-alikes the threshold may flag; docs/CRISIS-SCORER.md says why. */
export const FALSE_ALARM_BUDGET = 0.05;

export interface SplitStatement extends LabelledStatement {
  split: "train" | "heldout";
}

export interface BuiltCrisisModel {
  /** Trained on the training templates only; its threshold is chosen on the held-out ones. */
  draft: StoredCrisisModel;
  /** Trained on every statement, with the draft's threshold: the model that ships. */
  shipped: StoredCrisisModel;
}

/**
 * The threshold is chosen with a draft model that has not seen the held-out templates, so it is
 * set on wordings new to the model. The shipped model then learns from every template, held-out
 * ones too (a wording left out of the shipped model is a wording it would miss), and keeps the
 * draft's threshold.
 */
export function buildCrisisModel(
  statements: readonly SplitStatement[],
  options: TrainOptions = defaultTrainOptions,
): BuiltCrisisModel {
  const trained = trainCrisisModel(
    statements.filter((s) => s.split === "train"),
    options,
  );
  const score = createCrisisScorer(decodeModel(trained));
  const calm = statements.filter((s) => s.split === "heldout" && !s.crisis);
  const threshold = chooseThreshold(
    calm.map((s) => score(s.text).score),
    FALSE_ALARM_BUDGET,
  );
  return {
    draft: { ...trained, threshold },
    shipped: { ...trainCrisisModel(statements, options), threshold },
  };
}

/**
 * The threshold for recall: the lowest score, on a grid of 0.01, at which no more than
 * `falseAlarmBudget` of the held-out look-alikes are flagged. Lowest, because a missed crisis is
 * the worst outcome; bounded, because a card on most everyday notes would teach people to look
 * past it. docs/CRISIS-SCORER.md gives the reasons and the figures.
 */
export function chooseThreshold(calmScores: readonly number[], falseAlarmBudget: number): number {
  for (let step = 1; step <= 99; step++) {
    const threshold = step / 100;
    const alarms = calmScores.filter((score) => score >= threshold).length;
    if (alarms <= falseAlarmBudget * calmScores.length) return threshold;
  }
  return 0.99;
}
