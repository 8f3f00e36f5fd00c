import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { tornDays } from "../../../test/support/pg-checkin-probes.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/*
 * Writers of one person's check-ins racing on PostgreSQL, where they really run at once (SQLite
 * takes one writer at a time). Every writer locks the person first (accounts/person-lock.ts);
 * without that, a save and an import took their locks in opposite orders and one of them died
 * of a deadlock error. Each race must end with every request answered and the data whole: every
 * stored day's JSON naming exactly the connection rows stored for it.
 */
describe("writers of one person's check-ins at once on PostgreSQL", () => {
  let t: TestApp;
  let owner: ApiClient;

  beforeAll(async () => {
    t = await createTestApp("postgres");
    owner = await t.owner();
  }, 60_000);
  afterAll(() => t.close());

  const saveOf = (n: number) => ({
    mood: n % 11,
    note: `save ${n}`,
    connections: Array.from({ length: n % 4 }, (_, i) => ({ name: `Friend ${i}`, mode: "call" })),
  });

  it("answers every save of one day, each with a version of its own, and keeps one whole", async () => {
    const day = "/api/checkins/2026-11-28";
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, n) => owner.put(day, saveOf(n))),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    const versions = new Set(answers.map((a) => a.json().updatedAt));
    expect(versions.size).toBe(answers.length);
    const [stored] = (await owner.get("/api/checkins?from=2026-11-28&to=2026-11-28")).json()
      .checkins;
    // The day is the save with the latest version, all of it.
    const latest = answers
      .map((a) => a.json())
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
    expect(stored).toEqual(latest);
    expect(await tornDays(t.store.db)).toEqual([]);
  });

  it("lets an import that replaces everything race saves without a deadlock", async () => {
    const days = ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"];
    for (const [n, date] of days.entries()) await owner.put(`/api/checkins/${date}`, saveOf(n + 1));
    const exported = (await owner.get("/api/export")).json();
    const work: Promise<{ statusCode: number; body: string }>[] = [];
    for (let round = 0; round < 6; round++) {
      work.push(owner.post("/api/import?mode=replace", exported));
      for (const [n, date] of days.entries()) {
        work.push(owner.put(`/api/checkins/${date}`, saveOf(round + n + 2)));
      }
    }
    const answers = await Promise.all(work);
    expect(
      answers.filter((a) => a.statusCode !== 200 && a.statusCode !== 201).map((a) => a.body),
    ).toEqual([]);
    const stored = (await owner.get("/api/checkins?from=2026-11-20&to=2026-11-28")).json().checkins;
    expect(stored.map((c: { date: string }) => c.date)).toEqual([...days, "2026-11-28"]);
    expect(await tornDays(t.store.db)).toEqual([]);
  });
});
