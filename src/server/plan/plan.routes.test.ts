import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { addDays, LOCAL_DATE_RULE, localDateOf } from "../../core/dates/local-date.js";

const OWN = {
  title: "Water the basil",
  area: "body-routine",
  effort: "tiny",
  minutes: 2,
  social: false,
  firstStep: "Fill the glass by the sink",
};

const patch = (c: ApiClient, url: string, body: unknown) => c.request("PATCH", url, body);

async function count(
  t: TestApp,
  table:
    | "planned_activities"
    | "own_activities"
    | "routine_targets"
    | "routine_ticks"
    | "hidden_activities",
) {
  const rows = await t.store.db.selectFrom(table).selectAll().execute();
  return rows.length;
}

describe("activities, suggestions, plans and routine", () => {
  let t: TestApp;
  let c: ApiClient;
  let today: string;
  beforeEach(async () => {
    t = await createTestApp();
    c = await t.owner();
    today = localDateOf(t.clock.now());
  });
  afterEach(async () => {
    await t.close();
  });

  it("lists the catalogue with the person's own, and hides and edits as asked", async () => {
    const first = (await c.get("/api/activities")).json();
    expect(first.activities.length).toBeGreaterThanOrEqual(80);
    expect(first.activities[0]).toMatchObject({ own: false, hidden: false });
    expect(Object.keys(first.activities[0])).toEqual(
      expect.arrayContaining(["id", "title", "area", "effort", "minutes", "social", "firstStep"]),
    );

    const created = await c.post("/api/activities", OWN);
    expect(created.statusCode).toBe(201);
    const own = created.json();
    expect(own).toMatchObject({ ...OWN, own: true, hidden: false });

    const edited = await patch(c, `/api/activities/${own.id}`, { title: "Water the plants" });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().title).toBe("Water the plants");

    expect(
      (await patch(c, "/api/activities/open-a-window", { hidden: true })).json(),
    ).toMatchObject({
      id: "open-a-window",
      hidden: true,
    });
    const after = (await c.get("/api/activities")).json().activities;
    expect(after.map((a: { id: string }) => a.id)).not.toContain("open-a-window");
    expect(after.find((a: { id: string }) => a.id === own.id).title).toBe("Water the plants");
    const all = (await c.get("/api/activities?include=hidden")).json().activities;
    expect(all.find((a: { id: string }) => a.id === "open-a-window").hidden).toBe(true);

    await patch(c, "/api/activities/open-a-window", { hidden: false });
    const back = (await c.get("/api/activities")).json().activities;
    expect(back.map((a: { id: string }) => a.id)).toContain("open-a-window");
  });

  it("refuses a built-in edit, a tiny step of half an hour and an unknown id, changing nothing", async () => {
    const builtIn = await patch(c, "/api/activities/open-a-window", { title: "Mine now" });
    expect(builtIn.statusCode).toBe(400);
    expect(builtIn.json().error).toMatchObject({
      code: "built-in-activity",
      fields: { title: expect.any(String) },
    });

    const long = await c.post("/api/activities", { ...OWN, minutes: 30 });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields.minutes).toMatch(/5 minutes or less/);
    expect(await count(t, "own_activities")).toBe(0);

    expect((await patch(c, "/api/activities/no-such-thing", { hidden: true })).statusCode).toBe(
      404,
    );
    expect(await count(t, "hidden_activities")).toBe(0);
  });

  it("suggests three tiny steps on a low-energy day, from the check-in when energy is not asked", async () => {
    expect((await c.put(`/api/checkins/${today}`, { mood: 3, energy: 1 })).statusCode).toBe(200);
    const answer = await c.get("/api/suggestions");
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body.energy).toEqual({ value: 1, from: "check-in" });
    expect(body.suggestions).toHaveLength(3);
    for (const s of body.suggestions) {
      expect(s.activity.effort).toBe("tiny");
      expect(typeof s.reason).toBe("string");
    }

    const asked = (await c.get("/api/suggestions?energy=9&minutes=60")).json();
    expect(asked.energy).toEqual({ value: 9, from: "asked" });
    expect(asked.suggestions).toHaveLength(3);
    for (const s of asked.suggestions) expect(s.activity.minutes).toBeLessThanOrEqual(60);
  });

  it("offers a step toward someone overdue in the circle", async () => {
    const jo = (
      await c.post("/api/people", {
        name: "Jo",
        relationship: "sister",
        contactPreference: "message",
        wantedEveryDays: 7,
      })
    ).json();
    await c.put(`/api/checkins/${addDays(today, -20)}`, {
      mood: 5,
      connections: [{ personId: jo.id, mode: "call" }],
    });
    const body = (await c.get("/api/suggestions?energy=5")).json();
    expect(body.suggestions[0]).toMatchObject({ person: { id: jo.id, name: "Jo" } });
    expect(body.suggestions[0].activity.area).toBe("connection");
  });

  it("refuses energy outside 0–10 and other parameters", async () => {
    for (const query of ["energy=11", "energy=-1", "energy=low", "minutes=0", "mood=3"]) {
      const answer = await c.get(`/api/suggestions?${query}`);
      expect(answer.statusCode, query).toBe(400);
      expect(answer.json().error.code).toBe("invalid-input");
    }
  });

  it("plans, marks done with ratings, lets go kindly with a smaller step, and deletes", async () => {
    const made = await c.post("/api/plans", {
      activityId: "send-one-message",
      date: today,
      time: null,
      predictedEnjoyment: 3,
    });
    expect(made.statusCode).toBe(201);
    const plan = made.json();
    expect(plan).toMatchObject({
      activityId: "send-one-message",
      date: today,
      time: null,
      status: "planned",
      activity: { id: "send-one-message", own: false },
    });

    const done = await patch(c, `/api/plans/${plan.id}`, {
      status: "done",
      actualEnjoyment: 7,
      achievement: 6,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: "done", actualEnjoyment: 7, achievement: 6 });

    const walk = (
      await c.post("/api/plans", {
        activityId: "walk-around-the-block",
        date: addDays(today, 1),
        time: "10:30",
        predictedEnjoyment: 5,
      })
    ).json();
    const letGo = await patch(c, `/api/plans/${walk.id}`, { status: "let-go" });
    expect(letGo.statusCode).toBe(200);
    expect(letGo.json().status).toBe("let-go");
    expect(letGo.json().smaller).toMatchObject({ effort: "tiny" });

    const week = (await c.get("/api/plans")).json();
    expect(week.plans.map((p: { id: string }) => p.id)).toEqual([plan.id, walk.id]);

    expect((await c.delete(`/api/plans/${walk.id}`)).statusCode).toBe(204);
    expect((await c.delete(`/api/plans/${walk.id}`)).statusCode).toBe(404);
    expect(await count(t, "planned_activities")).toBe(1);
  });

  it("refuses 31 February, 25:00, enjoyment outside 0–10 and unknown activities, storing nothing", async () => {
    const base = { activityId: "send-one-message", date: today, time: null, predictedEnjoyment: 4 };
    const cases: [unknown, string][] = [
      [{ ...base, date: "2027-02-31" }, "date"],
      [{ ...base, time: "25:00" }, "time"],
      [{ ...base, predictedEnjoyment: 11 }, "predictedEnjoyment"],
      [{ ...base, predictedEnjoyment: -1 }, "predictedEnjoyment"],
    ];
    for (const [body, field] of cases) {
      const answer = await c.post("/api/plans", body);
      expect(answer.statusCode, field).toBe(400);
      expect(Object.keys(answer.json().error.fields)).toContain(field);
    }
    expect(
      (await c.post("/api/plans", { ...base, date: "2027-02-31" })).json().error.fields.date,
    ).toBe(LOCAL_DATE_RULE);
    const unknown = await c.post("/api/plans", { ...base, activityId: "own-nobody" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.fields).toHaveProperty("activityId");
    const nobody = await c.post("/api/plans", { ...base, personId: "nobody" });
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().error.fields).toHaveProperty("personId");
    expect(await count(t, "planned_activities")).toBe(0);

    const plan = (await c.post("/api/plans", base)).json();
    const high = await patch(c, `/api/plans/${plan.id}`, { status: "done", actualEnjoyment: 12 });
    expect(high.statusCode).toBe(400);
    expect(high.json().error.fields.actualEnjoyment).toMatch(/0 to 10, got 12/);
    const low = await patch(c, `/api/plans/${plan.id}`, { status: "done", achievement: -3 });
    expect(low.statusCode).toBe(400);
    const stored = (await c.get("/api/plans")).json().plans[0];
    expect(stored.status).toBe("planned");
    expect(stored).not.toHaveProperty("actualEnjoyment");
  });

  it("compares predictions with how things felt once five are done", async () => {
    const notYet = (await c.get("/api/plans/forecast")).json();
    expect(notYet).toMatchObject({ status: "not-enough-yet", done: 0, needed: 5 });
    for (let i = 0; i < 5; i++) {
      const plan = (
        await c.post("/api/plans", {
          activityId: "send-one-message",
          date: addDays(today, -i),
          time: null,
          predictedEnjoyment: 3,
        })
      ).json();
      await patch(c, `/api/plans/${plan.id}`, {
        status: "done",
        actualEnjoyment: 6,
        achievement: 5,
      });
    }
    const ready = (await c.get("/api/plans/forecast")).json();
    expect(ready).toMatchObject({ status: "ready", done: 5, overallGap: 3 });
    expect(ready.byArea[0].sentence).toBe(
      "You've enjoyed connection activities 3 points more than you expected (based on 5 activities).",
    );
  });

  it("keeps routine targets, one-tap ticks and a weekly picture", async () => {
    const empty = (await c.get("/api/routine")).json();
    expect(empty.anchors).toHaveLength(4);
    expect(empty.anchors[0]).toEqual({ anchor: "wake", label: "Wake up", target: null });

    const saved = await c.put("/api/routine", {
      anchors: [
        { anchor: "wake", target: "07:30" },
        { anchor: "bed", target: "23:30" },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().anchors[3]).toMatchObject({ anchor: "bed", target: "23:30" });

    const tick = await c.put("/api/routine/ticks/2026-11-24", { anchor: "wake", time: "07:50" });
    expect(tick.statusCode).toBe(200);
    expect(tick.json()).toEqual({
      date: "2026-11-24",
      ticks: [{ date: "2026-11-24", anchor: "wake", time: "07:50" }],
    });
    await c.put("/api/routine/ticks/2026-11-25", { anchor: "wake", time: "09:30" });
    await c.put("/api/routine/ticks/2026-11-25", { anchor: "bed", time: "00:10" });

    const week = (await c.get("/api/routine/week?start=2026-11-23")).json();
    expect(week.dates[0]).toBe("2026-11-23");
    const wake = week.anchors.find((a: { anchor: string }) => a.anchor === "wake");
    expect(wake).toMatchObject({ noted: 2, close: 1 });
    expect(week.summary).toBe(
      "2 of the 3 anchors you noted landed close to your targets. Each steady day helps sleep and energy.",
    );

    const undone = await c.put("/api/routine/ticks/2026-11-25", { anchor: "bed", time: null });
    expect(undone.json().ticks).toHaveLength(1);
  });

  it("refuses a 25:00 anchor, 31 February and a doubled anchor, changing nothing", async () => {
    await c.put("/api/routine", { anchors: [{ anchor: "wake", target: "07:00" }] });
    const late = await c.put("/api/routine", { anchors: [{ anchor: "wake", target: "25:00" }] });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields["anchors.0.target"]).toMatch(/25:00 is not a time of day/);
    const twice = await c.put("/api/routine", {
      anchors: [
        { anchor: "bed", target: "22:00" },
        { anchor: "bed", target: "23:00" },
      ],
    });
    expect(twice.statusCode).toBe(400);
    const five = await c.put("/api/routine", {
      anchors: ["wake", "first-meal", "first-contact", "bed", "wake"].map((anchor) => ({
        anchor,
        target: "08:00",
      })),
    });
    expect(five.statusCode).toBe(400);
    expect(five.json().error.fields).toEqual({ anchors: "can hold at most 4 anchors, each once" });
    expect((await c.get("/api/routine")).json().anchors[0].target).toBe("07:00");
    expect(await count(t, "routine_targets")).toBe(1);

    const feb = await c.put("/api/routine/ticks/2027-02-31", { anchor: "wake", time: "07:00" });
    expect(feb.statusCode).toBe(400);
    expect(feb.json().error.fields.date).toBe(LOCAL_DATE_RULE);
    const hour = await c.put(`/api/routine/ticks/${today}`, { anchor: "wake", time: "25:00" });
    expect(hour.statusCode).toBe(400);
    expect(hour.json().error.fields.time).toMatch(/25:00/);
    expect(await count(t, "routine_ticks")).toBe(0);
  });

  it("refuses a week that would run past the last year a date may have", async () => {
    const last = await c.get("/api/routine/week?start=2999-12-25");
    expect(last.statusCode).toBe(200);
    expect(last.json().dates.at(-1)).toBe("2999-12-31");
    const past = await c.get("/api/routine/week?start=2999-12-26");
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields).toEqual({
      start: "must begin a week that ends by 2999-12-31",
    });
  });

  it("asks for a session", async () => {
    const anon = t.client();
    for (const url of [
      "/api/activities",
      "/api/suggestions",
      "/api/plans",
      "/api/routine",
      "/api/routine/week",
    ]) {
      expect((await anon.get(url)).statusCode, url).toBe(401);
    }
  });
});
