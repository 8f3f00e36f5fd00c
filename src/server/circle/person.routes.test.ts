import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { addDays, localDateOf } from "../../core/dates/local-date.js";

const SAM = {
  name: "Sam",
  relationship: "old friend",
  contactPreference: "call",
  wantedEveryDays: 14,
};

describe("people in the circle", () => {
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

  it("adds someone with a next step, drafts and signal messages", async () => {
    const created = await c.post("/api/people", SAM);
    expect(created.statusCode).toBe(201);
    const sam = created.json();
    expect(sam).toMatchObject({
      ...SAM,
      lastConnected: null,
      daysSince: null,
      overdue: false,
      // No check-in today: energy is unknown, read as just above low, so a call is too much.
      nextStep: { step: "voice-note", smaller: "message" },
    });
    expect(sam.drafts[0]).toContain("Sam");
    expect(sam.signals).toHaveLength(5);
    expect(sam.signals[0]).toMatch(/^Hi Sam, I've been quiet lately/);
  });

  it("reads when you last connected from check-ins and done activities, and fits the step to energy", async () => {
    const sam = (await c.post("/api/people", SAM)).json();
    await c.put(`/api/checkins/${addDays(today, -20)}`, {
      mood: 5,
      connections: [{ name: "sam", mode: "message" }],
    });
    let list = (await c.get("/api/people?energy=8")).json();
    expect(list.energy).toBe(8);
    expect(list.people[0]).toMatchObject({
      lastConnected: addDays(today, -20),
      daysSince: 20,
      overdue: true,
    });
    expect(list.people[0].nextStep.step).toBe("call");

    const plan = (
      await c.post("/api/plans", {
        activityId: "send-one-message",
        date: addDays(today, -2),
        time: null,
        predictedEnjoyment: 5,
        personId: sam.id,
      })
    ).json();
    await c.request("PATCH", `/api/plans/${plan.id}`, { status: "done" });
    await c.put(`/api/checkins/${today}`, { mood: 2, energy: 1 });
    list = (await c.get("/api/people")).json();
    expect(list.energy).toBe(1);
    expect(list.people[0]).toMatchObject({ lastConnected: addDays(today, -2), overdue: false });
    expect(list.people[0].nextStep.step).toBe("react");
    // Written to two days ago: no draft says it's been a while; with nothing known, one may.
    const atTwo = (await c.get("/api/people?energy=2")).json().people[0];
    expect(atTwo.nextStep.step).toBe("message");
    expect(atTwo.drafts.join("\n")).not.toMatch(/been a while/);
    const unknown = (await c.post("/api/people", { ...SAM, name: "Noor" })).json();
    const noor = (await c.get("/api/people?energy=2"))
      .json()
      .people.find((p: { id: string }) => p.id === unknown.id);
    expect(noor.drafts.join("\n")).toMatch(/been a while/);
  });

  it("edits and removes someone, and refuses bad input without changing anything", async () => {
    const sam = (await c.post("/api/people", SAM)).json();
    const edited = await c.request("PATCH", `/api/people/${sam.id}`, { wantedEveryDays: 30 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: "Sam", wantedEveryDays: 30 });

    const bad = await c.request("PATCH", `/api/people/${sam.id}`, {
      wantedEveryDays: 0,
      name: " ",
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(["name", "wantedEveryDays"]);
    const noPref = await c.post("/api/people", { ...SAM, contactPreference: "pigeon" });
    expect(noPref.statusCode).toBe(400);
    expect(noPref.json().error.fields.contactPreference).toMatch(/must be one of/);
    expect((await c.get("/api/people")).json().people).toHaveLength(1);
    expect((await c.get("/api/people?energy=11")).statusCode).toBe(400);

    expect((await c.request("PATCH", "/api/people/nobody", { name: "X" })).statusCode).toBe(404);
    expect((await c.delete(`/api/people/${sam.id}`)).statusCode).toBe(204);
    expect((await c.delete(`/api/people/${sam.id}`)).statusCode).toBe(404);
    expect((await c.get("/api/people")).json().people).toEqual([]);
  });

  it("refuses a name that shows nothing (a zero-width space), adding and editing, changing nothing", async () => {
    // A lone combining accent too: it has no letter to sit on, so the row shows nothing readable.
    for (const name of ["\u200b", " \u200d\ufeff ", "\u0301", "\u0301\u0327"]) {
      const refused = await c.post("/api/people", { ...SAM, name });
      expect(refused.statusCode, JSON.stringify(name)).toBe(400);
      expect(refused.json().error.fields.name).toMatch(/must not be empty/);
    }
    expect((await c.get("/api/people")).json().people).toEqual([]);
    const sam = (await c.post("/api/people", SAM)).json();
    const renamed = await c.request("PATCH", `/api/people/${sam.id}`, { name: "\u200b" });
    expect(renamed.statusCode).toBe(400);
    expect((await c.get("/api/people")).json().people[0].name).toBe("Sam");
  });

  it("a plan with someone who leaves the circle stays, no longer tied to them", async () => {
    const sam = (await c.post("/api/people", SAM)).json();
    const plan = (
      await c.post("/api/plans", {
        activityId: "send-one-message",
        date: today,
        time: "18:00",
        predictedEnjoyment: 5,
        personId: sam.id,
      })
    ).json();
    await c.delete(`/api/people/${sam.id}`);
    const [kept] = (await c.get("/api/plans")).json().plans;
    expect(kept.id).toBe(plan.id);
    expect(kept).not.toHaveProperty("personId");
  });
});
