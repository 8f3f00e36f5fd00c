import type { Checkin } from "../checkins/checkin.schema.js";
import { circleStatus, overduePeople } from "../circle/next-step.js";
import type { Person } from "../circle/person.schema.js";
import { addDays, type LocalDate } from "../dates/local-date.js";
import { counted } from "../text/counted.js";
import { isolated } from "../text/isolated.js";
import {
  type Activity,
  type ActivityArea,
  type Effort,
  effortLevels,
  type PlannedActivity,
} from "./activity.schema.js";
import { catalogue } from "./catalogue.js";
import { type EnergyLevel, energyLevel, energyValue, type OneTapEnergy } from "./energy.js";
import { stableHash } from "./stable-hash.js";

export const SUGGESTION_COUNT = 3;
/** The window for "what you did recently and how it felt". */
const RECENT_RATING_DAYS = 28;
/** The window compared with the usual: this week. */
const RECENT_WEEK_DAYS = 7;
/** "Your usual": the 28 days before this week, so a quiet week does not drag its own baseline down. */
const BASELINE_DAYS = 28;
/** Too few days on either side and a drop could be noise, so no withdrawal is read from it. */
const MIN_RECENT_CHECKINS = 2;
const MIN_BASELINE_CHECKINS = 7;

export type SuggestCheckin = Pick<Checkin, "date" | "energy" | "connections">;
export type SuggestPlan = Pick<
  PlannedActivity,
  "activityId" | "date" | "status" | "actualEnjoyment" | "personId"
>;

export interface SuggestInput {
  readonly today: LocalDate;
  /** A one-tap answer or an energy number; when absent, today's check-in energy is used. */
  readonly energy?: number | OneTapEnergy | null | undefined;
  /** Minutes available; absent means no limit was given. */
  readonly minutes?: number | null | undefined;
  /** The catalogue merged with the person's own and edited activities; the built-in one by default. */
  readonly activities?: readonly Activity[] | undefined;
  readonly hiddenIds?: Iterable<string> | undefined;
  readonly checkins?: readonly SuggestCheckin[] | undefined;
  readonly planned?: readonly SuggestPlan[] | undefined;
  readonly people?: readonly Person[] | undefined;
}

export interface Suggestion {
  readonly activity: Activity;
  /** One line on why this fits today. */
  readonly reason: string;
  /** Set when the suggestion is a step toward someone in the circle. */
  readonly person?: { readonly id: string; readonly name: string };
}

/** How each energy level weighs each effort; absent means not offered at all on that level. */
const effortWeight = {
  low: { tiny: 1 },
  some: { tiny: 0.6, small: 0.5 },
  good: { tiny: 0.2, small: 0.5, bigger: 0.5 },
} as const satisfies Record<EnergyLevel, Partial<Record<Effort, number>>>;

function weightOf(level: EnergyLevel, effort: Effort): number | undefined {
  const weights: Partial<Record<Effort, number>> = effortWeight[level];
  return weights[effort];
}

const areaPhrase = {
  connection: "Connection activities",
  enjoyment: "Enjoyable activities",
  achievement: "Getting-things-done activities",
  "body-routine": "Body and routine activities",
} as const satisfies Record<ActivityArea, string>;

const areaReason = {
  connection: "A little contact with someone often lifts the day more than expected.",
  enjoyment: "Something small just for you; enjoyment often returns while doing, not before.",
  achievement: "Finishing one small thing can bring a quiet sense of progress.",
  "body-routine": "Small body and routine steps help steady energy and sleep.",
} as const satisfies Record<ActivityArea, string>;

const FALLBACK_REASON = "Nothing quite fits today, so here is one of the smallest steps there is.";

interface History {
  readonly todayEnergy: number | undefined;
  readonly withdrawn: boolean;
  readonly latestRating: ReadonlyMap<string, number>;
  readonly areaAverage: ReadonlyMap<ActivityArea, { mean: number; count: number }>;
  readonly doneLately: ReadonlySet<string>;
  readonly letGoLately: ReadonlySet<string>;
  readonly alreadyToday: ReadonlySet<string>;
}

/** One pass over check-ins and one over plans: suggestions stay fast with years of history. */
function readHistory(input: SuggestInput, byId: ReadonlyMap<string, Activity>): History {
  const { today } = input;
  const weekStart = addDays(today, -(RECENT_WEEK_DAYS - 1));
  const baselineStart = addDays(weekStart, -BASELINE_DAYS);

  let todayEnergy: number | undefined;
  let recentDays = 0;
  let recentConnections = 0;
  let baselineDays = 0;
  let baselineConnections = 0;
  for (const checkin of input.checkins ?? []) {
    const { date } = checkin;
    if (date === today) todayEnergy = checkin.energy;
    if (date > today || date < baselineStart) continue;
    if (date >= weekStart) {
      recentDays++;
      recentConnections += checkin.connections.length;
    } else {
      baselineDays++;
      baselineConnections += checkin.connections.length;
    }
  }
  // Rates per checked-in day, so a week with fewer check-ins is not read as fewer connections.
  const withdrawn =
    recentDays >= MIN_RECENT_CHECKINS &&
    baselineDays >= MIN_BASELINE_CHECKINS &&
    recentConnections / recentDays < baselineConnections / baselineDays;

  const ratingStart = addDays(today, -(RECENT_RATING_DAYS - 1));
  const varietyStart = addDays(today, -2);
  const latestRating = new Map<string, number>();
  const latestRatingDate = new Map<string, LocalDate>();
  const areaSums = new Map<ActivityArea, { sum: number; count: number }>();
  const doneLately = new Set<string>();
  const letGoLately = new Set<string>();
  const alreadyToday = new Set<string>();
  for (const plan of input.planned ?? []) {
    const { date, activityId } = plan;
    if (date > today || date < ratingStart) continue;
    if (date === today && plan.status !== "let-go") alreadyToday.add(activityId);
    if (plan.status === "let-go") {
      if (date >= varietyStart) letGoLately.add(activityId);
      continue;
    }
    if (plan.status !== "done") continue;
    if (date >= varietyStart && date < today) doneLately.add(activityId);
    const rating = plan.actualEnjoyment;
    if (rating === undefined) continue;
    const seen = latestRatingDate.get(activityId);
    if (seen === undefined || date >= seen) {
      latestRatingDate.set(activityId, date);
      latestRating.set(activityId, rating);
    }
    const area = byId.get(activityId)?.area;
    if (area !== undefined) {
      const sums = areaSums.get(area) ?? { sum: 0, count: 0 };
      sums.sum += rating;
      sums.count++;
      areaSums.set(area, sums);
    }
  }
  const areaAverage = new Map<ActivityArea, { mean: number; count: number }>();
  for (const [area, { sum, count }] of areaSums)
    areaAverage.set(area, { mean: sum / count, count });

  return {
    todayEnergy,
    withdrawn,
    latestRating,
    areaAverage,
    doneLately,
    letGoLately,
    alreadyToday,
  };
}

interface Ranked {
  readonly activity: Activity;
  readonly score: number;
  readonly tie: number;
}

function byRank(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.tie - b.tie || a.activity.id.localeCompare(b.activity.id);
}

function reasonFor(
  activity: Activity,
  history: History,
  level: EnergyLevel,
  minutes: number | undefined,
): string {
  const rating = history.latestRating.get(activity.id);
  if (rating !== undefined && rating >= 7) {
    return `Last time you did this, it felt like ${rating} out of 10.`;
  }
  const area = history.areaAverage.get(activity.area);
  if (area !== undefined && area.count >= 2 && area.mean >= 6.5) {
    return `${areaPhrase[activity.area]} have felt good to you lately.`;
  }
  if (level === "low") return "Tiny enough for a low-energy day.";
  if (minutes !== undefined) return `Fits in the ${counted(minutes, "minute")} you have.`;
  return areaReason[activity.area];
}

/**
 * Three activities that fit today, each with a one-line reason. Pure and deterministic: the same
 * inputs always give the same answer, and ties are broken by a hash of the date and the id so
 * the list changes from day to day without any randomness.
 */
export function suggestActivities(input: SuggestInput): Suggestion[] {
  const hidden = new Set(input.hiddenIds ?? []);
  const visible = (input.activities ?? catalogue).filter((a) => !hidden.has(a.id));
  const byId = new Map(visible.map((a) => [a.id, a] as const));
  const history = readHistory(input, byId);

  const level = energyLevel(energyValue(input.energy ?? history.todayEnergy));
  const minutes =
    input.minutes === undefined || input.minutes === null ? undefined : Math.max(0, input.minutes);
  const tie = (a: Activity) => stableHash(`${input.today}|${a.id}`);

  const ranked: Ranked[] = [];
  for (const activity of visible) {
    const weight = weightOf(level, activity.effort);
    if (weight === undefined) continue;
    if (minutes !== undefined && activity.minutes > minutes) continue;
    if (history.alreadyToday.has(activity.id)) continue;
    let score = weight;
    const rating = history.latestRating.get(activity.id);
    if (rating !== undefined) score += (rating - 5) * 0.3;
    const area = history.areaAverage.get(activity.area);
    if (area !== undefined) score += (area.mean - 5) * 0.15;
    // Something done in the last two days steps back so the list does not repeat itself.
    if (history.doneLately.has(activity.id)) score -= 1;
    // Something just let go is not offered straight back; no blame, just room for another.
    if (history.letGoLately.has(activity.id)) score -= 0.5;
    ranked.push({ activity, score, tie: tie(activity) });
  }
  ranked.sort(byRank);

  // The fallback: the smallest steps there are, still only tiny ones on a low-energy day.
  const effortRank = (e: Effort) => effortLevels.indexOf(e);
  const smallest = visible
    .filter((a) => level !== "low" || a.effort === "tiny")
    .map((activity) => ({ activity, tie: tie(activity) }))
    .sort(
      (a, b) =>
        effortRank(a.activity.effort) - effortRank(b.activity.effort) ||
        a.activity.minutes - b.activity.minutes ||
        a.tie - b.tie ||
        a.activity.id.localeCompare(b.activity.id),
    )
    .map((entry) => entry.activity);

  const picks: Suggestion[] = [];
  const picked = new Set<string>();
  const usedAreas = new Set<ActivityArea>();
  const add = (suggestion: Suggestion) => {
    picks.push(suggestion);
    picked.add(suggestion.activity.id);
    usedAreas.add(suggestion.activity.area);
  };

  const people = input.people ?? [];
  const overdue =
    people.length === 0
      ? []
      : overduePeople(
          circleStatus(
            people,
            { checkins: input.checkins ?? [], planned: input.planned ?? [] },
            input.today,
          ),
        );
  const firstOverdue = overdue[0]?.person;
  if (history.withdrawn || firstOverdue !== undefined) {
    const step =
      ranked.find((r) => r.activity.area === "connection")?.activity ??
      smallest.find((a) => a.area === "connection");
    if (step !== undefined) {
      if (firstOverdue !== undefined) {
        add({
          activity: step,
          reason: `It's been longer than you'd like since you and ${isolated(firstOverdue.name)} connected; a small step is plenty.`,
          person: { id: firstOverdue.id, name: firstOverdue.name },
        });
      } else {
        add({
          activity: step,
          reason: "You've connected a bit less than usual this week; one small step can help.",
        });
      }
    }
  }

  // Best first, spreading across areas while there are areas left to spread across.
  while (picks.length < SUGGESTION_COUNT) {
    const next =
      ranked.find((r) => !picked.has(r.activity.id) && !usedAreas.has(r.activity.area)) ??
      ranked.find((r) => !picked.has(r.activity.id));
    if (next === undefined) break;
    add({ activity: next.activity, reason: reasonFor(next.activity, history, level, minutes) });
  }
  for (const activity of smallest) {
    if (picks.length >= SUGGESTION_COUNT) break;
    if (!picked.has(activity.id)) add({ activity, reason: FALLBACK_REASON });
  }
  return picks;
}
