import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import type { Database } from "../db/database.js";
import { WINDOW_MS } from "../sessions/sign-in-throttle.js";

/*
 * The same change sent more than once at the same moment, or two changes that touch each other:
 * a double tap, a second tab, two admins. On PostgreSQL they really run at once; SQLite takes one
 * writer at a time but may still interleave the steps of one request between awaits. Every
 * request must get a proper answer (never a 500), and what is kept must be whole and consistent.
 */
describe.each(engines)("changes sent at the same moment on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await t.owner();
  });
  afterAll(() => t.close());

  const times = (n: number) => Array.from({ length: n }, (_, i) => i);

  it("answers every save of the routine targets at once, and keeps one of them whole", async () => {
    const bodies = times(8).map((i) => ({
      anchors: [
        { anchor: "wake", target: `07:0${i}` },
        { anchor: "bed", target: `22:0${i}` },
      ],
    }));
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(bodies.map((body) => owner.put("/api/routine", body)));
      expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
      const targets = (await owner.get("/api/routine"))
        .json()
        .anchors.map((a: { anchor: string; target: string | null }) => `${a.anchor} ${a.target}`);
      const minute = targets[0].slice(-1);
      expect(targets).toEqual([
        `wake 07:0${minute}`,
        "first-meal null",
        "first-contact null",
        `bed 22:0${minute}`,
      ]);
    }
  });

  it("never keeps a plan tied to someone removed from the circle as it was saved", async () => {
    for (let round = 0; round < 8; round++) {
      const person = (
        await owner.post("/api/people", {
          name: `Jo ${round}`,
          relationship: "",
          contactPreference: "any",
          wantedEveryDays: 7,
        })
      ).json();
      const [planned, removed] = await Promise.all([
        owner.post("/api/plans", {
          activityId: "open-a-window",
          date: "2026-11-29",
          time: null,
          predictedEnjoyment: 5,
          personId: person.id,
        }),
        owner.delete(`/api/people/${person.id}`),
      ]);
      expect(removed.statusCode).toBe(204);
      // Either the plan came first and was untied by the removal, or the person was gone.
      expect([201, 404]).toContain(planned.statusCode);
    }
    const { plans } = (await owner.get("/api/plans?from=2026-11-29&to=2026-11-29")).json();
    expect(plans.filter((p: { personId?: string }) => p.personId !== undefined)).toEqual([]);
    const exported = (await owner.get("/api/export")).json();
    const imported = await owner.post("/api/import?mode=replace", exported);
    expect(imported.statusCode).toBe(200);
  });

  it("exports a plan still naming someone removed untied, so its own import takes it", async () => {
    // As a plan saved in such a race before plans held the person was left in the database.
    const plan = (
      await owner.post("/api/plans", {
        activityId: "open-a-window",
        date: "2026-11-30",
        time: "10:00",
        predictedEnjoyment: 4,
      })
    ).json();
    await t.store.db
      .updateTable("planned_activities")
      .set({ person_id: "someone-removed" })
      .where("id", "=", plan.id)
      .execute();
    const exported = (await owner.get("/api/export")).json();
    const inFile = exported.plans.find((p: { id: string }) => p.id === plan.id);
    expect(inFile).toMatchObject({ id: plan.id, personId: null, time: "10:00" });
    const imported = await owner.post("/api/import?mode=replace", exported);
    expect(imported.statusCode).toBe(200);
    const { plans } = (await owner.get("/api/plans?from=2026-11-30&to=2026-11-30")).json();
    expect(plans).toEqual([expect.objectContaining({ id: plan.id, time: "10:00" })]);
    expect(plans[0].personId).toBeUndefined();
  });

  it("leaves one reset link open of several made for one account at once", async () => {
    await t.member("robin");
    for (let round = 0; round < 4; round++) {
      const answers = await Promise.all(
        times(4).map(() => owner.post("/api/accounts/member-robin/password-reset")),
      );
      expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 201));
      const open = (await owner.get("/api/invitations"))
        .json()
        .invitations.filter(
          (link: { kind: string; username: string }) =>
            link.kind === "reset" && link.username === "robin",
        );
      expect(open).toHaveLength(1);
      const opened = await Promise.all(
        answers.map((a) =>
          t.client().get(`/api/invitations/${a.json().url.slice("/join/".length)}`),
        ),
      );
      expect(opened.map((o) => o.statusCode).sort()).toEqual([200, 410, 410, 410]);
    }
  });

  it("signs out, never a 500, whoever was saving as their account was removed", async () => {
    for (let round = 0; round < 4; round++) {
      const name = `gone${round}`;
      const person = await t.member(name);
      await person.put("/api/checkins/2026-11-01", { mood: 3 });
      const backup = (await person.get("/api/export")).json();
      const answers = await Promise.all([
        person.post("/api/thoughts", { thought: "A heavy one" }),
        person.put("/api/routine", { anchors: [{ anchor: "wake", target: "07:00" }] }),
        person.put("/api/reminders", {
          checkinTime: "20:00",
          steps: { on: true, minutesBefore: 5 },
        }),
        person.post("/api/import?mode=add", backup),
        owner.delete(`/api/accounts/member-${name}`),
      ]);
      expect(answers.at(-1)?.statusCode).toBe(204);
      for (const answer of answers.slice(0, -1)) {
        expect([200, 201, 401]).toContain(answer.statusCode);
        if (answer.statusCode === 401) expect(answer.json().error.code).toBe("session-ended");
      }
      expect((await person.get("/api/me")).statusCode).toBe(401);
    }
  });

  it("keeps no session signed in with the old password as it was changed", async () => {
    await t.member("kit");
    const kit = t.client();
    let password = "kit's own password";
    expect((await kit.post("/api/session", { username: "kit", password })).statusCode).toBe(200);
    for (let round = 0; round < 4; round++) {
      // Other browsers, each somewhere else: tries from one place are counted before their
      // password is checked, so four at once from there would slow the fourth (429). A quarter
      // of an hour apart, so the sign-ins each round loses to the change never add up to the
      // account's limit either.
      t.clock.advance(WINDOW_MS);
      const others = times(3).map((i) => t.client(`192.0.2.${i + 1}`));
      const next = `kit's password number ${round}`;
      const [changed, ...signIns] = await Promise.all([
        kit.put("/api/me/password", { currentPassword: password, newPassword: next }),
        ...others.map((other) => other.post("/api/session", { username: "kit", password })),
      ]);
      expect(changed?.statusCode).toBe(204);
      for (const signIn of signIns) expect([200, 401]).toContain(signIn.statusCode);
      // Started before the change, a session is ended by it; after, none starts.
      for (const other of others) expect((await other.get("/api/me")).statusCode).toBe(401);
      password = next;
    }
  });

  it("changes the password once of two changes sent at once with the same current one", async () => {
    await t.member("lee");
    const lee = t.client();
    const current = "lee's own password";
    expect(
      (await lee.post("/api/session", { username: "lee", password: current })).statusCode,
    ).toBe(200);
    const wanted = ["lee's first new password", "lee's second new password"];
    const answers = await Promise.all(
      wanted.map((newPassword) =>
        lee.put("/api/me/password", { currentPassword: current, newPassword }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([204, 403]);
    const kept = wanted[answers.findIndex((a) => a.statusCode === 204)];
    const signIns = await Promise.all(
      [current, ...wanted].map((password) =>
        t.client().post("/api/session", { username: "lee", password }),
      ),
    );
    expect(signIns.map((s) => s.statusCode)).toEqual(
      [current, ...wanted].map((password) => (password === kept ? 200 : 401)),
    );
  });

  it("never answers a revoke 204 for an invitation someone joined with at that moment", async () => {
    for (let round = 0; round < 6; round++) {
      const invitation = (await owner.post("/api/invitations", {})).json();
      const token = invitation.url.slice("/join/".length);
      const [joined, revoked] = await Promise.all([
        t.client().post(`/api/invitations/${token}/accept`, {
          username: `joiner${round}`,
          password: "a long good password",
        }),
        owner.delete(`/api/invitations/${invitation.id}`),
      ]);
      const made = (await owner.get("/api/accounts"))
        .json()
        .accounts.some((account: { username: string }) => account.username === `joiner${round}`);
      // One of the two won, and each answer says which.
      expect(made).toBe(joined.statusCode === 201);
      expect([joined.statusCode, revoked.statusCode]).toEqual(made ? [201, 409] : [410, 204]);
    }
  });
});

/** Waits until a statement touching `table` waits for a lock in this database. PostgreSQL only. */
async function untilWaitingOn(db: Kysely<Database>, table: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const result = await sql<{ n: string }>`
      select count(*) as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'
        and query like ${`%${table}%`}`.execute(db);
    if (Number(result.rows[0]?.n ?? 0) > 0) return;
    if (Date.now() > deadline) throw new Error(`nothing ever waited on ${table}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/*
 * The same races, with the moment each one turns on held still: a row locked by the test, the
 * request sent and seen waiting for it, then the other change made and committed. PostgreSQL
 * only, where a request can wait on another's lock.
 */
describe("changes meeting at the worst moment on PostgreSQL", () => {
  let t: TestApp;
  let owner: ApiClient;
  beforeAll(async () => {
    t = await createTestApp("postgres");
    owner = await t.owner();
  }, 60_000);
  afterAll(() => t.close());

  it("answers a revoke 409 when the link was used as it was being revoked", async () => {
    const invitation = (await owner.post("/api/invitations", {})).json();
    let revoking:
      | Promise<{ statusCode: number; json: () => { error: { code: string } } }>
      | undefined;
    await t.store.db.transaction().execute(async (trx) => {
      await trx
        .selectFrom("invitations")
        .select("id")
        .where("id", "=", invitation.id)
        .forUpdate()
        .execute();
      revoking = owner.delete(`/api/invitations/${invitation.id}`);
      await untilWaitingOn(t.store.db, "invitations");
      // As someone joining with the link claims it.
      await trx
        .updateTable("invitations")
        .set({ used_at: "2026-11-29T12:00:00.000Z" })
        .where("id", "=", invitation.id)
        .execute();
    });
    const revoked = await revoking;
    expect(revoked?.statusCode).toBe(409);
    expect(revoked?.json().error.code).toBe("invitation-used");
  });

  it("answers a save 401 when its account is erased as it writes", async () => {
    const person = await t.member("ash");
    let saving:
      | Promise<{ statusCode: number; json: () => { error: { code: string } } }>
      | undefined;
    await t.store.db.transaction().execute(async (trx) => {
      await trx
        .selectFrom("users")
        .select("id")
        .where("id", "=", "member-ash")
        .forUpdate()
        .execute();
      saving = person.put("/api/routine", { anchors: [{ anchor: "wake", target: "07:00" }] });
      await untilWaitingOn(t.store.db, "users");
      await trx.deleteFrom("users").where("id", "=", "member-ash").execute();
    });
    const saved = await saving;
    expect(saved?.statusCode).toBe(401);
    expect(saved?.json().error.code).toBe("session-ended");
  });

  it("answers a reset link 410, never a deadlock, when a newer reset revokes it as it is used", async () => {
    await t.member("cy");
    const link = (await owner.post("/api/accounts/member-cy/password-reset")).json();
    const token = link.url.slice("/join/".length);
    let accepting:
      | Promise<{ statusCode: number; json: () => { error: { code: string } } }>
      | undefined;
    // As a newer reset does: the account locked first, then its open links revoked.
    await t.store.db.transaction().execute(async (trx) => {
      await trx
        .selectFrom("users")
        .select("id")
        .where("id", "=", "member-cy")
        .forNoKeyUpdate()
        .execute();
      accepting = t.client().post(`/api/invitations/${token}/accept`, {
        password: "cy's chosen password",
      });
      await untilWaitingOn(t.store.db, "users");
      await trx
        .updateTable("invitations")
        .set({ revoked_at: "2026-11-29T12:00:00.000Z" })
        .where("id", "=", link.id)
        .where("used_at", "is", null)
        .execute();
    });
    const accepted = await accepting;
    expect(accepted?.statusCode).toBe(410);
    expect(accepted?.json().error.code).toBe("invitation-closed");
  });

  it("answers a password reset 404 when the account is removed as the reset runs", async () => {
    await t.member("bo");
    let resetting:
      | Promise<{ statusCode: number; json: () => { error: { code: string } } }>
      | undefined;
    await t.store.db.transaction().execute(async (trx) => {
      await trx
        .selectFrom("users")
        .select("id")
        .where("id", "=", "member-bo")
        .forUpdate()
        .execute();
      resetting = owner.post("/api/accounts/member-bo/password-reset");
      await untilWaitingOn(t.store.db, "users");
      await trx.deleteFrom("users").where("id", "=", "member-bo").execute();
    });
    const reset = await resetting;
    expect(reset?.statusCode).toBe(404);
    expect(reset?.json().error.code).toBe("not-found");
    // The admin who asked is still signed in.
    expect((await owner.get("/api/me")).statusCode).toBe(200);
  });
});
