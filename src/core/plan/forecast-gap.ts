import {
  type Activity,
  type ActivityArea,
  activityAreas,
  type PlannedActivity,
} from "./activity.schema.js";

/** Below this, a difference between guesses and feelings is too likely to be chance to show. */
export const FORECAST_MIN_DONE = 5;
/** Gaps smaller than this are read as "about what you expected". */
const ABOUT_THE_SAME = 0.5;

export type ForecastPlan = Pick<
  PlannedActivity,
  "activityId" | "status" | "predictedEnjoyment" | "actualEnjoyment"
>;

export interface AreaGap {
  readonly area: ActivityArea;
  /** How many done, rated activities this rests on. */
  readonly count: number;
  readonly averagePredicted: number;
  readonly averageActual: number;
  /** Actual minus predicted, rounded to one decimal: above zero means better than expected. */
  readonly gap: number;
  readonly sentence: string;
}

export type ForecastGap =
  | {
      readonly status: "not-enough-yet";
      readonly done: number;
      readonly needed: number;
      readonly message: string;
    }
  | {
      readonly status: "ready";
      readonly done: number;
      readonly overallGap: number;
      readonly byArea: readonly AreaGap[];
      readonly summary: string;
    };

const areaWords = {
  connection: "connection activities",
  enjoyment: "enjoyable activities",
  achievement: "getting-things-done activities",
  "body-routine": "body and routine activities",
} as const satisfies Record<ActivityArea, string>;

const round1 = (value: number) => Math.round(value * 10) / 10;

function points(value: number): string {
  const abs = Math.abs(value);
  return `${abs.toFixed(1).replace(/\.0$/, "")} ${abs === 1 ? "point" : "points"}`;
}

function based(count: number): string {
  return count === 1 ? "based on 1 activity" : `based on ${count} activities`;
}

function sentenceFor(area: ActivityArea, gap: number, count: number): string {
  const words = areaWords[area];
  if (gap >= ABOUT_THE_SAME) {
    return `You've enjoyed ${words} ${points(gap)} more than you expected (${based(count)}).`;
  }
  if (gap <= -ABOUT_THE_SAME) {
    // Said plainly, without blame: a lower score is useful to know, not a failure.
    return `You've enjoyed ${words} ${points(gap)} less than you expected (${based(count)}). Worth knowing when you choose what to plan.`;
  }
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} have felt about as good as you expected (${based(count)}).`;
}

/**
 * How your guesses before an activity compare with how it felt afterwards, by area. Only done
 * activities with an enjoyment rating count, since they are the only ones with both numbers.
 */
export function forecastGap(
  planned: readonly ForecastPlan[],
  activities: readonly Pick<Activity, "id" | "area">[],
): ForecastGap {
  const areaOf = new Map(activities.map((a) => [a.id, a.area] as const));
  const sums = new Map<ActivityArea, { predicted: number; actual: number; count: number }>();
  let done = 0;
  let predictedTotal = 0;
  let actualTotal = 0;
  for (const plan of planned) {
    if (plan.status !== "done" || plan.actualEnjoyment === undefined) continue;
    done++;
    predictedTotal += plan.predictedEnjoyment;
    actualTotal += plan.actualEnjoyment;
    const area = areaOf.get(plan.activityId);
    if (area === undefined) continue;
    const sum = sums.get(area) ?? { predicted: 0, actual: 0, count: 0 };
    sum.predicted += plan.predictedEnjoyment;
    sum.actual += plan.actualEnjoyment;
    sum.count++;
    sums.set(area, sum);
  }

  if (done < FORECAST_MIN_DONE) {
    const needed = FORECAST_MIN_DONE - done;
    return {
      status: "not-enough-yet",
      done,
      needed,
      message: `Not enough yet: rate ${needed} more done ${
        needed === 1 ? "activity" : "activities"
      } to see how your guesses compare with how things felt.`,
    };
  }

  const byArea: AreaGap[] = [];
  for (const area of activityAreas) {
    const sum = sums.get(area);
    if (sum === undefined) continue;
    const averagePredicted = round1(sum.predicted / sum.count);
    const averageActual = round1(sum.actual / sum.count);
    const gap = round1((sum.actual - sum.predicted) / sum.count);
    byArea.push({
      area,
      count: sum.count,
      averagePredicted,
      averageActual,
      gap,
      sentence: sentenceFor(area, gap, sum.count),
    });
  }
  const overallGap = round1((actualTotal - predictedTotal) / done);
  const summary =
    overallGap >= ABOUT_THE_SAME
      ? `Across ${done} activities, things felt ${points(overallGap)} better than you expected. Low mood tends to expect less.`
      : overallGap <= -ABOUT_THE_SAME
        ? `Across ${done} activities, things felt ${points(overallGap)} below what you expected.`
        : `Across ${done} activities, things felt about as good as you expected.`;
  return { status: "ready", done, overallGap, byArea, summary };
}
