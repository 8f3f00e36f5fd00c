import { describe, expect, it } from "vitest";
import type { Checkin } from "../checkins/checkin.schema.js";
import { addDays } from "../dates/local-date.js";
import { type ActivityCount, cycleMap, MIN_PAIRS } from "./cycle-map.js";
import { buildDailySeries } from "./daily-series.js";
import type { CycleEdge, CycleEdgeId } from "./insights.schema.js";
import { mulberry32 } from "./random.js";
import { NO_CYCLE, simulatePerson } from "./simulated-person.fixture.js";
import { checkinOn } from "./test-helpers.fixture.js";

const START = "2026-01-01";

function edge(edges: readonly CycleEdge[], id: CycleEdgeId): CycleEdge {
  const found = edges.find((e) => e.id === id);
  if (!found) throw new Error(`no edge ${id}`);
  return found;
}

const mapFor = (checkins: Checkin[], activities?: ActivityCount[]) =>
  cycleMap(buildDailySeries(checkins), activities).edges;

/** Days whose mood follows an exact rule of yesterday's values, so the right slope is known. */
function exactDays(days: number, rule: (yesterday: Checkin, today: Checkin) => number): Checkin[] {
  const random = mulberry32(1);
  const checkins: Checkin[] = [];
  for (let day = 0; day < days; day += 1) {
    const draft = checkinOn(addDays(START, day), {
      connections: Math.floor(random() * 4),
      rumination: Math.floor(random() * 11),
      sleepHours: 5 + Math.floor(random() * 8) / 2,
      mood: Math.floor(random() * 11),
    });
    const yesterday = checkins[day - 1];
    checkins.push(yesterday ? { ...draft, mood: rule(yesterday, draft) } : draft);
  }
  return checkins;
}

describe("cycle map estimates", () => {
  it("recovers an exact lag-1 effect of connections on mood, holding yesterday's mood constant", () => {
    const checkins = exactDays(
      40,
      (yesterday) => 2 + 0.8 * yesterday.connections.length + 0.3 * yesterday.mood,
    );
    const result = edge(mapFor(checkins), "connections-mood");
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.effect).toBeCloseTo(0.8, 10);
    expect(result.interval[0]).toBeCloseTo(0.8, 10);
    expect(result.interval[1]).toBeCloseTo(0.8, 10);
    expect(result.n).toBe(39);
  });

  it("reads sleep from the second day of a pair: hours recorded today describe last night", () => {
    // Mood today = 1 + 0.6 × the sleep recorded today + 0.2 × yesterday's mood.
    const checkins = exactDays(
      40,
      (yesterday, today) => 1 + 0.6 * (today.sleepHours ?? 0) + 0.2 * yesterday.mood,
    );
    const result = edge(mapFor(checkins), "sleep-mood");
    expect(result.status === "ok" && result.effect).toBeCloseTo(0.6, 10);
  });

  it("gives the same map for the same check-ins, every time and in any order", () => {
    const { checkins, activities } = simulatePerson({ seed: 4, days: 120, missing: 0.2 });
    const first = mapFor(checkins, activities);
    expect(mapFor([...checkins].reverse(), [...activities].reverse())).toEqual(first);
  });
});

describe("cycle map with too little data", () => {
  it("shows an arrow from 21 usable day pairs, and says how many more are needed before", () => {
    const twenty = exactDays(21, (y) => y.mood);
    const shortOne = edge(mapFor(twenty), "connections-mood");
    expect(shortOne).toMatchObject({ status: "not-enough-data", n: 20, needed: 1 });
    expect(shortOne.sentence).toBe(
      "This arrow appears after 21 pairs of back-to-back days with check-ins. There are 20 so far.",
    );
    const random = mulberry32(2);
    const enough = exactDays(22, (y) => Math.round(y.mood * 0.5 + random() * 5));
    expect(edge(mapFor(enough), "connections-mood")).toMatchObject({ status: "ok", n: MIN_PAIRS });
  });

  it("counts only pairs of back-to-back days that both have what the arrow needs", () => {
    // 30 check-ins, every other day: no two in a row, so no pairs at all.
    const alternate = Array.from({ length: 30 }, (_, i) =>
      checkinOn(addDays(START, 2 * i), { mood: i % 10 }),
    );
    expect(edge(mapFor(alternate), "mood-connections")).toMatchObject({
      status: "not-enough-data",
      n: 0,
    });
    // Sleep left out on the second day of each pair means no sleep arrow, whatever else there is.
    const noSleep = exactDays(40, (y) => y.mood).map(({ sleepHours: _, ...rest }) => rest);
    expect(edge(mapFor(noSleep), "sleep-mood")).toMatchObject({ status: "not-enough-data", n: 0 });
    expect(edge(mapFor(noSleep), "sleep-mood").sentence).toContain("that include your sleep");
  });

  it("waits for planned activities before drawing the activities arrow", () => {
    const checkins = exactDays(60, (y) => (y.mood + 3) % 11);
    const none = edge(mapFor(checkins), "activities-mood");
    expect(none).toMatchObject({ status: "not-enough-data", n: 0, needed: 21 });
    expect(none.sentence).toBe(
      "This arrow appears once you start marking planned activities as done.",
    );
    // Activities marked from day 30 on: days before that are unknown, not days with none done.
    const late: ActivityCount[] = [{ date: addDays(START, 30), count: 2 }];
    expect(edge(mapFor(checkins, late), "activities-mood").n).toBe(29);
  });

  it("says there is nothing to compare when a predictor or target never changes", () => {
    const steady = Array.from({ length: 60 }, (_, i) =>
      checkinOn(addDays(START, i), { mood: 6, connections: i % 3 }),
    );
    const edges = mapFor(steady);
    expect(edge(edges, "mood-connections")).toMatchObject({ status: "no-variation", n: 59 });
    expect(edge(edges, "connections-mood")).toMatchObject({ status: "no-variation" });
    expect(edge(edges, "connections-mood").sentence).toBe(
      "Your mood stayed the same on nearly every day, so there is nothing to compare yet.",
    );
  });

  it("gives every arrow a status, and never an error, with no check-ins at all", () => {
    const edges = mapFor([]);
    expect(edges.map((e) => e.status)).toEqual(Array(5).fill("not-enough-data"));
  });
});

describe("cycle map sentences", () => {
  const clear = mapFor(
    simulatePerson({ seed: 1, days: 1500 }).checkins,
    simulatePerson({ seed: 1, days: 1500 }).activities,
  );

  it("says how much, how sure, and that a pattern is not proof of cause", () => {
    expect(edge(clear, "connections-mood").sentence).toMatch(
      /^On days after you connected with one more person, your mood tended to be about \d\.\d+ points higher — likely between \d\.\d+ and \d\.\d+ points higher\. This shows a pattern, not proof of cause\.$/,
    );
    expect(edge(clear, "rumination-connections").sentence).toMatch(
      /^On days after your score for repeating thoughts was 1 point higher, you tended to connect with about \d\.\d+ fewer people — likely between \d\.\d+ and \d\.\d+ fewer people\. This shows a pattern, not proof of cause\.$/,
    );
    expect(edge(clear, "sleep-mood").sentence).toMatch(
      /^After nights when you slept one hour longer, your mood tended/,
    );
  });

  it("says 'no clear pattern yet' when the interval includes zero", () => {
    const noise = mapFor(simulatePerson({ seed: 2, days: 200, truth: NO_CYCLE }).checkins);
    const unclear = noise.filter((e) => e.status === "ok" && e.includesZero);
    expect(unclear.length).toBeGreaterThan(0);
    for (const e of unclear) {
      expect(e.sentence).toMatch(
        /^No clear pattern yet between .+: it could be anywhere from \d[\d.]* (points lower|fewer people|more people|points higher) to \d[\d.]* (points higher|more people|points lower|fewer people)\.$/,
      );
    }
  });

  it("never uses causal words or 'should'", () => {
    const all = [
      ...clear,
      ...mapFor(simulatePerson({ seed: 2, days: 200, truth: NO_CYCLE }).checkins),
      ...mapFor([]),
    ];
    for (const e of all) {
      const withoutDisclaimer = e.sentence.replace("not proof of cause", "");
      expect(withoutDisclaimer).not.toMatch(
        /\b(should|because|caus\w*|leads? to|makes? you|due to|effect)\b/i,
      );
    }
  });
});
