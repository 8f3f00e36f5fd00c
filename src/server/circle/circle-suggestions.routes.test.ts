import { afterEach, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

describe.each(engines)("the circle suggests people named in check-ins, on %s", (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("names them most often first, and drops each once they are in the circle", async () => {
    t = await createTestApp(engine);
    const c = await t.owner();
    const met = (name: string) => ({ mode: "message", name });
    await c.put("/api/checkins/2026-10-01", { mood: 3, connections: [met("Ben"), met("Priya")] });
    await c.put("/api/checkins/2026-10-09", { mood: 4, connections: [met("ben")] });
    await c.put("/api/checkins/2026-11-02", { mood: 5, connections: [met("Ben")] });
    await c.put("/api/checkins/2026-11-03", { mood: 2 });

    const before = await c.get("/api/people");
    expect(before.statusCode).toBe(200);
    expect(before.json().suggested).toEqual([
      { name: "Ben", times: 3, lastConnected: "2026-11-02" },
      { name: "Priya", times: 1, lastConnected: "2026-10-01" },
    ]);

    const added = await c.post("/api/people", {
      name: "Ben",
      relationship: "",
      contactPreference: "message",
      wantedEveryDays: 14,
    });
    expect(added.statusCode).toBe(201);
    const after = (await c.get("/api/people")).json();
    expect(after.suggested).toEqual([{ name: "Priya", times: 1, lastConnected: "2026-10-01" }]);
    // Ben's check-ins now count as connections with him.
    expect(after.people[0]).toMatchObject({ name: "Ben", lastConnected: "2026-11-02" });
  });

  it("suggests only a person's own connections, never another's", async () => {
    t = await createTestApp(engine);
    const owner = await t.owner();
    const member = await t.member();
    await owner.put("/api/checkins/2026-11-01", {
      mood: 4,
      connections: [{ mode: "call", name: "Robin's secret friend" }],
    });
    expect((await member.get("/api/people")).json().suggested).toEqual([]);
  });
});
