import type { Checkin } from "../checkins/checkin.schema.js";
import { addDays, type LocalDate } from "../dates/local-date.js";
import type { ActivityCount } from "./cycle-map.js";
import { mulberry32, normal, poisson } from "./random.js";

/**
 * Simulated people whose cycle is written down, to test the estimators against known answers.
 *
 * Each day t (values as recorded, so mood is a whole number from 0 to 10):
 *   sleep(t)        ~ Normal(7, 1), to the half hour: the night before day t, independent
 *   rumination(t)   ~ Normal(4, 2), rounded, 0–10, independent
 *   activities(t)   ~ Poisson(1.2), independent
 *   mood(t+1)       = round(5 + moodCarry·(mood(t) − 5) + connectionsToMood·(connections(t) − 2)
 *                       + sleepToMood·(sleep(t+1) − 7) + activitiesToMood·(activities(t) − 1.2)
 *                       + moodNoise·Normal(0, 1)), kept within 0–10
 *   connections(t+1) ~ Poisson(2 + moodToConnections·(mood(t) − 5)
 *                       + connectionsCarry·(connections(t) − 2)
 *                       + ruminationToConnections·(rumination(t) − 4)), mean at least 0.05
 *
 * The inputs that are drawn on their own (sleep, rumination, activities) are independent of
 * everything else on the day they are drawn, so each arrow's two-variable regression has the
 * written-down effect as its true value, even though it leaves the other causes out.
 */

export interface CycleTruth {
  connectionsToMood: number;
  moodToConnections: number;
  ruminationToConnections: number;
  sleepToMood: number;
  activitiesToMood: number;
  moodCarry: number;
  connectionsCarry: number;
  moodNoise: number;
}

export const TRUE_CYCLE: CycleTruth = {
  connectionsToMood: 0.4,
  moodToConnections: 0.25,
  ruminationToConnections: -0.15,
  sleepToMood: 0.35,
  activitiesToMood: 0.3,
  moodCarry: 0.5,
  connectionsCarry: 0.3,
  moodNoise: 1.2,
};

/** The same person with no links between days or measures: any arrow found is chance. */
export const NO_CYCLE: CycleTruth = {
  connectionsToMood: 0,
  moodToConnections: 0,
  ruminationToConnections: 0,
  sleepToMood: 0,
  activitiesToMood: 0,
  moodCarry: 0,
  connectionsCarry: 0,
  moodNoise: 1.6,
};

export interface SimulationOptions {
  seed: number;
  days: number;
  start?: LocalDate;
  truth?: CycleTruth;
  /** Share of days with no check-in. */
  missing?: number;
  /** Share of days that also carry an older, overwritten edit with different values. */
  duplicates?: number;
  /** Someone who never logs a connection. */
  neverConnects?: boolean;
}

export interface SimulatedPerson {
  checkins: Checkin[];
  activities: ActivityCount[];
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export function simulatePerson(options: SimulationOptions): SimulatedPerson {
  const truth = options.truth ?? TRUE_CYCLE;
  const random = mulberry32(options.seed);
  const start = options.start ?? "2024-01-01";
  const checkins: Checkin[] = [];
  const activities: ActivityCount[] = [];

  let mood = 5;
  let connections = 2;
  let rumination = 4;
  let done = 1;
  for (let day = 0; day < options.days; day += 1) {
    const sleep = clamp(Math.round((7 + normal(random)) * 2) / 2, 0, 24);
    if (day > 0) {
      const nextMood =
        5 +
        truth.moodCarry * (mood - 5) +
        truth.connectionsToMood * (connections - 2) +
        truth.sleepToMood * (sleep - 7) +
        truth.activitiesToMood * (done - 1.2) +
        truth.moodNoise * normal(random);
      const meanConnections =
        2 +
        truth.moodToConnections * (mood - 5) +
        truth.connectionsCarry * (connections - 2) +
        truth.ruminationToConnections * (rumination - 4);
      mood = clamp(Math.round(nextMood), 0, 10);
      connections = options.neverConnects ? 0 : poisson(random, Math.max(0.05, meanConnections));
    }
    rumination = clamp(Math.round(4 + 2 * normal(random)), 0, 10);
    done = poisson(random, 1.2);
    const date = addDays(start, day);
    const checkin: Checkin = {
      date,
      mood,
      energy: clamp(Math.round(mood + normal(random)), 0, 10),
      enjoyment: clamp(Math.round(mood - 0.5 + normal(random)), 0, 10),
      rumination,
      burden: clamp(Math.round(8 - mood + normal(random)), 0, 10),
      sleepHours: sleep,
      connections: Array.from({ length: connections }, () => ({ mode: "message" as const })),
      updatedAt: `${date}T21:00:00.000Z`,
    };
    // Every value is drawn even on a missing day, so one seed lives the same life with or
    // without gaps and duplicates; only what gets recorded differs.
    const skip = random() < (options.missing ?? 0);
    const duplicate = random() < (options.duplicates ?? 0);
    activities.push({ date, count: done });
    if (skip) continue;
    if (duplicate) {
      // An earlier save of the same day with other values; the later one must win.
      checkins.push({
        ...checkin,
        mood: 10 - mood,
        connections: [],
        updatedAt: `${date}T08:00:00.000Z`,
      });
    }
    checkins.push(checkin);
  }
  return { checkins, activities };
}
