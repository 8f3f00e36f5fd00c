import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { cycleHistory } from "../../../test/support/insights-history.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp, useTwoPeople } from "../../../test/support/test-app.js";
import type { CheckinInput } from "../../core/checkins/checkin.schema.js";
import { addDays, earliestWithinYears, localDateOf } from "../../core/dates/local-date.js";
import { type Insights, insightsSchema } from "../../core/insights/insights.schema.js";

const TODAY = "2026-11-29";

async function seed(c: ApiClient, days: readonly { date: string; checkin: CheckinInput }[]) {
  for (const { date, checkin } of days) {
    const response = await c.put(`/api/checkins/${date}`, checkin);
    if (response.statusCode !== 200) throw new Error(`seeding ${date}: ${response.body}`);
  }
}

/** Reads insights and insists they have the shape the browser checks them against. */
async function insightsOf(c: ApiClient, query = `?to=${TODAY}`): Promise<Insights> {
  const response = await c.get(`/api/insights${query}`);
  expect(response.statusCode).toBe(200);
  const body = response.json();
  expect(insightsSchema.parse(body)).toEqual(body);
  return insightsSchema.parse(body);
}

/**
 * 35 days: four steady weeks (1 or 3 connections a day, mood 5 or 6), then a week with nobody
 * and the same moods. Connections fell on their own: `watch`, not `alert`.
 */
function quietWeek(): { date: string; checkin: CheckinInput }[] {
  return Array.from({ length: 35 }, (_, i) => {
    const recent = i >= 28;
    const connections = recent ? 0 : i % 2 === 0 ? 1 : 3;
    return {
      date: addDays(TODAY, i - 34),
      checkin: {
        mood: 5 + (i % 2),
        connections: Array.from({ length: connections }, () => ({ mode: "call" as const })),
      },
    };
  });
}

describe("GET /api/insights", () => {
  let t: TestApp;
  let c: ApiClient;
  beforeEach(async () => {
    t = await createTestApp();
    c = await t.owner();
  });
  afterEach(async () => {
    await t.close();
  });

  it("gives a person with no data the friendly empty state, never an error", async () => {
    const insights = await insightsOf(c, "");
    expect(insights.today).toBe(localDateOf(t.clock.now()));
    expect(insights.empty).toBe(true);
    expect(insights.summary).toMatch(/^Your insights will show up here after a few check-ins\./);
    expect(insights.data).toEqual({
      checkins: 0,
      firstDate: null,
      lastDate: null,
      activitiesDone: 0,
    });
    expect(insights.withdrawal).toMatchObject({
      status: "not-enough-data",
      needed: { recent: 4, baseline: 10 },
    });
    expect(insights.cycle.minPairs).toBe(21);
    expect(insights.cycle.edges.map((edge) => [edge.id, edge.status, edge.n])).toEqual([
      ["connections-mood", "not-enough-data", 0],
      ["mood-connections", "not-enough-data", 0],
      ["rumination-connections", "not-enough-data", 0],
      ["sleep-mood", "not-enough-data", 0],
      ["activities-mood", "not-enough-data", 0],
    ]);
    expect(insights.activitiesAndMood.areas).toEqual([]);
    expect(insights.forecastGap.overall.status).toBe("not-enough-data");
  });

  it("says how many more check-ins each part needs while there are only a few", async () => {
    await seed(c, quietWeek().slice(-10));
    const insights = await insightsOf(c);
    expect(insights.empty).toBe(false);
    expect(insights.data).toMatchObject({ checkins: 10, lastDate: TODAY });
    expect(insights.withdrawal).toMatchObject({
      status: "not-enough-data",
      checkins: { recent: 7, baseline: 3 },
      needed: { recent: 0, baseline: 7 },
    });
    const first = insights.cycle.edges[0];
    expect(first).toMatchObject({ status: "not-enough-data", n: 9, needed: 12 });
  });

  it("shows `watch` when connections fall on their own", async () => {
    await seed(c, quietWeek());
    const insights = await insightsOf(c);
    expect(insights.withdrawal).toMatchObject({
      status: "watch",
      checkins: { recent: 7, baseline: 28 },
      signals: ["connections"],
    });
    if (insights.withdrawal.status === "not-enough-data") throw new Error("unreachable");
    const connections = insights.withdrawal.measures.find((m) => m.measure === "connections");
    expect(connections).toMatchObject({ recentMean: 0, baselineMean: 2, change: -2, signal: true });
  });

  it("shows `alert`, and the cycle map with intervals and day pairs, from a 40-day history", async () => {
    await seed(c, cycleHistory(TODAY));
    const insights = await insightsOf(c);
    expect(insights.data).toMatchObject({
      checkins: 40,
      firstDate: addDays(TODAY, -39),
      lastDate: TODAY,
    });
    expect(insights.withdrawal.status).toBe("alert");
    if (insights.withdrawal.status === "not-enough-data") throw new Error("unreachable");
    expect(insights.withdrawal.signals).toContain("connections");
    expect(insights.withdrawal.signals).toContain("mood");

    const shown = insights.cycle.edges.filter((edge) => edge.status === "ok");
    expect(shown.map((edge) => `${edge.from}→${edge.to}`)).toEqual([
      "connections→mood",
      "mood→connections",
      "rumination→connections",
      "sleep→mood",
    ]);
    for (const edge of shown) {
      expect(edge.n).toBe(39);
      const [low, high] = edge.interval;
      expect(low).toBeLessThanOrEqual(edge.effect);
      expect(high).toBeGreaterThanOrEqual(edge.effect);
      expect(edge.includesZero).toBe(false);
      expect(edge.sentence).toContain("This shows a pattern, not proof of cause.");
    }
    // The written-down cycle: connecting lifts the next day's mood, repeating thoughts lower
    // the next day's connections.
    const byId = new Map(shown.map((edge) => [edge.id, edge]));
    expect(byId.get("connections-mood")?.effect).toBeGreaterThan(0);
    expect(byId.get("rumination-connections")?.effect).toBeLessThan(0);
    // No planned activities are read yet, and the arrow says what it waits for.
    expect(insights.cycle.edges.at(-1)).toMatchObject({
      id: "activities-mood",
      status: "not-enough-data",
      sentence: "This arrow appears once you start marking planned activities as done.",
    });
    // The same data always gives the same intervals.
    expect(await insightsOf(c)).toEqual(insights);
  });

  it("uses only the days in the range, as of its last day", async () => {
    await seed(c, cycleHistory(TODAY));
    const earlier = addDays(TODAY, -10);
    const insights = await insightsOf(c, `?from=${addDays(TODAY, -29)}&to=${earlier}`);
    expect(insights.today).toBe(earlier);
    expect(insights.data).toMatchObject({
      checkins: 20,
      firstDate: addDays(TODAY, -29),
      lastDate: earlier,
    });
    expect(insights.cycle.edges[0]).toMatchObject({ status: "not-enough-data", n: 19 });
  });

  it.each([
    ["reversed", "?from=2026-11-29&to=2026-11-01", "from", "is after to"],
    ["over 20 years", "?from=2000-01-01&to=2026-11-29", "from", "is more than 20 years before to"],
    ["over 20 years before today", "?from=1990-01-01", "from", "is more than 20 years before to"],
    ["malformed from", "?from=29-11-2026", "from", undefined],
    ["impossible to", "?to=2026-02-30", "to", undefined],
    ["unknown parameter", "?since=2026-01-01", "since", "is not a field we know"],
  ])("refuses a %s range with 400 naming the field", async (_name, query, field, words) => {
    const response = await c.get(`/api/insights${query}`);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(Object.keys(error.fields)).toEqual([field]);
    if (words) expect(error.fields[field]).toBe(words);
  });

  it("counts what was done in the Plan, and how it felt against what was expected", async () => {
    await seed(c, cycleHistory(TODAY));
    for (let i = 0; i < 6; i++) {
      const plan = (
        await c.post("/api/plans", {
          activityId: "send-one-message",
          date: addDays(TODAY, -i),
          time: null,
          predictedEnjoyment: 3,
        })
      ).json();
      await c.request("PATCH", `/api/plans/${plan.id}`, { status: "done", actualEnjoyment: 6 });
    }
    const insights = await insightsOf(c);
    expect(insights.data.activitiesDone).toBe(6);
    expect(insights.forecastGap.overall).toMatchObject({ status: "ok", gap: 3 });
  });

  it("accepts exactly 20 calendar years, and not a day more", async () => {
    const from = earliestWithinYears(TODAY, 20);
    expect((await c.get(`/api/insights?from=${from}&to=${TODAY}`)).statusCode).toBe(200);
    const longer = await c.get(`/api/insights?from=${addDays(from, -1)}&to=${TODAY}`);
    expect(longer.json().error.fields).toEqual({ from: "is more than 20 years before to" });
  });

  it("needs a session", async () => {
    const response = await t.client().get("/api/insights");
    expect(response.statusCode).toBe(401);
  });
});

// Two people on one server, on each engine: neither's days reach the other's insights.
describe.each(engines)("insights of two people on %s", (engine) => {
  const people = useTwoPeople(engine);

  it("keeps each person's insights to themselves", async () => {
    const { owner, member } = people;
    await seed(owner, cycleHistory(TODAY));
    await seed(member, quietWeek().slice(-3));

    const mine = await insightsOf(owner);
    const theirs = await insightsOf(member);
    expect(mine.data.checkins).toBe(40);
    expect(mine.withdrawal.status).toBe("alert");
    expect(theirs.data).toMatchObject({ checkins: 3, firstDate: addDays(TODAY, -2) });
    expect(theirs.withdrawal.status).toBe("not-enough-data");
    expect(theirs.cycle.edges.every((edge) => edge.status === "not-enough-data")).toBe(true);

    // Removing the member's days leaves the owner's insights exactly as they were.
    for (const day of quietWeek().slice(-3)) await member.delete(`/api/checkins/${day.date}`);
    expect((await insightsOf(member)).empty).toBe(true);
    expect(await insightsOf(owner)).toEqual(mine);
  });
});
