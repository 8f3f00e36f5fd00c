import type { LocalDate } from "../dates/local-date.js";
import { blockBootstrap, DEFAULT_LEVEL } from "./block-bootstrap.js";
import type { DailyMeasure, DailySeries } from "./daily-series.js";
import { epochDayOf } from "./daily-series.js";
import type { CycleEdge, CycleEdgeId, CycleMap, CycleNode } from "./insights.schema.js";
import { type DayPairs, regressionComponents, slopeFromSums, totals } from "./lagged-regression.js";
import { seedFrom } from "./random.js";
import { summarize } from "./stats.js";
import { finished, type Steps } from "./steps.js";
import { digitsFor, oneDecimal } from "./wording.js";

/**
 * The personal cycle map: for each arrow, how the target tended to differ the next day for one
 * unit more of the predictor today, among days that started with the same value of the target.
 *
 * For arrow predictor → target, over every day pair (t, t + 1):
 *   target(t + 1) = a + effect · predictor(t) + c · target(t) + noise,
 * fitted by ordinary least squares. `effect` is in the target's units per unit of predictor.
 *
 * Sleep is the one arrow that reads the predictor from the second day of the pair: `sleepHours`
 * recorded on day t describes the night before day t, so "sleep last night → mood today" is
 * mood(t + 1) on sleepHours(t + 1), holding mood(t) constant.
 *
 * A day pair is usable when both days have a check-in with the values the arrow needs. `n` is
 * the number of usable pairs; an arrow is shown from 21 on. Below that, `not-enough-data` with
 * how many more pairs are needed. When the predictor or the target is the same on all but a
 * handful of days (fewer than 5 pairs differ from its most common value, as for a person who
 * never logs a connection), `no-variation`: there is nothing to compare, and that is not an
 * error.
 *
 * The 90% interval is a moving-block bootstrap over the day pairs in date order (blocks of about
 * n^(1/3) pairs, 1,000 resamples, percentile interval), with a fixed seed per arrow so the same
 * data always draws the same interval. Blocks keep a low week together, as it happened.
 *
 * These are associations within one person. Every sentence says "tended to" and ends by saying
 * that a pattern is not proof of cause.
 */

export const MIN_PAIRS = 21;
/** Pairs whose predictor must differ from its most common value for an arrow to be estimated. */
export const MIN_VARYING_PAIRS = 5;

export interface ActivityCount {
  date: LocalDate;
  count: number;
}

export interface CycleMapOptions {
  resamples?: number;
  level?: number;
  blockLength?: number;
}

type Source = DailyMeasure | "activities";

interface EdgeSpec {
  id: CycleEdgeId;
  from: CycleNode;
  to: CycleNode;
  predictor: Source;
  target: "mood" | "connections";
  /** True when the predictor is read from the second day of the pair (sleep). */
  predictorOnSecondDay: boolean;
  /** Opening of the sentence, up to the target. */
  lead: string;
  /** "… between <topic>" for the no-clear-pattern sentence. */
  topic: string;
  /** What the pairs must include, for `not-enough-data`. */
  includes: string;
}

const EDGES: readonly EdgeSpec[] = [
  {
    id: "connections-mood",
    from: "connections",
    to: "mood",
    predictor: "connections",
    target: "mood",
    predictorOnSecondDay: false,
    lead: "On days after you connected with one more person",
    topic: "connecting with people and your mood the next day",
    includes: "",
  },
  {
    id: "mood-connections",
    from: "mood",
    to: "connections",
    predictor: "mood",
    target: "connections",
    predictorOnSecondDay: false,
    lead: "On days after your mood was 1 point higher",
    topic: "your mood and connecting with people the next day",
    includes: "",
  },
  {
    id: "rumination-connections",
    from: "rumination",
    to: "connections",
    predictor: "rumination",
    target: "connections",
    predictorOnSecondDay: false,
    lead: "On days after your score for repeating thoughts was 1 point higher",
    topic: "repeating thoughts and connecting with people the next day",
    includes: " that include repeating thoughts",
  },
  {
    id: "sleep-mood",
    from: "sleep",
    to: "mood",
    predictor: "sleepHours",
    target: "mood",
    predictorOnSecondDay: true,
    lead: "After nights when you slept one hour longer",
    topic: "how long you slept and your mood the next day",
    includes: " that include your sleep",
  },
  {
    id: "activities-mood",
    from: "activities",
    to: "mood",
    predictor: "activities",
    target: "mood",
    predictorOnSecondDay: false,
    lead: "On days after you did one more planned activity",
    topic: "planned activities and your mood the next day",
    includes: " from when you started marking planned activities as done",
  },
];

/** What stayed the same, for `no-variation`. */
const UNCHANGING: Record<Source, string> = {
  connections: "The number of people you connected with",
  mood: "Your mood",
  rumination: "Your score for repeating thoughts",
  sleepHours: "Your hours of sleep",
  activities: "The number of planned activities you did",
  energy: "Your energy",
  enjoyment: "Your enjoyment",
  burden: "Your score for feeling like a burden",
};

/** "0.8 points higher", "0.3 more people". */
function amount(target: EdgeSpec["target"], value: number, digits = 1): string {
  const size = oneDecimal(value, digits);
  if (target === "mood") return `${size} points ${value >= 0 ? "higher" : "lower"}`;
  return `${size} ${value >= 0 ? "more" : "fewer"} ${size === "1.0" ? "person" : "people"}`;
}

function clearSentence(spec: EdgeSpec, effect: number, low: number, high: number): string {
  // Both ends share the effect's sign here; name the nearer end first.
  const near = Math.min(Math.abs(low), Math.abs(high));
  const far = Math.max(Math.abs(low), Math.abs(high)) * Math.sign(effect);
  const digits = digitsFor(near, far);
  const about = amount(spec.target, effect, digits);
  const likely = `likely between ${oneDecimal(near, digits)} and ${amount(spec.target, far, digits)}`;
  const middle =
    spec.target === "mood"
      ? `your mood tended to be about ${about}`
      : `you tended to connect with about ${about}`;
  return `${spec.lead}, ${middle} — ${likely}. This shows a pattern, not proof of cause.`;
}

function unclearSentence(spec: EdgeSpec, low: number, high: number): string {
  return (
    `No clear pattern yet between ${spec.topic}: ` +
    `it could be anywhere from ${amount(spec.target, low)} to ${amount(spec.target, high)}.`
  );
}

/**
 * Planned activities done per day, from the first day in `activities` on: from then, a day with
 * no entry means none were done; before then, the person was not using the Plan, so unknown.
 * Entries for the same date add up.
 */
function activitySeries(
  series: DailySeries,
  activities: readonly ActivityCount[] | undefined,
): Float64Array {
  const counts = new Float64Array(series.length).fill(Number.NaN);
  if (!activities || activities.length === 0 || series.length === 0) return counts;
  let firstIndex = Number.POSITIVE_INFINITY;
  const valid: { index: number; count: number }[] = [];
  for (const entry of activities) {
    const day = epochDayOf(entry.date);
    if (day === null || !Number.isFinite(entry.count) || entry.count < 0) continue;
    const index = day - series.firstDay;
    firstIndex = Math.min(firstIndex, index);
    valid.push({ index, count: entry.count });
  }
  if (valid.length === 0) return counts;
  counts.fill(0, Math.max(0, firstIndex));
  for (const { index, count } of valid) {
    if (index >= 0 && index < series.length) counts[index] = (counts[index] ?? 0) + count;
  }
  return counts;
}

function pairsFor(spec: EdgeSpec, series: DailySeries, activities: Float64Array): DayPairs {
  const predictor = spec.predictor === "activities" ? activities : series.values[spec.predictor];
  const target = series.values[spec.target];
  const shift = spec.predictorOnSecondDay ? 1 : 0;
  const x: number[] = [];
  const y: number[] = [];
  const z: number[] = [];
  for (let t = 0; t + 1 < series.length; t += 1) {
    const today = target[t];
    const tomorrow = target[t + 1];
    const cause = predictor[t + shift];
    // NaN marks a missing value; comparisons with NaN are false, so this keeps complete pairs.
    if (today === undefined || tomorrow === undefined || cause === undefined) continue;
    if (Number.isNaN(today) || Number.isNaN(tomorrow) || Number.isNaN(cause)) continue;
    x.push(cause);
    y.push(tomorrow);
    z.push(today);
  }
  return { x: Float64Array.from(x), y: Float64Array.from(y), z: Float64Array.from(z) };
}

/** Pairs whose predictor differs from its most common value. */
function varyingPairs(x: Float64Array): number {
  const tally = new Map<number, number>();
  let most = 0;
  for (const value of x) {
    const seen = (tally.get(value) ?? 0) + 1;
    tally.set(value, seen);
    if (seen > most) most = seen;
  }
  return x.length - most;
}

function edgeFor(
  spec: EdgeSpec,
  series: DailySeries,
  activities: Float64Array,
  hasActivities: boolean,
  options: CycleMapOptions,
): CycleEdge {
  const base = { id: spec.id, from: spec.from, to: spec.to };
  const pairs = pairsFor(spec, series, activities);
  const n = pairs.x.length;
  if (n < MIN_PAIRS) {
    const needed = MIN_PAIRS - n;
    const sentence =
      spec.predictor === "activities" && !hasActivities
        ? "This arrow appears once you start marking planned activities as done."
        : `This arrow appears after ${MIN_PAIRS} pairs of back-to-back days with check-ins${spec.includes}. ` +
          `There ${n === 1 ? "is" : "are"} ${n} so far.`;
    return { ...base, status: "not-enough-data", n, needed, sentence };
  }

  // A target that never changes (a person who never connects) leaves nothing to explain, just
  // as a predictor that never changes leaves nothing to compare.
  const still = varyingPairs(pairs.x) < MIN_VARYING_PAIRS ? spec.predictor : spec.target;
  const noVariation = {
    ...base,
    status: "no-variation",
    n,
    sentence: `${UNCHANGING[still]} stayed the same on nearly every day, so there is nothing to compare yet.`,
  } satisfies CycleEdge;
  if (varyingPairs(pairs.x) < MIN_VARYING_PAIRS || varyingPairs(pairs.y) < MIN_VARYING_PAIRS) {
    return noVariation;
  }

  const components = regressionComponents(pairs);
  const effect = slopeFromSums(n, totals(components));
  const slope = (sums: Float64Array) => slopeFromSums(n, sums);
  if (effect === null) return noVariation;
  const boot = blockBootstrap(components, slope, {
    seed: seedFrom(spec.id),
    ...(options.resamples !== undefined && { resamples: options.resamples }),
    ...(options.blockLength !== undefined && { blockLength: options.blockLength }),
    ...(options.level !== undefined && { level: options.level }),
  });
  if (boot === null) return noVariation;

  const [low, high] = boot.interval;
  const includesZero = low <= 0 && high >= 0;
  const typicalChange = summarize(pairs.x).sd;
  const targetSd = summarize(pairs.y).sd;
  return {
    ...base,
    status: "ok",
    n,
    effect,
    interval: [low, high],
    includesZero,
    typicalChange,
    effectPerTypicalChange: effect * typicalChange,
    standardizedEffect: targetSd > 0 ? (effect * typicalChange) / targetSd : 0,
    blockLength: boot.blockLength,
    resamples: boot.resamples,
    sentence: includesZero
      ? unclearSentence(spec, low, high)
      : clearSentence(spec, effect, low, high),
  };
}

/** Every arrow of the cycle map, in a fixed order. */
export function cycleMap(
  series: DailySeries,
  activities?: readonly ActivityCount[],
  options: CycleMapOptions = {},
): CycleMap {
  return finished(cycleMapInSteps(series, activities, options));
}

/**
 * `cycleMap` as steps (steps.ts), one arrow each: on years of days each arrow's bootstrap takes
 * milliseconds. Every arrow has a seed of its own, so the steps change nothing in the result.
 */
export function* cycleMapInSteps(
  series: DailySeries,
  activities?: readonly ActivityCount[],
  options: CycleMapOptions = {},
): Steps<CycleMap> {
  const activityCounts = activitySeries(series, activities);
  const hasActivities = activities !== undefined && activities.length > 0;
  const edges: CycleEdge[] = [];
  for (const spec of EDGES) {
    if (edges.length > 0) yield;
    edges.push(edgeFor(spec, series, activityCounts, hasActivities, options));
  }
  return {
    edges,
    minPairs: MIN_PAIRS,
    level: options.level ?? DEFAULT_LEVEL,
    note:
      "Each arrow shows how two things in your days tended to move together, from one day to the next. " +
      "It compares days that started out alike, for example with the same mood. " +
      "The range is where the real pattern most likely sits. These are patterns, not proof of cause.",
  };
}
