import type { LocalDate } from "../dates/local-date.js";
import { blockBootstrapEach, type Estimator } from "./block-bootstrap.js";
import { epochDayOf } from "./daily-series.js";
import type { ForecastGap, ForecastGapSummary, ForecastMonth } from "./insights.schema.js";
import { seedFrom } from "./random.js";
import { digitsFor, oneDecimal } from "./wording.js";

/**
 * Predicted vs. actual enjoyment. Low mood makes things look less enjoyable in advance than
 * they turn out to be; seeing that gap in your own ratings is one of the most direct answers to
 * "there's no point trying".
 *
 * Input: planned activities that were done and rated, each with the enjoyment predicted before
 * (0–10) and the enjoyment felt after (0–10). Ratings outside 0–10, or missing, are left out.
 * Gap = actual − predicted: above 0 means better than expected.
 *
 * A mean gap is shown for all areas together and for each area once 5 are done and rated.
 * The 90% interval is a moving-block bootstrap over the activities in date order (activities
 * close in time share a mood, so they are not separate chances). If an area's activities all
 * sit in one short stretch, most resamples miss them and that area waits for more. `overTime` gives month-by-month
 * means for the chart.
 */

export const MIN_DONE = 5;

export interface DoneActivity {
  date: LocalDate;
  area: string;
  predicted: number;
  actual: number;
}

export interface ForecastGapOptions {
  resamples?: number;
  level?: number;
}

const isRating = (value: number) => Number.isFinite(value) && value >= 0 && value <= 10;

/** "2.1 points more", "0.8 points less". */
function amount(value: number, digits = 1): string {
  return `${oneDecimal(value, digits)} points ${value >= 0 ? "more" : "less"}`;
}

function sentenceFor(
  area: string | null,
  gap: number,
  low: number,
  high: number,
  done: number,
  sameEachTime: boolean,
): string {
  const what = area === null ? "your planned activities" : `${area} activities`;
  const from = `(from ${done} done)`;
  // Every resample of equal gaps is that gap, so a range would read "between 3.00 and 3.00".
  if (sameEachTime) {
    if (gap === 0)
      return `So far, ${what} have felt just as enjoyable as you expected, each time ${from}.`;
    const size = Number(oneDecimal(gap));
    return `You've enjoyed ${what} ${size} ${size === 1 ? "point" : "points"} ${gap > 0 ? "more" : "less"} than you expected, each time so far ${from}.`;
  }
  if (low <= 0 && high >= 0) {
    return (
      `So far, ${what} have felt about as enjoyable as you expected ${from}: ` +
      `anywhere from ${amount(low)} to ${amount(high)} than you expected.`
    );
  }
  const near = Math.min(Math.abs(low), Math.abs(high));
  const far = Math.max(Math.abs(low), Math.abs(high)) * Math.sign(gap);
  const digits = digitsFor(near, far);
  return (
    `You've enjoyed ${what} about ${amount(gap, digits)} than you expected — ` +
    `likely between ${oneDecimal(near, digits)} and ${amount(far, digits)} ${from}.`
  );
}

function summaryFor(
  area: string | null,
  items: readonly DoneActivity[],
  interval: [number, number] | undefined,
): ForecastGapSummary {
  const done = items.length;
  if (done < MIN_DONE || interval === undefined) {
    const what = area === null ? "planned activities" : `${area} activities`;
    return {
      area,
      done,
      status: "not-enough-data",
      needed: Math.max(0, MIN_DONE - done),
      sentence: `This appears once you have done and rated ${MIN_DONE} ${what}. So far: ${done}.`,
    };
  }
  let predicted = 0;
  let actual = 0;
  const firstGap = (items[0]?.actual ?? 0) - (items[0]?.predicted ?? 0);
  const sameEachTime = items.every((item) => item.actual - item.predicted === firstGap);
  for (const item of items) {
    predicted += item.predicted;
    actual += item.actual;
  }
  const meanPredicted = predicted / done;
  const meanActual = actual / done;
  const gap = meanActual - meanPredicted;
  const [low, high] = interval;
  return {
    area,
    done,
    status: "ok",
    meanPredicted,
    meanActual,
    gap,
    interval: [low, high],
    includesZero: low <= 0 && high >= 0,
    sentence: sentenceFor(area, gap, low, high, done, sameEachTime),
  };
}

/** Mean gap overall and by area, and month-by-month means. */
export function forecastGap(
  activities: readonly DoneActivity[],
  options: ForecastGapOptions = {},
): ForecastGap {
  const rated = activities
    .filter((a) => epochDayOf(a.date) !== null && isRating(a.predicted) && isRating(a.actual))
    // Date order for the block bootstrap; the sort is stable, so same-day order is kept.
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const byArea = new Map<string, DoneActivity[]>();
  const byMonth = new Map<string, { done: number; predicted: number; actual: number }>();
  for (const item of rated) {
    const list = byArea.get(item.area);
    if (list) list.push(item);
    else byArea.set(item.area, [item]);
    const month = item.date.slice(0, 7);
    const totals = byMonth.get(month) ?? { done: 0, predicted: 0, actual: 0 };
    totals.done += 1;
    totals.predicted += item.predicted;
    totals.actual += item.actual;
    byMonth.set(month, totals);
  }

  const overTime: ForecastMonth[] = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, totals]) => ({
      month,
      done: totals.done,
      meanPredicted: totals.predicted / totals.done,
      meanActual: totals.actual / totals.done,
    }));

  // One bootstrap over all rated activities in date order serves every mean: components are the
  // gap, then for each area with enough done, its flag and flag × gap. An area's mean in a
  // resample is its gap total over its count there, which varies from resample to resample, as
  // it would in another stretch of the same life.
  const n = rated.length;
  const areas = [...byArea.keys()].sort();
  const shown = areas.filter((area) => (byArea.get(area)?.length ?? 0) >= MIN_DONE);
  const gaps = Float64Array.from(rated, (item) => item.actual - item.predicted);
  const components: Float64Array[] = [gaps];
  const estimators: Estimator[] = [(sums) => (sums[0] ?? 0) / n];
  for (const area of shown) {
    const flags = Float64Array.from(rated, (item) => (item.area === area ? 1 : 0));
    const flagged = Float64Array.from(rated, (item, i) =>
      item.area === area ? (gaps[i] ?? 0) : 0,
    );
    const at = components.length;
    components.push(flags, flagged);
    estimators.push((sums) => {
      const count = sums[at] ?? 0;
      return count >= 0.5 ? (sums[at + 1] ?? 0) / count : null;
    });
  }
  const intervals =
    n >= MIN_DONE
      ? blockBootstrapEach(components, estimators, {
          seed: seedFrom("forecast-gap"),
          ...(options.resamples !== undefined && { resamples: options.resamples }),
          ...(options.level !== undefined && { level: options.level }),
        })
      : [];
  const intervalOf = (i: number) => intervals[i]?.interval;

  return {
    overall: summaryFor(null, rated, intervalOf(0)),
    byArea: areas.map((area) => {
      const index = shown.indexOf(area);
      return summaryFor(
        area,
        byArea.get(area) ?? [],
        index >= 0 ? intervalOf(index + 1) : undefined,
      );
    }),
    overTime,
    minDone: MIN_DONE,
  };
}
