import { readFileSync } from "node:fs";
import { parseExamples } from "../src/core/traps/dataset.js";
import { createTrapDetector } from "../src/core/traps/detect-traps.js";
import { loadModel } from "../src/core/traps/model.js";
import { prepareText } from "../src/core/traps/text.js";
import {
  assignFolds,
  type TrainingExample,
  type TrainOptions,
  trainModel,
} from "../src/core/traps/train.js";
import { type LearnedTrapId, learnedTrapIds, type TrapId } from "../src/core/traps/trap-ids.js";

/**
 * k-fold cross-validation over the training file: each fold's model (thresholds included) is
 * trained on the other folds only, then scored on the held-out fold. A keyword baseline built
 * from the design notes' typical signs is scored on the same folds.
 */

// Training options may be overridden for experiments: TRAPS_TRAIN='{"l2":0.02}'.
const overrides: Partial<TrainOptions> = JSON.parse(process.env.TRAPS_TRAIN ?? "{}");
const FOLDS = 5;
const SEED = 7;

const dataUrl = new URL("../datasets/thinking-traps/train.jsonl", import.meta.url);
const examples = parseExamples(readFileSync(dataUrl, "utf8"));

const baselineKeywords: Record<LearnedTrapId, readonly string[]> = {
  "all-or-nothing": ["completely", "total failure", "perfect", "worthless", "ruined"],
  overgeneralizing: ["always", "never", "every time", "nothing ever"],
  "discounting-positive": ["just being nice", "anyone could", "yes, but", "doesn't count"],
  "mind-reading": ["thinks i'm", "hate me", "hates me", "judging me"],
  "fortune-telling": ["i'll", "won't", "they'll"],
  catastrophizing: ["disaster", "can't stand", "the worst", "life is over"],
  "emotional-reasoning": ["i feel", "so i am"],
  "should-statements": ["should", "must", "ought to", "have to"],
  labeling: ["loser", "idiot", "selfish"],
  personalizing: ["my fault", "because of me"],
  blaming: ["ruined my", "made me"],
  comparing: ["everyone else", "better than me"],
};

const keywordRegexes = Object.fromEntries(
  learnedTrapIds.map((id) => {
    const words = baselineKeywords[id].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return [id, new RegExp(`(?<![\\p{L}'])(?:${words.join("|")})(?![\\p{L}])`, "iu")];
  }),
) as Record<LearnedTrapId, RegExp>;

function baseline(text: string): TrapId[] {
  const prepared = prepareText(text);
  return learnedTrapIds.filter((id) => keywordRegexes[id].test(prepared));
}

type Predict = (text: string) => readonly TrapId[];

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

interface Report {
  perTrap: Map<LearnedTrapId, Tally>;
  anyTrap: { tp: number; fn: number; tn: number; fp: number };
}

function emptyReport(): Report {
  return {
    perTrap: new Map(learnedTrapIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }])),
    anyTrap: { tp: 0, fn: 0, tn: 0, fp: 0 },
  };
}

function record(report: Report, truth: readonly TrapId[], predicted: readonly TrapId[]): void {
  for (const id of learnedTrapIds) {
    const tally = report.perTrap.get(id);
    if (!tally) continue;
    const isTrue = truth.includes(id);
    const isPredicted = predicted.includes(id);
    if (isTrue && isPredicted) tally.tp++;
    else if (isPredicted) tally.fp++;
    else if (isTrue) tally.fn++;
  }
  const some = truth.length > 0;
  const guessed = predicted.length > 0;
  if (some && guessed) report.anyTrap.tp++;
  else if (some) report.anyTrap.fn++;
  else if (guessed) report.anyTrap.fp++;
  else report.anyTrap.tn++;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1Of = (t: Tally): number => ratio(2 * t.tp, 2 * t.tp + t.fp + t.fn);

function summary(report: Report) {
  let micro: Tally = { tp: 0, fp: 0, fn: 0 };
  let macro = 0;
  for (const tally of report.perTrap.values()) {
    micro = { tp: micro.tp + tally.tp, fp: micro.fp + tally.fp, fn: micro.fn + tally.fn };
    macro += f1Of(tally);
  }
  const { tp, fn, tn, fp } = report.anyTrap;
  const balanced = (ratio(tp, tp + fn) + ratio(tn, tn + fp)) / 2;
  return {
    micro: f1Of(micro),
    macro: macro / learnedTrapIds.length,
    balanced,
    trapRecall: ratio(tp, tp + fn),
    noneRecall: ratio(tn, tn + fp),
  };
}

const started = performance.now();
const fold = assignFolds(examples.length, FOLDS, SEED);
const ours = emptyReport();
const keywords = emptyReport();
for (let k = 0; k < FOLDS; k++) {
  const training: TrainingExample[] = examples.filter((_, i) => fold[i] !== k);
  const testing = examples.filter((_, i) => fold[i] === k);
  const detect = createTrapDetector(loadModel(trainModel(training, overrides)));
  const predict: Predict = (text) => detect(text).traps.map((trap) => trap.id);
  for (const example of testing) {
    record(ours, example.traps, predict(example.text));
    record(keywords, example.traps, baseline(example.text));
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const pct = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => s.padEnd(n);
console.log(`${FOLDS}-fold cross-validation over ${examples.length} thoughts (${seconds} s)\n`);
console.log(
  `${pad("trap", 22)} ${pad("support", 8)}| ${pad("model P   R     F1", 20)}| keywords P   R     F1`,
);
for (const id of learnedTrapIds) {
  const a = ours.perTrap.get(id) ?? { tp: 0, fp: 0, fn: 0 };
  const b = keywords.perTrap.get(id) ?? { tp: 0, fp: 0, fn: 0 };
  const row = (t: Tally) =>
    `${pct(ratio(t.tp, t.tp + t.fp))} ${pct(ratio(t.tp, t.tp + t.fn))} ${pct(f1Of(t))}`;
  console.log(`${pad(id, 22)} ${pad(String(a.tp + a.fn), 8)}| ${pad(row(a), 20)}| ${row(b)}`);
}
const s1 = summary(ours);
const s2 = summary(keywords);
console.log("");
console.log(`${pad("", 31)}| ${pad("model", 20)}| keywords`);
console.log(`${pad("micro F1 (12 traps)", 31)}| ${pad(pct(s1.micro), 20)}| ${pct(s2.micro)}`);
console.log(`${pad("macro F1 (12 traps)", 31)}| ${pad(pct(s1.macro), 20)}| ${pct(s2.macro)}`);
console.log(
  `${pad("some trap vs none: bal. acc.", 31)}| ${pad(pct(s1.balanced), 20)}| ${pct(s2.balanced)}`,
);
console.log(
  `${pad("  recall on thoughts with a trap", 31)}| ${pad(pct(s1.trapRecall), 20)}| ${pct(s2.trapRecall)}`,
);
console.log(
  `${pad("  recall on thoughts with none", 31)}| ${pad(pct(s1.noneRecall), 20)}| ${pct(s2.noneRecall)}`,
);
