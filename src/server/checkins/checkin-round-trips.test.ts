import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { SqlRecorder } from "../../../test/support/sql-recorder.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/*
 * Every statement is a round trip to PostgreSQL, and on a shared server round trips are most of
 * what a request costs (docs/BENCHMARKS.md, "HTTP on PostgreSQL"). These are the budgets of the
 * two hottest requests; a change that adds a trip to either has to change this test too.
 */
describe("round trips of the check-in routes on PostgreSQL", () => {
  const recorder = new SqlRecorder();
  let t: TestApp;
  let owner: ApiClient;
  const month = "/api/checkins?from=2026-11-01&to=2026-11-28";
  const sent = async (work: () => Promise<{ statusCode: number }>) => {
    const before = recorder.statements.length;
    const response = await work();
    expect(response.statusCode).toBeLessThan(300);
    return recorder.statements.slice(before).map((s) => s.sql.split(" ").slice(0, 3).join(" "));
  };

  beforeAll(async () => {
    t = await createTestApp("postgres", {}, { log: recorder.log });
    owner = await t.owner();
    for (const day of ["2026-11-01", "2026-11-02"]) {
      await owner.put(`/api/checkins/${day}`, { mood: 4, note: "a walk" });
    }
  }, 60_000);
  afterAll(() => t.close());

  it("answers a month it has already read with the session lookup alone", async () => {
    const first = await sent(() => owner.get(month));
    expect(first).toHaveLength(2);
    // The session lookup carries the person's check-ins counter; it has not moved.
    expect(await sent(() => owner.get(month))).toHaveLength(1);
    expect(await sent(() => owner.get(month))).toHaveLength(1);
  });

  it("reads the month again after a save, then remembers it again", async () => {
    await sent(() => owner.get(month));
    const save = await sent(() => owner.put("/api/checkins/2026-11-03", { mood: 5 }));
    // One call that checks the session and the version and writes the day and its connections
    // (migration 0014): it was six trips when the app sent each statement itself, then two with
    // the session looked up first (0013).
    expect(save).toEqual(['select "outcome", "version",']);
    expect(await sent(() => owner.get(month))).toHaveLength(2);
    expect(await sent(() => owner.get(month))).toHaveLength(1);
    const body = (await owner.get(month)).json() as { checkins: { date: string }[] };
    expect(body.checkins.map((c) => c.date)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
  });

  it("reads the month again after a day is removed", async () => {
    await sent(() => owner.get(month));
    await sent(() => owner.delete("/api/checkins/2026-11-02"));
    expect(await sent(() => owner.get(month))).toHaveLength(2);
    const body = (await owner.get(month)).json() as { checkins: { date: string }[] };
    expect(body.checkins.map((c) => c.date)).toEqual(["2026-11-01", "2026-11-03"]);
  });
});
