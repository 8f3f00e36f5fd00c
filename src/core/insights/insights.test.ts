import { describe, expect, it } from "vitest";
import { addDays } from "../dates/local-date.js";
import { computeInsights, type PlannedActivityInput } from "./insights.js";
import { insightsSchema } from "./insights.schema.js";
import { mulberry32 } from "./random.js";
import { simulatePerson } from "./simulated-person.fixture.js";
import { checkinOn } from "./test-helpers.fixture.js";

const AREAS = ["connection", "movement", "care"];

function plannedFor(start: string, days: number, seed: number): PlannedActivityInput[] {
  const random = mulberry32(seed);
  return Array.from({ length: days }, (_, i) => {
    const isDone = random() < 0.7;
    return {
      date: addDays(start, i),
      area: AREAS[i % AREAS.length] ?? "care",
      done: isDone,
      ...(isDone && { predictedEnjoyment: 3, actualEnjoyment: 3 + Math.floor(random() * 4) }),
    };
  });
}

describe("computeInsights", () => {
  it("gives a friendly empty state, never an error, for a person with no data", () => {
    const result = computeInsights({ checkins: [] }, "2026-06-01");
    expect(insightsSchema.parse(result)).toEqual(result);
    expect(result.empty).toBe(true);
    expect(result.summary).toMatch(/^Your insights will show up here after a few check-ins\./);
    expect(result.data).toEqual({
      checkins: 0,
      firstDate: null,
      lastDate: null,
      activitiesDone: 0,
    });
    expect(result.withdrawal.status).toBe("not-enough-data");
    expect(result.cycle.edges.every((edge) => edge.status === "not-enough-data")).toBe(true);
    expect(result.activitiesAndMood.areas).toEqual([]);
    expect(result.forecastGap.overall.status).toBe("not-enough-data");
  });

  it("composes every part into the shape GET /api/insights sends", () => {
    const start = "2026-01-01";
    const { checkins } = simulatePerson({
      seed: 9,
      days: 150,
      start,
      missing: 0.1,
      duplicates: 0.05,
    });
    const today = addDays(start, 149);
    const result = computeInsights({ checkins, activities: plannedFor(start, 150, 3) }, today);
    expect(insightsSchema.parse(result)).toEqual(result);
    expect(result.empty).toBe(false);
    expect(result.data.firstDate).toBe(start);
    expect(result.withdrawal.status).not.toBe("not-enough-data");
    const shown = result.cycle.edges.filter((edge) => edge.status === "ok");
    expect(shown.map((edge) => edge.id)).toEqual([
      "connections-mood",
      "mood-connections",
      "rumination-connections",
      "sleep-mood",
      "activities-mood",
    ]);
    for (const edge of shown) {
      expect(edge).toMatchObject({
        from: expect.any(String),
        to: expect.any(String),
        effect: expect.any(Number),
      });
      expect(edge.interval).toHaveLength(2);
      expect(edge.n).toBeGreaterThanOrEqual(21);
    }
    expect(result.activitiesAndMood.areas.some((area) => area.status === "ok")).toBe(true);
    expect(result.forecastGap.byArea.map((area) => area.area)).toEqual([
      "care",
      "connection",
      "movement",
    ]);
    expect(result.summary).toContain(`${result.data.checkins} check-ins`);
  });

  it("leaves out anything dated after today", () => {
    const past = [checkinOn("2026-03-01", { mood: 4 }), checkinOn("2026-03-02", { mood: 5 })];
    const future = checkinOn("2026-03-09", { mood: 9 });
    const planned: PlannedActivityInput = { date: "2026-03-09", area: "care", done: true };
    const result = computeInsights(
      { checkins: [...past, future], activities: [planned] },
      "2026-03-05",
    );
    expect(result.data).toEqual({
      checkins: 2,
      firstDate: "2026-03-01",
      lastDate: "2026-03-02",
      activitiesDone: 0,
    });
    expect(result).toEqual(computeInsights({ checkins: past }, "2026-03-05"));
  });

  it("is deterministic", () => {
    const { checkins } = simulatePerson({ seed: 2, days: 90 });
    const input = { checkins, activities: plannedFor("2024-01-01", 90, 5) };
    expect(computeInsights(input, "2024-03-30")).toEqual(computeInsights(input, "2024-03-30"));
  });

  it("refuses a today that is not a real date, which is a mistake in the caller", () => {
    expect(() => computeInsights({ checkins: [] }, "2026-02-30")).toThrow(RangeError);
  });
});
