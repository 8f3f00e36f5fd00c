import { addDays, type LocalDate } from "../dates/local-date.js";
import type { DailySeries } from "./daily-series.js";
import { epochDay } from "./daily-series.js";
import type { MeasureChange, WithdrawalMeasure, WithdrawalSignal } from "./insights.schema.js";
import { withdrawalMeasures } from "./insights.schema.js";
import { summarize } from "./stats.js";
import {
  measureSentence,
  statusOf,
  withdrawalRows,
  withdrawalSummary,
} from "./withdrawal-words.js";
import { counted } from "./wording.js";

/**
 * The withdrawal signal: does the last week look like the start of the pull-away cycle,
 * judged against this person's own usual weeks rather than anyone else's?
 *
 * Windows (both include their end days; `today` counts, so a check-in made today is used):
 * - recent: the 7 days `today − 6` … `today`;
 * - baseline: the 28 days before that, `today − 34` … `today − 7`.
 * Only days with a check-in count. A day without one is unknown, never zero connections.
 *
 * Enough data: at least 4 check-ins in the recent window and 10 in the baseline; below that the
 * status is `not-enough-data` with how many more each window needs. A single measure (energy,
 * say, which is optional) also needs 4 recent and 10 baseline values, or it is left out and
 * listed in `notEnoughData`.
 *
 * A measure is a *signal* when its recent mean moved in the worrying direction (connections,
 * mood, energy and enjoyment down; rumination and feeling like a burden up) by at least
 *   threshold = max(floor, 0.75 × baseline standard deviation),
 * where the floor is 1 point on the 0–10 scales and 0.5 connections a day. The 0.75 SD part
 * scales with how much this person's days usually vary; the floor keeps a very steady baseline
 * from turning a small wobble into a signal. Exactly at the threshold counts.
 *
 * Status, from the signals (mood-side = mood, energy, enjoyment, rumination, burden):
 * - `alert`: connections are down AND at least one mood-side measure is worse: the cycle's
 *   two halves, pulling away and feeling low, showing up in the same week;
 * - `watch`: connections are down on their own, or at least three mood-side measures are worse;
 * - `none`: anything less. One or two mood-side signals on their own stay `none` (they are still
 *   listed in `measures` with `signal: true`). These five measures rise and fall together, so on
 *   a steady person one or two of them cross their line by chance in about one week in seven;
 *   calling that out would make `watch` cry wolf. On simulated steady people (mood varying day
 *   to day, nothing changing underneath) this rule gives `watch` in about 1 week in 10 and
 *   `alert` in about 1 in 50; after a real drop of 2 points in mood with 60% fewer connections it
 *   gives `watch` or `alert` about 9 times in 10 (see the tests).
 *
 * Deterministic: the same check-ins and `today` always give the same answer.
 */

export const RECENT_DAYS = 7;
export const BASELINE_DAYS = 28;
export const MIN_RECENT_CHECKINS = 4;
export const MIN_BASELINE_CHECKINS = 10;
export const SD_FACTOR = 0.75;

/** The least change that can count, in each measure's units. */
export const THRESHOLD_FLOOR: Record<WithdrawalMeasure, number> = {
  connections: 0.5,
  mood: 1,
  energy: 1,
  enjoyment: 1,
  rumination: 1,
  burden: 1,
};

/** +1 where a rise is the worrying direction, −1 where a fall is. */
const WORSE_DIRECTION: Record<WithdrawalMeasure, 1 | -1> = {
  connections: -1,
  mood: -1,
  energy: -1,
  enjoyment: -1,
  rumination: 1,
  burden: 1,
};

// Rounding in means such as 4.25 − 5.25 must not push a change that is exactly at the
// threshold to just below it.
const EPSILON = 1e-9;

/** Compares the last 7 days with the 28 before them for each measure. */
export function withdrawalSignal(series: DailySeries, today: LocalDate): WithdrawalSignal {
  const window = {
    recent: { from: addDays(today, -(RECENT_DAYS - 1)), to: today },
    baseline: {
      from: addDays(today, -(RECENT_DAYS + BASELINE_DAYS - 1)),
      to: addDays(today, -RECENT_DAYS),
    },
  };
  // Index ranges [from, to) into the series; they may fall partly or wholly outside it.
  const todayIndex = epochDay(today) - series.firstDay;
  const recentFrom = todayIndex - RECENT_DAYS + 1;
  const baselineFrom = recentFrom - BASELINE_DAYS;

  const checkins = {
    recent: countPresent(series, recentFrom, todayIndex + 1),
    baseline: countPresent(series, baselineFrom, recentFrom),
  };
  if (checkins.recent < MIN_RECENT_CHECKINS || checkins.baseline < MIN_BASELINE_CHECKINS) {
    const needed = {
      recent: Math.max(0, MIN_RECENT_CHECKINS - checkins.recent),
      baseline: Math.max(0, MIN_BASELINE_CHECKINS - checkins.baseline),
    };
    return {
      status: "not-enough-data",
      window,
      checkins,
      needed,
      summary: notEnoughSummary(checkins),
    };
  }

  const measures: MeasureChange[] = [];
  const notEnoughData: WithdrawalMeasure[] = [];
  for (const measure of withdrawalMeasures) {
    const column = series.values[measure];
    const recent = summarize(column, recentFrom, todayIndex + 1);
    const baseline = summarize(column, baselineFrom, recentFrom);
    if (recent.n < MIN_RECENT_CHECKINS || baseline.n < MIN_BASELINE_CHECKINS) {
      notEnoughData.push(measure);
      continue;
    }
    const change = recent.mean - baseline.mean;
    const threshold = Math.max(THRESHOLD_FLOOR[measure], SD_FACTOR * baseline.sd);
    const signal = WORSE_DIRECTION[measure] * change >= threshold - EPSILON;
    measures.push({
      measure,
      nRecent: recent.n,
      nBaseline: baseline.n,
      recentMean: recent.mean,
      baselineMean: baseline.mean,
      baselineSd: baseline.sd,
      change,
      changeInSd: baseline.sd > 0 ? change / baseline.sd : null,
      threshold,
      signal,
      sentence: measureSentence(measure, recent.mean, baseline.mean, signal),
    });
  }

  // The status, the summary and the table all come from these rows, so they always agree.
  const rows = withdrawalRows(measures);
  return {
    status: statusOf(rows),
    window,
    checkins,
    signals: rows.filter((row) => row.standsOut).map((row) => row.measure),
    measures,
    notEnoughData,
    summary: withdrawalSummary(rows),
  };
}

function countPresent(series: DailySeries, from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i < Math.min(to, series.length); i += 1)
    n += series.present[i] ?? 0;
  return n;
}

function notEnoughSummary(checkins: { recent: number; baseline: number }): string {
  return (
    `This check compares your last 7 days with the 4 weeks before them. It starts once there are ` +
    `at least ${MIN_RECENT_CHECKINS} check-ins in the last 7 days and ${MIN_BASELINE_CHECKINS} in the 4 weeks before. ` +
    `Right now there ${checkins.recent === 1 ? "is" : "are"} ${counted(checkins.recent, "check-in", "check-ins")} in the last 7 days ` +
    `and ${checkins.baseline} in the 4 weeks before.`
  );
}
