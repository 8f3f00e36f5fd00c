import { describe, expect, it } from "vitest";
import type { Checkin } from "../checkins/checkin.schema.js";
import { addDays } from "../dates/local-date.js";
import { buildDailySeries } from "./daily-series.js";
import type { WithdrawalSignal } from "./insights.schema.js";
import { mulberry32, normal, poisson } from "./random.js";
import { checkinOn } from "./test-helpers.fixture.js";
import { withdrawalSignal } from "./withdrawal-signal.js";

const TODAY = "2026-05-31";
type Values = Parameters<typeof checkinOn>[1];

/** Baseline check-ins from `today − 34` on, recent ones from `today − 6` on, day after day. */
function history(baseline: readonly Values[], recent: readonly Values[]): Checkin[] {
  return [
    ...baseline.map((values, i) => checkinOn(addDays(TODAY, -34 + i), values)),
    ...recent.map((values, i) => checkinOn(addDays(TODAY, -6 + i), values)),
  ];
}

const signalFor = (checkins: Checkin[]) => withdrawalSignal(buildDailySeries(checkins), TODAY);

function measure(result: WithdrawalSignal, name: string) {
  if (result.status === "not-enough-data") throw new Error("expected enough data");
  return result.measures.find((m) => m.measure === name);
}

/** Mood with mean 6 and sample SD exactly 2 over 28 days, so its threshold is 0.75 × 2 = 1.5. */
const SPREAD_BASELINE: Values[] = [
  ...Array.from({ length: 12 }, () => ({ mood: 8 })),
  ...Array.from({ length: 12 }, () => ({ mood: 4 })),
  { mood: 9 },
  { mood: 5 },
  { mood: 5 },
  { mood: 5 },
];
/** Mood with mean 6 and SD about 1.02: 0.75 × SD is below 1, so the 1-point floor applies. */
const STEADY_BASELINE: Values[] = Array.from({ length: 28 }, (_, i) => ({ mood: i % 2 ? 5 : 7 }));
const moods = (...values: number[]): Values[] => values.map((mood) => ({ mood }));

describe("withdrawal signal thresholds", () => {
  it("uses 0.75 × the baseline SD when that is above the floor: just below, at and above", () => {
    const below = signalFor(history(SPREAD_BASELINE, moods(5, 5, 5, 4))); // mean 4.75, down 1.25
    const at = signalFor(history(SPREAD_BASELINE, moods(5, 5, 4, 4))); // mean 4.5, down 1.5
    const above = signalFor(history(SPREAD_BASELINE, moods(5, 4, 4, 4))); // mean 4.25, down 1.75
    expect(measure(at, "mood")?.baselineSd).toBeCloseTo(2, 12);
    expect(measure(at, "mood")?.threshold).toBeCloseTo(1.5, 12);
    expect(measure(below, "mood")?.signal).toBe(false);
    expect(measure(at, "mood")?.signal).toBe(true);
    expect(measure(above, "mood")?.signal).toBe(true);
    expect(measure(at, "mood")?.change).toBeCloseTo(-1.5, 12);
    expect(measure(at, "mood")?.changeInSd).toBeCloseTo(-0.75, 12);
  });

  it("never asks for less than 1 point on a steady baseline: just below, at and above", () => {
    const below = signalFor(history(STEADY_BASELINE, moods(6, 5, 5, 5))); // down 0.75
    const at = signalFor(history(STEADY_BASELINE, moods(5, 5, 5, 5))); // down 1
    const above = signalFor(history(STEADY_BASELINE, moods(5, 5, 5, 4))); // down 1.25
    expect(measure(at, "mood")?.threshold).toBe(1);
    expect(measure(below, "mood")?.signal).toBe(false);
    expect(measure(at, "mood")?.signal).toBe(true);
    expect(measure(above, "mood")?.signal).toBe(true);
  });

  it("asks for 0.5 connections a day fewer on a baseline that never varied", () => {
    const baseline: Values[] = Array.from({ length: 28 }, () => ({ connections: 2 }));
    const recent = (...counts: number[]) => counts.map((connections) => ({ connections }));
    const below = signalFor(history(baseline, recent(2, 2, 2, 1))); // 1.75 a day
    const at = signalFor(history(baseline, recent(2, 2, 1, 1))); // 1.5 a day
    const above = signalFor(history(baseline, recent(2, 1, 1, 1))); // 1.25 a day
    expect(measure(at, "connections")?.threshold).toBe(0.5);
    expect(measure(at, "connections")?.changeInSd).toBeNull();
    expect(measure(below, "connections")?.signal).toBe(false);
    expect(measure(at, "connections")?.signal).toBe(true);
    expect(measure(above, "connections")?.signal).toBe(true);
    expect(below.status).toBe("none");
    expect(at.status).toBe("watch");
  });

  it("treats a rise as the worrying direction for repeating thoughts and feeling like a burden", () => {
    const baseline: Values[] = Array.from({ length: 28 }, (_, i) => ({
      rumination: i % 2 ? 2 : 4,
      burden: 3,
    }));
    const recent = (rumination: number, burden: number): Values[] =>
      Array.from({ length: 4 }, () => ({ rumination, burden }));
    const worse = signalFor(history(baseline, recent(4, 4)));
    expect(measure(worse, "rumination")?.signal).toBe(true);
    expect(measure(worse, "burden")?.signal).toBe(true);
    const better = signalFor(history(baseline, recent(0, 1)));
    expect(measure(better, "rumination")?.signal).toBe(false);
    expect(measure(better, "burden")?.signal).toBe(false);
  });

  it("never counts a better week as a signal", () => {
    const result = signalFor(history(STEADY_BASELINE, moods(9, 9, 9, 9)));
    expect(measure(result, "mood")?.signal).toBe(false);
    expect(result.status).toBe("none");
  });
});

describe("withdrawal signal status", () => {
  // A baseline with every measure present and steady, so each one's threshold is its floor.
  const full = (values: Partial<Record<string, number>> = {}): Values => ({
    mood: 6,
    energy: 6,
    enjoyment: 6,
    rumination: 3,
    burden: 3,
    connections: 2,
    ...values,
  });
  const baseline = Array.from({ length: 28 }, () => full());
  const recentWith = (values: Partial<Record<string, number>>) =>
    Array.from({ length: 5 }, () => full(values));

  it.each([
    ["nothing changed", {}, "none", []],
    ["fewer connections alone", { connections: 1 }, "watch", ["connections"]],
    ["lower mood alone", { mood: 4 }, "none", ["mood"]],
    ["two mood-side measures", { mood: 4, energy: 4 }, "none", ["mood", "energy"]],
    [
      "three mood-side measures",
      { mood: 4, energy: 4, rumination: 5 },
      "watch",
      ["mood", "energy", "rumination"],
    ],
    [
      "fewer connections and lower mood",
      { connections: 1, mood: 4 },
      "alert",
      ["connections", "mood"],
    ],
    [
      "fewer connections and more burden",
      { connections: 0, burden: 5 },
      "alert",
      ["connections", "burden"],
    ],
  ] as const)("%s → %s", (_, values, status, signals) => {
    const result = signalFor(history(baseline, recentWith(values)));
    expect(result.status).toBe(status);
    if (result.status === "not-enough-data") return;
    expect(result.signals).toEqual(signals);
    expect(result.measures).toHaveLength(6);
    expect(result.notEnoughData).toEqual([]);
    expect(result.summary).not.toMatch(/should|because|caus/i);
  });

  it("says what moved and by how much, in plain words", () => {
    const result = signalFor(history(baseline, recentWith({ connections: 0, mood: 4 })));
    expect(result.status).toBe("alert");
    expect(result.summary).toContain("connected with people less often than usual");
    expect(result.summary).toContain("lower mood");
    expect(measure(result, "connections")?.sentence).toBe(
      "You connected with people less often than usual: none in the last 7 days, usually about 2 a day, counting only the days you checked in.",
    );
    expect(measure(result, "energy")?.sentence).toBe(
      "Energy: about 6.0 out of 10 in the last 7 days, usually about 6.0 out of 10.",
    );
  });
});

describe("withdrawal signal with too little data", () => {
  it("needs 4 check-ins in the last 7 days and 10 in the 28 before, and says how many more", () => {
    const ten = Array.from({ length: 10 }, () => ({ mood: 6 }));
    const enough = signalFor(history(ten, moods(5, 5, 5, 5)));
    expect(enough.status).toBe("none");

    const fewRecent = signalFor(history(ten, moods(5, 5, 5)));
    expect(fewRecent).toMatchObject({
      status: "not-enough-data",
      checkins: { recent: 3, baseline: 10 },
      needed: { recent: 1, baseline: 0 },
    });
    const fewBaseline = signalFor(history(ten.slice(1), moods(5, 5, 5, 5)));
    expect(fewBaseline).toMatchObject({
      status: "not-enough-data",
      needed: { recent: 0, baseline: 1 },
    });
    expect(signalFor([])).toMatchObject({
      status: "not-enough-data",
      needed: { recent: 4, baseline: 10 },
    });
    if (fewRecent.status === "not-enough-data") {
      expect(fewRecent.summary).toContain("at least 4 check-ins in the last 7 days");
      expect(fewRecent.window).toEqual({
        recent: { from: "2026-05-25", to: "2026-05-31" },
        baseline: { from: "2026-04-27", to: "2026-05-24" },
      });
    }
  });

  it("counts check-ins on scattered days, and leaves out an optional measure with too few values", () => {
    // Every third day in the baseline (10 days), every other day in the last week (4 days).
    const checkins = [
      ...Array.from({ length: 10 }, (_, i) => checkinOn(addDays(TODAY, -34 + 3 * i), { mood: 6 })),
      ...[-6, -4, -2, 0].map((offset, i) =>
        checkinOn(addDays(TODAY, offset), { mood: 4, ...(i < 3 && { energy: 2 }) }),
      ),
    ];
    const result = signalFor(checkins);
    expect(result.status).not.toBe("not-enough-data");
    if (result.status === "not-enough-data") return;
    expect(result.checkins).toEqual({ recent: 4, baseline: 10 });
    expect(result.notEnoughData).toEqual(["energy", "enjoyment", "rumination", "burden"]);
    expect(result.signals).toEqual(["mood"]);
  });

  it("ignores check-ins outside the two windows", () => {
    const inside = history(STEADY_BASELINE, moods(5, 5, 5, 5));
    const outside = [
      checkinOn(addDays(TODAY, -60), { mood: 0 }),
      checkinOn(addDays(TODAY, 3), { mood: 0 }),
    ];
    expect(signalFor([...inside, ...outside])).toEqual(signalFor(inside));
  });
});

describe("withdrawal signal on messy input", () => {
  it("keeps the latest edit of a day and gives the same answer in any order", () => {
    const checkins = history(STEADY_BASELINE, moods(5, 5, 5, 5));
    const stale = checkinOn(addDays(TODAY, -6), {
      mood: 0,
      connections: 9,
      updatedAt: `${addDays(TODAY, -6)}T06:00:00.000Z`,
    });
    const clean = signalFor(checkins);
    expect(signalFor([stale, ...checkins])).toEqual(clean);
    expect(signalFor([...checkins].reverse())).toEqual(clean);
  });
});

describe("withdrawal signal on simulated people", () => {
  // Five weeks of a person whose mood drifts from day to day (AR(1), 0.5), with energy,
  // enjoyment, repeating thoughts and burden following mood, and connections following mood.
  // `drop` lowers mood in the last week; `fewer` cuts connections in the last week.
  function week(seed: number, drop: number, fewer: number): WithdrawalSignal {
    const random = mulberry32(seed);
    const scale = (value: number) => Math.min(10, Math.max(0, Math.round(value)));
    let latent = 5;
    const checkins = Array.from({ length: 35 }, (_, day) => {
      latent = 5 + 0.5 * (latent - 5) + 1.3 * normal(random);
      const lastWeek = day >= 28;
      const mood = latent - (lastWeek ? drop : 0);
      const rate = (1.5 + 0.2 * (mood - 5)) * (lastWeek ? 1 - fewer : 1);
      return checkinOn(addDays(TODAY, day - 34), {
        mood: scale(mood),
        energy: scale(mood + 1.2 * normal(random)),
        enjoyment: scale(mood - 0.5 + 1.2 * normal(random)),
        rumination: scale(9 - mood + 1.5 * normal(random)),
        burden: scale(8 - mood + 1.5 * normal(random)),
        connections: poisson(random, Math.max(0.1, rate)),
      });
    });
    return signalFor(checkins);
  }
  function rates(drop: number, fewer: number) {
    const runs = 2000;
    let watch = 0;
    let alert = 0;
    for (let seed = 1; seed <= runs; seed += 1) {
      const status = week(seed, drop, fewer).status;
      if (status === "watch") watch += 1;
      if (status === "alert") alert += 1;
    }
    return { watch: watch / runs, alert: alert / runs };
  }

  it("rarely flags a steady person, and usually flags a real drop", () => {
    const steady = rates(0, 0);
    expect(steady.watch).toBeLessThan(0.13);
    expect(steady.alert).toBeLessThan(0.03);
    const drop = rates(2, 0.6);
    expect(drop.watch + drop.alert).toBeGreaterThan(0.85);
    expect(drop.alert).toBeGreaterThan(0.5);
  });
});
