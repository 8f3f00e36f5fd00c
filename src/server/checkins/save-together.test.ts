import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { saveWaitingForLock, tornDays } from "../../../test/support/pg-checkin-probes.js";
import { SqlRecorder } from "../../../test/support/sql-recorder.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/*
 * On PostgreSQL one person's saves that queue up behind one on its way go to the database
 * together, in one call and one commit (save-together.ts, migration 0015). Each must be answered
 * exactly as if it had been sent alone after the ones before it: its own session, condition,
 * version and outcome.
 */
describe("one person's saves sent together on PostgreSQL", () => {
  const recorder = new SqlRecorder();
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp("postgres", {}, { log: recorder.log });
  }, 60_000);
  afterAll(() => t.close());

  const calls = (from: number) =>
    recorder.statements.slice(from).filter((s) => /reconnect_save_checkins?\(/.test(s.sql));
  const together = (from: number) =>
    calls(from).filter((s) => s.sql.includes("reconnect_save_checkins("));

  /**
   * Runs `first` while the person's row is held, so it waits in the database, then `rest`, which
   * queue up behind it in this process; then lets them all go.
   */
  async function queuedBehind<T>(
    userId: string,
    first: () => Promise<T>,
    rest: () => Promise<T>[],
  ): Promise<T[]> {
    let sent: Promise<T>[] = [];
    await t.store.db.transaction().execute(async (trx) => {
      await sql`select id from users where id = ${userId} for update`.execute(trx);
      const leading = first();
      const deadline = Date.now() + 10_000;
      while (!(await saveWaitingForLock(t.store.db))) {
        if (Date.now() > deadline) throw new Error("the first save never waited for the person");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      sent = [leading, ...rest()];
      // Every request has reached the line before the lock goes.
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    return Promise.all(sent);
  }

  it("answers each save of one day with a version of its own, the last one kept", async () => {
    const owner = await t.owner();
    expect((await owner.get("/api/me")).statusCode).toBe(200);
    const userId = (await t.store.db.selectFrom("users").select("id").executeTakeFirstOrThrow()).id;
    const day = "/api/checkins/2026-11-28";
    const saveOf = (n: number) => ({
      mood: n,
      note: `save ${n}`,
      connections: Array.from({ length: n % 3 }, (_, i) => ({ name: `Friend ${i}`, mode: "call" })),
    });
    const from = recorder.statements.length;
    const answers = await queuedBehind(
      userId,
      () => owner.put(day, saveOf(0)),
      () => Array.from({ length: 9 }, (_, i) => owner.put(day, saveOf(i + 1))),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    const versions = answers.map((a) => (a.json() as { updatedAt: string }).updatedAt);
    expect(new Set(versions).size).toBe(10);
    // The first went alone; the nine behind it went as one call.
    expect(calls(from)).toHaveLength(2);
    expect(together(from)).toHaveLength(1);
    const stored = await t.store.db
      .selectFrom("checkins")
      .select(["updated_at", "doc"])
      .where("user_id", "=", userId)
      .where("date", "=", "2026-11-28")
      .executeTakeFirstOrThrow();
    const last = [...versions].sort().at(-1);
    expect(stored.updated_at).toBe(last);
    expect(JSON.parse(stored.doc)).toEqual(answers[versions.indexOf(last ?? "")]?.json());
    const read = await owner.get("/api/checkins?from=2026-11-28&to=2026-11-28");
    expect(read.json()).toEqual({ checkins: [JSON.parse(stored.doc)] });
    expect(await tornDays(t.store.db, userId)).toEqual([]);
  });

  it("judges each save in a shared call by what the saves before it wrote", async () => {
    const person = await t.member("ana");
    expect((await person.put("/api/checkins/2026-11-20", { mood: 3 })).statusCode).toBe(200);
    // The same person on a second device, seen by this process, then signed out there.
    const other: ApiClient = t.client();
    expect(
      (await other.post("/api/session", { username: "ana", password: "ana's own password" }))
        .statusCode,
    ).toBe(200);
    expect((await other.get("/api/me")).statusCode).toBe(200);
    const oldCookie = other.sessionCookie;
    expect((await other.delete("/api/session")).statusCode).toBe(204);
    other.sessionCookie = oldCookie;

    const onlyIfNew = { "if-none-match": "*" };
    const from = recorder.statements.length;
    const [first, created, again, signedOut, stale] = await queuedBehind(
      "member-ana",
      () => person.put("/api/checkins/2026-11-20", { mood: 4 }),
      () => [
        person.request("PUT", "/api/checkins/2026-11-21", { mood: 5 }, onlyIfNew),
        person.request("PUT", "/api/checkins/2026-11-21", { mood: 6 }, onlyIfNew),
        other.put("/api/checkins/2026-11-22", { mood: 7 }),
        person.request(
          "PUT",
          "/api/checkins/2026-11-20",
          { mood: 8 },
          { "if-match": '"2020-01-01T00:00:00.000Z"' },
        ),
      ],
    );
    expect(together(from)).toHaveLength(1);
    expect(first?.statusCode).toBe(200);
    expect(created?.statusCode).toBe(200);
    // The day the save before it in the same call created is there for this one.
    expect(again?.statusCode).toBe(409);
    expect(again?.json().current).toEqual(created?.json());
    expect(signedOut?.statusCode).toBe(401);
    expect(stale?.statusCode).toBe(409);
    expect(stale?.json().current).toEqual(first?.json());
    const days = await t.store.db
      .selectFrom("checkins")
      .select(["date", "mood"])
      .where("user_id", "=", "member-ana")
      .orderBy("date")
      .execute();
    expect(days).toEqual([
      { date: "2026-11-20", mood: 4 },
      { date: "2026-11-21", mood: 5 },
    ]);
    expect(await tornDays(t.store.db, "member-ana")).toEqual([]);
  });
});
