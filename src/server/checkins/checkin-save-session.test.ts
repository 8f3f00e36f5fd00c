import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { saveWaitingForLock } from "../../../test/support/pg-checkin-probes.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/*
 * A check-in save checks its session in the save's own statement on PostgreSQL (migration 0014),
 * once this process has seen the cookie's owner; SQLite checks it again inside the save's
 * transaction. Either way the answers are those of every other route: a caller whose session is
 * gone gets 401, before anything is said about the input, and nothing is written.
 */
describe.each(engines)("a check-in save and its session on %s", (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(engine);
  }, 60_000);
  afterAll(() => t.close());

  /** A person who has been seen signed in (so this process knows the cookie's owner), then signed out. */
  async function signedOutWithOldCookie(username: string): Promise<ApiClient> {
    const person = await t.member(username);
    expect((await person.get("/api/me")).statusCode).toBe(200);
    expect((await person.put("/api/checkins/2026-11-27", { mood: 4 })).statusCode).toBe(200);
    const cookie = person.sessionCookie;
    expect((await person.delete("/api/session")).statusCode).toBe(204);
    person.sessionCookie = cookie;
    return person;
  }

  it("still judges the input of a signed-in save: 400 for a bad body or header", async () => {
    const person = await t.member("kit");
    await person.get("/api/me");
    expect((await person.put("/api/checkins/2026-11-28", { mood: 99 })).statusCode).toBe(400);
    expect((await person.put("/api/checkins/2026-13-01", { mood: 4 })).statusCode).toBe(400);
    const badHeader = await person.request(
      "PUT",
      "/api/checkins/2026-11-28",
      { mood: 4 },
      { "if-match": "no quotes" },
    );
    expect(badHeader.statusCode).toBe(400);
    const badJson = await person.request("PUT", "/api/checkins/2026-11-28", undefined, {
      "content-type": "application/json",
    });
    expect(badJson.statusCode).toBe(400);
  });

  it("answers a signed-out caller 401 before any 400, and writes nothing", async () => {
    const person = await signedOutWithOldCookie("lee");
    // The good save last: a refused claim makes this process forget the cookie's owner, and the
    // requests after it would be judged by the guard's own lookup.
    const answers = [
      await person.put("/api/checkins/2026-11-28", { mood: 99 }),
      await person.put("/api/checkins/not-a-date", { mood: 4 }),
      await person.request(
        "PUT",
        "/api/checkins/2026-11-28",
        { mood: 4 },
        { "if-match": "no quotes" },
      ),
      await t.app.inject({
        method: "PUT",
        url: "/api/checkins/2026-11-28",
        headers: { "content-type": "application/json", cookie: person.sessionCookie ?? "" },
        payload: "{ not json",
      }),
      await person.put("/api/checkins/2026-11-28", { mood: 4 }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401, 401, 401]);
    expect(answers.map((a) => a.json().error.code)).toEqual(answers.map(() => "session-ended"));
    const days = await t.store.db
      .selectFrom("checkins")
      .select("date")
      .where("user_id", "=", "member-lee")
      .execute();
    expect(days.map((d) => d.date)).toEqual(["2026-11-27"]);
  });

  it("refuses a paused account's old cookie", async () => {
    const person = await t.member("max");
    await person.get("/api/me");
    await t.store.db
      .updateTable("users")
      .set({ disabled_at: "2026-11-28T00:00:00.000Z" })
      .where("id", "=", "member-max")
      .execute();
    expect((await person.put("/api/checkins/2026-11-28", { mood: 4 })).statusCode).toBe(401);
  });

  it("renews a session past its first hour on a save, as on any request", async () => {
    const person = await t.member("ash");
    await person.get("/api/me");
    const before = person.sessionCookie;
    t.clock.advance(2 * 3_600_000);
    const saved = await person.put("/api/checkins/2026-11-28", { mood: 4 });
    expect(saved.statusCode).toBe(200);
    expect(String(saved.headers["set-cookie"])).toMatch(/^reconnect_session=.*Expires=/);
    expect(person.sessionCookie).toBe(before);
  });
});

/*
 * An account erased while one of its saves is on the way: PostgreSQL runs the two at once. The
 * save waits for the person's row, which the erasure holds, and then finds no account and no
 * session: a 401, where it used to write a day for no one and fail on the foreign key (a 500).
 */
describe("a save racing the erasure of its own account on PostgreSQL", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp("postgres");
  }, 60_000);
  afterAll(() => t.close());

  it("answers the save 401 and leaves nothing of the account", async () => {
    const person = await t.member("sky");
    expect((await person.get("/api/me")).statusCode).toBe(200);
    let saving: Promise<{ statusCode: number; body: string }> | undefined;
    await t.store.db.transaction().execute(async (trx) => {
      await sql`select id from users where id = 'member-sky' for update`.execute(trx);
      saving = person.put("/api/checkins/2026-11-28", { mood: 4, note: "still here" });
      const deadline = Date.now() + 10_000;
      while (!(await saveWaitingForLock(t.store.db))) {
        if (Date.now() > deadline) throw new Error("the save never waited for the person's row");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await trx.deleteFrom("users").where("id", "=", "member-sky").execute();
    });
    const answer = await saving;
    expect(answer?.statusCode).toBe(401);
    const left = await t.store.db
      .selectFrom("checkins")
      .select("date")
      .where("user_id", "=", "member-sky")
      .execute();
    expect(left).toEqual([]);
  });
});
