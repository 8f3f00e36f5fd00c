import type { LocalDate } from "../dates/local-date.js";
import { blockBootstrapEach, type Estimator } from "./block-bootstrap.js";
import type { DailySeries } from "./daily-series.js";
import { epochDayOf } from "./daily-series.js";
import type { ActivitiesAndMood, AreaMood, MoodTiming } from "./insights.schema.js";
import { seedFrom } from "./random.js";
import { digitsFor, oneDecimal } from "./wording.js";

/**
 * Which kinds of activity go with a better mood, the same day or the next: for each activity
 * area, mean mood on days with something done in that area minus mean mood on other days.
 *
 * Which days count: from the first day in `days` on (before it the person was not using the
 * Plan). From then, a check-in day with no entry, or an entry without the area, is a day
 * "without". Same day compares mood(t); next day compares mood(t + 1) by what was done on t.
 *
 * Shown only when there are at least 5 days with and 5 without; below that, how many more of
 * each are needed. The 90% interval comes from a moving-block bootstrap over the days in date
 * order, because a good week is several good days in a row, not several separate chances.
 *
 * With many areas and two timings, now and then one will look different by chance alone; the
 * note says so, and every sentence is about going together, never about causing.
 */

export const MIN_DAYS = 5;

export interface ActivityDay {
  date: LocalDate;
  /** Areas with at least one activity done that day. */
  areas: readonly string[];
}

export interface ActivitiesAndMoodOptions {
  resamples?: number;
  level?: number;
}

const TIMINGS: readonly MoodTiming[] = ["same-day", "next-day"];

/**
 * Mean mood on "with" days minus mean on the others, from the resample's n days, their mood
 * total, the days with the area and their mood total; null when a side is empty.
 */
function differenceFromSums(
  n: number,
  moodTotal: number,
  withDays: number,
  withTotal: number,
): number | null {
  const withoutDays = n - withDays;
  // Sums of 0/1 flags over blocks are whole numbers, but stay safe against rounding.
  if (withDays < 0.5 || withoutDays < 0.5) return null;
  return withTotal / withDays - (moodTotal - withTotal) / withoutDays;
}

function amount(value: number, digits = 1): string {
  return `${oneDecimal(value, digits)} points ${value >= 0 ? "higher" : "lower"}`;
}

function sentenceFor(
  area: string,
  timing: MoodTiming,
  difference: number,
  low: number,
  high: number,
): string {
  const when =
    timing === "same-day" ? `On days with ${area} activities` : `On days after ${area} activities`;
  if (low <= 0 && high >= 0) {
    const days = timing === "same-day" ? "days with" : "days after";
    return (
      `No clear difference yet in your mood on ${days} ${area} activities: ` +
      `it could be anywhere from ${amount(low)} to ${amount(high)}.`
    );
  }
  const near = Math.min(Math.abs(low), Math.abs(high));
  const far = Math.max(Math.abs(low), Math.abs(high)) * Math.sign(difference);
  const digits = digitsFor(near, far);
  return (
    `${when}, your mood tended to be about ${amount(difference, digits)} than on other days — ` +
    `likely between ${oneDecimal(near, digits)} and ${amount(far, digits)}. This shows a pattern, not proof of cause.`
  );
}

/** Compares mood with and without each area, same day and next day. */
export function activitiesAndMood(
  series: DailySeries,
  days: readonly ActivityDay[],
  options: ActivitiesAndMoodOptions = {},
): ActivitiesAndMood {
  const note =
    "Each line compares your mood on days with an activity in one area with your other days. " +
    "With many areas, one can look different now and then by chance alone, " +
    "so a pattern that holds up over more weeks is worth more than a new one.";
  // Per day from the series' first day: the set of areas done. Days outside the series have
  // no mood to compare and are left out.
  const doneOn = new Map<number, Set<string>>();
  let firstIndex = Number.POSITIVE_INFINITY;
  for (const day of days) {
    const dayNumber = epochDayOf(day.date);
    if (dayNumber === null) continue;
    const index = dayNumber - series.firstDay;
    firstIndex = Math.min(firstIndex, index);
    const set = doneOn.get(index) ?? new Set<string>();
    for (const area of day.areas) if (area.length > 0) set.add(area);
    doneOn.set(index, set);
  }
  const allAreas = [...new Set([...doneOn.values()].flatMap((set) => [...set]))].sort();
  if (allAreas.length === 0 || series.length === 0) {
    return { areas: [], minDays: MIN_DAYS, note };
  }

  const mood = series.values.mood;
  const results: AreaMood[] = [];
  for (const timing of TIMINGS) {
    const shift = timing === "same-day" ? 0 : 1;
    // The days that can be compared: mood known on the day it is read, inside the tracked period.
    const indices: number[] = [];
    for (let t = Math.max(0, firstIndex); t + shift < series.length; t += 1) {
      if (Number.isFinite(mood[t + shift] ?? Number.NaN)) indices.push(t);
    }
    const n = indices.length;
    // Centred, so the sums stay small; a difference of means does not change.
    let centre = 0;
    for (const t of indices) centre += mood[t + shift] ?? 0;
    centre = n > 0 ? centre / n : 0;
    const values = new Float64Array(n);
    indices.forEach((t, i) => {
      values[i] = (mood[t + shift] ?? 0) - centre;
    });

    // Components for one shared bootstrap: mood, then for each area shown, its flag and
    // flag × mood. "Without" sums follow as totals minus "with" sums.
    const components: Float64Array[] = [values];
    const estimators: Estimator[] = [];
    const shown: {
      area: string;
      daysWith: number;
      daysWithout: number;
      moodWith: number;
      moodWithout: number;
    }[] = [];
    let moodTotal = 0;
    for (let i = 0; i < n; i += 1) moodTotal += values[i] ?? 0;
    for (const area of allAreas) {
      const flags = new Float64Array(n);
      const flagged = new Float64Array(n);
      let daysWith = 0;
      let withTotal = 0;
      indices.forEach((t, i) => {
        if (!doneOn.get(t)?.has(area)) return;
        flags[i] = 1;
        flagged[i] = values[i] ?? 0;
        daysWith += 1;
        withTotal += values[i] ?? 0;
      });
      const daysWithout = n - daysWith;
      if (daysWith < MIN_DAYS || daysWithout < MIN_DAYS) {
        results.push({
          area,
          timing,
          daysWith,
          daysWithout,
          status: "not-enough-data",
          needed: {
            with: Math.max(0, MIN_DAYS - daysWith),
            without: Math.max(0, MIN_DAYS - daysWithout),
          },
          // Each names its timing: the same-day and next-day waits are listed together.
          sentence:
            `Your mood on ${timing === "same-day" ? "days with" : "the day after"} ${area} activities ` +
            `appears once there are at least ${MIN_DAYS} days with them and ${MIN_DAYS} without. ` +
            `So far: ${daysWith} with and ${daysWithout} without.`,
        });
        continue;
      }
      const at = components.length;
      components.push(flags, flagged);
      estimators.push((sums) =>
        differenceFromSums(n, sums[0] ?? 0, sums[at] ?? 0, sums[at + 1] ?? 0),
      );
      shown.push({
        area,
        daysWith,
        daysWithout,
        moodWith: withTotal / daysWith + centre,
        moodWithout: (moodTotal - withTotal) / daysWithout + centre,
      });
    }
    if (shown.length === 0) continue;

    const intervals = blockBootstrapEach(components, estimators, {
      seed: seedFrom(`activities-and-mood:${timing}`),
      ...(options.resamples !== undefined && { resamples: options.resamples }),
      ...(options.level !== undefined && { level: options.level }),
    });
    shown.forEach((item, i) => {
      const { area, daysWith, daysWithout, moodWith, moodWithout } = item;
      const difference = moodWith - moodWithout;
      const base = { area, timing, daysWith, daysWithout };
      const boot = intervals[i];
      if (!boot) {
        // Possible only when the days with the area all sit in one short stretch, so most
        // resamples miss them: then there is too little spread to say anything yet.
        results.push({
          ...base,
          status: "not-enough-data",
          needed: { with: 0, without: 0 },
          sentence: `Your days with ${area} activities are too close together to compare yet.`,
        });
        return;
      }
      const [low, high] = boot.interval;
      results.push({
        ...base,
        status: "ok",
        moodWith,
        moodWithout,
        difference,
        interval: [low, high],
        includesZero: low <= 0 && high >= 0,
        sentence: sentenceFor(area, timing, difference, low, high),
      });
    });
  }
  // Same day first, then next day; areas alphabetically within each.
  results.sort(
    (a, b) => TIMINGS.indexOf(a.timing) - TIMINGS.indexOf(b.timing) || a.area.localeCompare(b.area),
  );
  return { areas: results, minDays: MIN_DAYS, note };
}
