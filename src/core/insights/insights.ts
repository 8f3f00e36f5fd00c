import type { Checkin } from "../checkins/checkin.schema.js";
import { addDays, isLocalDate, type LocalDate } from "../dates/local-date.js";
import { type ActivityDay, activitiesAndMood } from "./activities-and-mood.js";
import { type ActivityCount, cycleMapInSteps } from "./cycle-map.js";
import { buildDailySeries, epochDayOf } from "./daily-series.js";
import { type DoneActivity, forecastGap } from "./forecast-gap.js";
import type { Insights } from "./insights.schema.js";
import { finished, type Steps } from "./steps.js";
import { withdrawalSignal } from "./withdrawal-signal.js";
import { counted } from "./wording.js";

/**
 * Everything the Insights screen shows, from one person's check-ins and planned activities,
 * as of `today` (their local date). Pure: the same input always gives the same output, and it
 * runs the same in the browser and on the server.
 */

/** A planned activity as the Plan keeps it; only the fields insights read. */
export interface PlannedActivityInput {
  date: LocalDate;
  area: string;
  done: boolean;
  /** Enjoyment expected before, 0–10. */
  predictedEnjoyment?: number;
  /** Enjoyment felt after, 0–10. */
  actualEnjoyment?: number;
}

export interface InsightsInput {
  checkins: readonly Checkin[];
  /** Absent until the person uses the Plan. */
  activities?: readonly PlannedActivityInput[];
}

export interface InsightsOptions {
  /** Bootstrap resamples for every interval; 1,000 by default. */
  resamples?: number;
}

/**
 * Check-ins and activities dated after `today` are left out. From the first planned activity on,
 * days count as "using the Plan", so a day with nothing done counts as none done (see
 * `cycleMap` and `activitiesAndMood`). Throws only on a `today` that is not a real date, which
 * is a mistake in the caller, never in the person's data.
 */
export function computeInsights(
  input: InsightsInput,
  today: LocalDate,
  options: InsightsOptions = {},
): Insights {
  return finished(insightsInSteps(input, today, options));
}

/**
 * `computeInsights` as steps (steps.ts): on years of check-ins each part, and each arrow of the
 * cycle map with its bootstrap, takes milliseconds, and a server answering everyone on one
 * thread lets others in between them. Run to the end, it gives what `computeInsights` gives.
 */
export function* insightsInSteps(
  input: InsightsInput,
  today: LocalDate,
  options: InsightsOptions = {},
): Steps<Insights> {
  if (!isLocalDate(today))
    throw new RangeError(`today must be a date written YYYY-MM-DD, got ${today}`);
  const series = buildDailySeries(input.checkins, today);

  // One pass over the planned activities builds all three views the modules take.
  const countByDate = new Map<LocalDate, number>();
  const areasByDate = new Map<LocalDate, string[]>();
  const rated: DoneActivity[] = [];
  let activitiesDone = 0;
  for (const activity of input.activities ?? []) {
    if (epochDayOf(activity.date) === null || activity.date > today) continue;
    const areas = areasByDate.get(activity.date) ?? [];
    areasByDate.set(activity.date, areas);
    countByDate.set(activity.date, (countByDate.get(activity.date) ?? 0) + (activity.done ? 1 : 0));
    if (!activity.done) continue;
    activitiesDone += 1;
    areas.push(activity.area);
    const { predictedEnjoyment: predicted, actualEnjoyment: actual } = activity;
    if (predicted !== undefined && actual !== undefined) {
      rated.push({ date: activity.date, area: activity.area, predicted, actual });
    }
  }
  const counts: ActivityCount[] = [...countByDate].map(([date, count]) => ({ date, count }));
  const days: ActivityDay[] = [...areasByDate].map(([date, areas]) => ({ date, areas }));

  // The series ends on its last check-in day.
  const lastDate = series.firstDate === null ? null : addDays(series.firstDate, series.length - 1);
  const empty = series.checkins === 0 && activitiesDone === 0;
  const summary = empty
    ? "Your insights will show up here after a few check-ins. There is nothing you need to do now: " +
      "check in when it suits you, and the patterns will start to appear."
    : `These insights come from ${counted(series.checkins, "check-in", "check-ins")}` +
      (activitiesDone > 0
        ? ` and ${counted(activitiesDone, "activity", "activities")} done.`
        : ".") +
      " They show patterns in your own days, not proof of cause.";

  const resampling = options.resamples !== undefined ? { resamples: options.resamples } : {};
  yield;
  // Each part in the order they were always worked out, with a step between.
  const withdrawal = withdrawalSignal(series, today);
  yield;
  const cycle = yield* cycleMapInSteps(series, counts.length > 0 ? counts : undefined, resampling);
  yield;
  const activities = activitiesAndMood(series, days, resampling);
  yield;
  return {
    today,
    empty,
    summary,
    data: {
      checkins: series.checkins,
      firstDate: series.firstDate,
      lastDate,
      activitiesDone,
    },
    withdrawal,
    cycle,
    activitiesAndMood: activities,
    forecastGap: forecastGap(rated, resampling),
  };
}
