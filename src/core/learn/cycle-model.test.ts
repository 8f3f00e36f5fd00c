import { describe, expect, it } from "vitest";
import {
  type CycleDay,
  type CycleLevers,
  LEVERS,
  type LeverId,
  LOW_START,
  MAX_DAYS,
  NEUTRAL_START,
  NO_HELP,
  simulate,
} from "./cycle-model.js";

const WEEKS_8 = 56;
const GOOD_START = { mood: 7, energy: 7, connection: 7, rumination: 3 } as const;
const QUANTITIES = ["mood", "energy", "connection", "rumination", "goodMoments"] as const;

function last(series: CycleDay[]): CycleDay {
  const day = series.at(-1);
  if (day === undefined) throw new Error("the series is empty");
  return day;
}

function only(id: LeverId, amount: number): CycleLevers {
  return { ...NO_HELP, [id]: amount };
}

describe("the withdrawal cycle model", () => {
  it("with no help, drifts down from a low start, week after week", () => {
    const series = simulate(LOW_START, NO_HELP, WEEKS_8);
    expect(series).toHaveLength(WEEKS_8 + 1);
    expect(series[0]?.mood).toBe(LOW_START.mood);
    const weekly = [0, 7, 14, 21, 28, 35, 42, 49, 56].map((day) => series[day]?.mood ?? NaN);
    for (let week = 1; week < weekly.length; week += 1) {
      expect(weekly[week]).toBeLessThan(weekly[week - 1] ?? -Infinity);
    }
    const end = last(series);
    expect(end.mood).toBeLessThan(LOW_START.mood - 1);
    expect(end.connection).toBeLessThan(LOW_START.connection);
    expect(end.rumination).toBeGreaterThan(LOW_START.rumination);
  });

  it("from a middling week with no help, stays about level: the explorer forecasts no decline", () => {
    for (const day of simulate(NEUTRAL_START, NO_HELP, 42)) {
      expect(Math.abs(day.mood - NEUTRAL_START.mood)).toBeLessThan(0.5);
    }
  });

  it.each(LEVERS.map((lever) => lever.id))("from a middling week, a little %s lifts mood", (id) => {
    const end = last(simulate(NEUTRAL_START, only(id, 0.25), 42));
    expect(end.mood).toBeGreaterThan(NEUTRAL_START.mood + 1);
  });

  it("is not destiny: from a good start with no help, it holds steady", () => {
    const end = last(simulate(GOOD_START, NO_HELP, WEEKS_8));
    expect(end.mood).toBeGreaterThan(GOOD_START.mood - 1);
  });

  it.each(LEVERS.map((lever) => lever.id))("%s alone lifts the mood above no help", (id) => {
    const without = last(simulate(LOW_START, NO_HELP, WEEKS_8)).mood;
    for (const amount of [0.25, 0.5, 1]) {
      expect(last(simulate(LOW_START, only(id, amount), WEEKS_8)).mood).toBeGreaterThan(without);
    }
    // Fully used for eight weeks, each one turns the slide around.
    expect(last(simulate(LOW_START, only(id, 1), WEEKS_8)).mood).toBeGreaterThan(LOW_START.mood);
  });

  it.each(LEVERS.map((lever) => lever.id))("more of %s never leaves things worse", (id) => {
    let previous = -Infinity;
    for (let step = 0; step <= 10; step += 1) {
      const mood = last(simulate(LOW_START, only(id, step / 10), WEEKS_8)).mood;
      expect(mood).toBeGreaterThanOrEqual(previous);
      previous = mood;
    }
  });

  it("stays within 0–10 and finite for every setting of the levers and starts", () => {
    const amounts = [0, 0.25, 0.5, 0.75, 1];
    const starts = [
      { mood: 0, energy: 0, connection: 0, rumination: 10 },
      LOW_START,
      { mood: 10, energy: 10, connection: 10, rumination: 0 },
    ];
    // Checked by hand and reported together: a million expect() calls would take seconds.
    const problems: string[] = [];
    let runs = 0;
    for (const start of starts)
      for (const connect of amounts)
        for (const activity of amounts)
          for (const sleep of amounts)
            for (const thinking of amounts)
              for (const support of amounts) {
                const levers = { connect, activity, sleep, thinking, support };
                for (const day of simulate(start, levers, 120)) {
                  for (const quantity of QUANTITIES) {
                    const value = day[quantity];
                    if (!(Number.isFinite(value) && value >= 0 && value <= 10)) {
                      problems.push(
                        `${JSON.stringify(levers)} day ${day.day} ${quantity} ${value}`,
                      );
                    }
                  }
                }
                runs += 1;
              }
    expect(problems).toEqual([]);
    expect(runs).toBe(3 * 5 ** 5);
  });

  it("settles rather than swinging: late days barely move", () => {
    const all = { connect: 1, activity: 1, sleep: 1, thinking: 1, support: 1 };
    for (const levers of [NO_HELP, all, only("thinking", 0.5)]) {
      const series = simulate(LOW_START, levers, MAX_DAYS);
      const a = series[MAX_DAYS - 1];
      const b = series[MAX_DAYS];
      expect(Math.abs((a?.mood ?? 0) - (b?.mood ?? 10))).toBeLessThan(0.05);
    }
  });

  it("pulls out-of-range and non-numeric inputs into range instead of breaking", () => {
    const series = simulate(
      { mood: -5, energy: Number.NaN, connection: 99, rumination: Number.POSITIVE_INFINITY },
      { connect: 7, activity: -1, sleep: Number.NaN },
      3,
    );
    expect(series[0]).toMatchObject({ mood: 0, energy: 0, connection: 10, rumination: 0 });
    expect(() => simulate(LOW_START, NO_HELP, -1)).toThrow(RangeError);
    expect(() => simulate(LOW_START, NO_HELP, 2.5)).toThrow(RangeError);
    expect(() => simulate(LOW_START, NO_HELP, MAX_DAYS + 1)).toThrow(RangeError);
  });

  it("is deterministic: the same inputs give the same series", () => {
    const levers = { connect: 0.3, activity: 0.7, sleep: 0.2, thinking: 0.9, support: 0.1 };
    expect(simulate(LOW_START, levers, 90)).toEqual(simulate(LOW_START, levers, 90));
  });

  it("names every lever in plain words, once each", () => {
    const ids = LEVERS.map((lever) => lever.id);
    expect(new Set(ids)).toEqual(new Set(Object.keys(NO_HELP)));
    expect(ids).toHaveLength(Object.keys(NO_HELP).length);
    for (const lever of LEVERS) {
      expect(lever.label).not.toMatch(/\bshould\b/i);
      expect(lever.description).not.toMatch(/\bshould\b/i);
    }
  });
});
