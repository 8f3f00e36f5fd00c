import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";
import { localDateOf } from "../../core/dates/local-date.js";

// The time is kept in SQL on both engines, and sorted there, so both are tried.
describe.each(engines)("giving a planned step a time later on %s", (engine) => {
  const s = useServer(engine, { freshEachTest: true });

  async function planWithoutTime() {
    const today = localDateOf(s.app.clock.now());
    const made = await s.owner.post("/api/plans", {
      activityId: "send-one-message",
      date: today,
      time: null,
      predictedEnjoyment: 4,
    });
    expect(made.statusCode).toBe(201);
    return made.json() as { id: string };
  }

  const patch = (id: string, body: unknown) => s.owner.request("PATCH", `/api/plans/${id}`, body);

  it("sets, changes and clears a time, keeping everything else", async () => {
    const plan = await planWithoutTime();

    const set = await patch(plan.id, { time: "18:30" });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ id: plan.id, time: "18:30", status: "planned" });
    expect(set.json()).not.toHaveProperty("smaller");

    expect((await patch(plan.id, { time: "07:05" })).json().time).toBe("07:05");
    const listed = (await s.owner.get("/api/plans")).json().plans;
    expect(listed).toEqual([
      expect.objectContaining({ id: plan.id, time: "07:05", predictedEnjoyment: 4 }),
    ]);

    const cleared = await patch(plan.id, { time: null });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().time).toBeNull();
    expect((await s.owner.get("/api/plans")).json().plans[0].time).toBeNull();
  });

  it("names what was sent when a change gives neither a status nor a time, and changes nothing", async () => {
    const plan = await planWithoutTime();
    const [before] = (await s.owner.get("/api/plans")).json().plans;
    const moved = await patch(plan.id, { date: "2026-12-01" });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error).toMatchObject({
      code: "invalid-input",
      fields: {
        date: "is not a field we know",
        status: "is needed (planned, done or let-go), or else time",
      },
    });
    expect((await s.owner.get("/api/plans")).json().plans).toEqual([before]);
  });

  // A time on a finished step would put an alarm for it into the calendar feed.
  it.each([
    ["done", { status: "done", actualEnjoyment: 7, achievement: 6 }],
    ["let go", { status: "let-go" }],
  ])("refuses a time for a step already %s, changing nothing", async (_label, outcome) => {
    const plan = await planWithoutTime();
    const finished = await patch(plan.id, outcome);
    expect(finished.statusCode).toBe(200);
    for (const time of ["09:00", null]) {
      const answer = await patch(plan.id, { time });
      expect(answer.statusCode, String(time)).toBe(409);
      expect(answer.json().error).toMatchObject({ code: "plan-not-planned" });
      expect(answer.json().error.message).toEqual(expect.any(String));
    }
    const [stored] = (await s.owner.get("/api/plans")).json().plans;
    const { smaller: _smaller, ...asFinished } = finished.json();
    expect(stored).toEqual(asFinished);
  });

  it("takes a time again once the step is back to planned", async () => {
    const plan = await planWithoutTime();
    await patch(plan.id, { status: "done", actualEnjoyment: 7, achievement: 6 });
    await patch(plan.id, { status: "planned" });
    const moved = await patch(plan.id, { time: "09:00" });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ time: "09:00", status: "planned" });
  });

  it("refuses a bad time naming time, and a time with a status, changing nothing", async () => {
    const plan = await planWithoutTime();
    for (const time of ["24:00", "7:30", "12:60", "", 1830, true]) {
      const answer = await patch(plan.id, { time });
      expect(answer.statusCode, String(time)).toBe(400);
      expect(answer.json().error).toMatchObject({ code: "invalid-input" });
      expect(Object.keys(answer.json().error.fields), String(time)).toEqual(["time"]);
    }
    const mixed = await patch(plan.id, { time: "18:30", status: "done" });
    expect(mixed.statusCode).toBe(400);
    const extra = await patch(plan.id, { time: "18:30", date: "2020-01-01" });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.fields).toEqual({ date: "is not a field we know" });
    expect((await s.owner.get("/api/plans")).json().plans[0].time).toBeNull();
  });

  it("answers not-found for a plan that is not there", async () => {
    const answer = await patch("no-such-plan", { time: "18:30" });
    expect(answer.statusCode).toBe(404);
    expect(answer.json().error.code).toBe("not-found");
  });

  it("still takes the status bodies as before", async () => {
    const plan = await planWithoutTime();
    const letGo = await patch(plan.id, { status: "let-go" });
    expect(letGo.statusCode).toBe(200);
    expect(letGo.json()).toHaveProperty("smaller");
    expect((await patch(plan.id, { status: "skipped" })).json().error.fields).toHaveProperty(
      "status",
    );
  });
});
