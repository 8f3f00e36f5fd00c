import { beforeAll, describe, expect, it } from "vitest";
import { type CycleMapOptions, cycleMap } from "./cycle-map.js";
import { buildDailySeries } from "./daily-series.js";
import { type CycleEdge, type CycleEdgeId, cycleEdgeIds } from "./insights.schema.js";
import {
  NO_CYCLE,
  type SimulationOptions,
  simulatePerson,
  TRUE_CYCLE,
} from "./simulated-person.fixture.js";

/**
 * Proof that the cycle map's numbers are right: people simulated from a written-down cycle
 * (see simulated-person.fixture.ts), 150 days each with about 1 day in 10 missing and 1 in 20
 * saved twice, so about 120 usable day pairs per arrow. Everything runs with the default 1,000
 * resamples; the whole file takes a few seconds.
 */

const RUNS = 400;
const DAYS = 150;
const TRUTH: Record<CycleEdgeId, number> = {
  "connections-mood": TRUE_CYCLE.connectionsToMood,
  "mood-connections": TRUE_CYCLE.moodToConnections,
  "rumination-connections": TRUE_CYCLE.ruminationToConnections,
  "sleep-mood": TRUE_CYCLE.sleepToMood,
  "activities-mood": TRUE_CYCLE.activitiesToMood,
};
const IDS = cycleEdgeIds;

function mapOf(options: SimulationOptions, mapOptions?: CycleMapOptions): CycleEdge[] {
  const person = simulatePerson(options);
  return cycleMap(buildDailySeries(person.checkins), person.activities, mapOptions).edges;
}

interface Tally {
  estimates: number[];
  covered: number;
  clearOfZero: number;
  /** Arrows that came back without an estimate: none are expected at about 120 pairs. */
  missing: number;
}

function tally(seedOffset: number, truth: typeof TRUE_CYCLE): Map<CycleEdgeId, Tally> {
  const tallies = new Map<CycleEdgeId, Tally>(
    IDS.map((id) => [id, { estimates: [], covered: 0, clearOfZero: 0, missing: 0 }]),
  );
  for (let seed = 1; seed <= RUNS; seed += 1) {
    const edges = mapOf({
      seed: seed + seedOffset,
      days: DAYS,
      truth,
      missing: 0.1,
      duplicates: 0.05,
    });
    for (const edge of edges) {
      const entry = tallies.get(edge.id);
      if (!entry) continue;
      if (edge.status !== "ok") {
        entry.missing += 1;
        continue;
      }
      const target = truth === TRUE_CYCLE ? TRUTH[edge.id] : 0;
      entry.estimates.push(edge.effect);
      if (edge.interval[0] <= target && target <= edge.interval[1]) entry.covered += 1;
      if (!edge.includesZero) entry.clearOfZero += 1;
    }
  }
  return tallies;
}

function entry(tallies: Map<CycleEdgeId, Tally>, id: CycleEdgeId): Tally {
  const found = tallies.get(id);
  if (!found) throw new Error(`no tally for ${id}`);
  return found;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe("cycle map on people with a known cycle", () => {
  let tallies = new Map<CycleEdgeId, Tally>();
  beforeAll(() => {
    tallies = tally(0, TRUE_CYCLE);
  });

  it.each(IDS)("%s: estimates centre on the true effect", (id) => {
    const { estimates, missing } = entry(tallies, id);
    expect(missing).toBe(0);
    expect(estimates).toHaveLength(RUNS);
    // The spread of one estimate is about 0.06–0.13 here, so the mean of 200 is good to ±0.01;
    // 0.03 leaves room for the small pull toward zero that mood's 0–10 limits cause.
    expect(Math.abs(mean(estimates) - TRUTH[id])).toBeLessThan(0.03);
  });

  it.each(IDS)("%s: the 90%% interval holds the true effect in 85–95%% of people", (id) => {
    const coverage = entry(tallies, id).covered / RUNS;
    expect(coverage).toBeGreaterThanOrEqual(0.85);
    expect(coverage).toBeLessThanOrEqual(0.95);
  });

  it("holds the true effect in close to 90% of all intervals together", () => {
    const coverage =
      IDS.reduce((sum, id) => sum + entry(tallies, id).covered, 0) / (RUNS * IDS.length);
    expect(coverage).toBeGreaterThanOrEqual(0.87);
    expect(coverage).toBeLessThanOrEqual(0.93);
  });
});

describe("cycle map on people with no cycle at all", () => {
  let tallies = new Map<CycleEdgeId, Tally>();
  beforeAll(() => {
    tallies = tally(10_000, NO_CYCLE);
  });

  it("mostly draws intervals that include zero", () => {
    for (const id of IDS) {
      // A 90% interval misses zero 10% of the time by chance alone.
      const { clearOfZero, estimates, missing } = entry(tallies, id);
      expect(missing, id).toBe(0);
      expect(clearOfZero / RUNS, id).toBeLessThanOrEqual(0.16);
      expect(Math.abs(mean(estimates)), id).toBeLessThan(0.03);
    }
    const falsePatterns =
      IDS.reduce((sum, id) => sum + entry(tallies, id).clearOfZero, 0) / (RUNS * IDS.length);
    expect(falsePatterns).toBeLessThanOrEqual(0.13);
  });
});

describe("cycle map on messy lives", () => {
  it("gives the same answer whether or not days were saved twice", () => {
    const clean = mapOf({ seed: 5, days: 200, missing: 0.1 });
    const edited = mapOf({ seed: 5, days: 200, missing: 0.1, duplicates: 0.3 });
    expect(edited).toEqual(clean);
  });

  it("copes with half the days missing", () => {
    const edges = mapOf({ seed: 8, days: 300, missing: 0.5 });
    for (const edge of edges) {
      expect(edge.status).toBe("ok");
      // Pairs need two days in a row, so with half the days missing about a quarter remain.
      expect(edge.n).toBeGreaterThan(50);
      expect(edge.n).toBeLessThan(100);
    }
  });

  it("handles a person who never logs a connection without error", () => {
    const edges = mapOf({ seed: 3, days: 120, neverConnects: true });
    const byId = Object.fromEntries(edges.map((edge) => [edge.id, edge]));
    expect(byId["connections-mood"]?.status).toBe("no-variation");
    expect(byId["mood-connections"]?.status).toBe("no-variation");
    expect(byId["rumination-connections"]?.status).toBe("no-variation");
    expect(byId["sleep-mood"]?.status).toBe("ok");
    expect(byId["connections-mood"]?.sentence).toBe(
      "The number of people you connected with stayed the same on nearly every day, so there is nothing to compare yet.",
    );
  });

  it("honours a smaller number of resamples and stays close to the default", () => {
    const full = mapOf({ seed: 12, days: 400 });
    const quick = mapOf({ seed: 12, days: 400 }, { resamples: 300 });
    full.forEach((edge, i) => {
      const other = quick[i];
      if (edge.status !== "ok" || other?.status !== "ok") throw new Error("expected estimates");
      expect(edge.resamples).toBe(1000);
      expect(other.resamples).toBe(300);
      expect(other.effect).toBe(edge.effect);
      expect(Math.abs(other.interval[0] - edge.interval[0])).toBeLessThan(0.05);
    });
  });
});
