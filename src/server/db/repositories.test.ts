import { sql, type Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DECOMPOSED, insertOldAccount } from "../../../test/support/old-form-account.js";
import {
  addTestPeople,
  createTestStore,
  engines,
  type TestStore,
} from "../../../test/support/stores.js";
import { testContext } from "../../../test/support/test-context.js";
import { renewPasswordHash } from "../accounts/password-renewal.js";
import {
  countUsers,
  deleteUser,
  findUserById,
  findUserByUsername,
  insertUser,
  setPasswordHash,
  swapPasswordHash,
} from "../accounts/user.repository.js";
import { listAssessments, saveAssessment } from "../assessments/assessment.repository.js";
import { connectionsToRows } from "../checkins/checkin.mapper.js";
import {
  deleteCheckin,
  getCheckin,
  listCheckins,
  listCheckinsGivingWay,
  saveCheckin,
} from "../checkins/checkin.repository.js";
import { findSafetyPlan, saveSafetyPlan } from "../safety-plan/safety-plan.repository.js";
import {
  deleteExpiredSessions,
  extendSession,
  findActiveSession,
  insertSession,
} from "../sessions/session.repository.js";
import {
  clearSignInFailures,
  recentSignInFailures,
  recordSignInFailures,
} from "../sessions/sign-in-failure.repository.js";
import type { Database } from "./database.js";

const T0 = "2026-11-29T12:00:00.000Z";

// One suite, run against every engine Reconnect supports, each in its own fresh database.
describe.each(engines)("repositories on %s", (engine) => {
  let store: TestStore;
  const save = (
    ...args: Parameters<typeof saveCheckin> extends [unknown, ...infer Rest] ? Rest : never
  ) => store.write((trx) => saveCheckin(trx, ...args));

  beforeAll(async () => {
    store = await createTestStore(engine);
    await addTestPeople(store);
  });

  afterAll(async () => {
    await store?.dispose();
  });

  it("finds users by name without regard to case and refuses a second owner", async () => {
    expect(await countUsers(store.db)).toBe(2);
    expect((await findUserByUsername(store.db, "ALEX"))?.id).toBe("u-alex");
    await expect(
      insertUser(store.db, {
        id: "u-x",
        username: "alex",
        password_hash: "h",
        role: "member",
        created_at: T0,
      }),
    ).rejects.toThrow();
    await expect(
      insertUser(store.db, {
        id: "u-y",
        username: "other",
        password_hash: "h",
        role: "owner",
        created_at: T0,
      }),
    ).rejects.toThrow();
    expect(await countUsers(store.db)).toBe(2);
  });

  it("saves, replaces and reads back a check-in exactly", async () => {
    const saved = await saveCheckin(
      store.db,
      "u-alex",
      "2026-11-28",
      {
        mood: 3,
        energy: 2,
        sleepHours: 6.5,
        note: "Quiet day 🌧️",
        connections: [
          { name: "Mum", mode: "call", felt: 1 },
          { name: "Jo", mode: "message" },
        ],
      },
      T0,
    );
    expect(await getCheckin(store.db, "u-alex", "2026-11-28")).toEqual(saved);
    expect(saved.connections.map((c) => c.name)).toEqual(["Mum", "Jo"]);

    await saveCheckin(
      store.db,
      "u-alex",
      "2026-11-28",
      { mood: 5, connections: [{ mode: "in-person" }] },
      T0,
    );
    expect(await getCheckin(store.db, "u-alex", "2026-11-28")).toEqual({
      date: "2026-11-28",
      mood: 5,
      connections: [{ mode: "in-person" }],
      updatedAt: T0,
    });
  });

  it("lists a date range oldest first, both ends included", async () => {
    for (const date of ["2026-11-03", "2026-11-01", "2026-11-02", "2026-10-31"]) {
      await save("u-alex", date, { mood: 4 }, T0);
    }
    const dates = (await listCheckins(store.db, "u-alex", "2026-11-01", "2026-11-03")).map(
      (c) => c.date,
    );
    expect(dates).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    // The reader that gives way reads the same query: the same days, and none outside the range.
    expect(await listCheckinsGivingWay(store.db, "u-alex", "2026-11-01", "2026-11-03")).toEqual(
      await listCheckins(store.db, "u-alex", "2026-11-01", "2026-11-03"),
    );
    expect(await listCheckinsGivingWay(store.db, "u-alex", "2000-01-01", "2000-01-02")).toEqual([]);
  });

  it("never lets one person read, change or delete another's check-ins", async () => {
    await save("u-bo", "2026-11-28", { mood: 9, note: "Bo's own day" }, T0);
    const alexBefore = await getCheckin(store.db, "u-alex", "2026-11-28");

    const boSees = await listCheckins(store.db, "u-bo", "2000-01-01", "2100-01-01");
    expect(boSees.map((c) => c.note)).toEqual(["Bo's own day"]);

    await save("u-bo", "2026-11-28", { mood: 1 }, T0);
    expect(await getCheckin(store.db, "u-alex", "2026-11-28")).toEqual(alexBefore);

    expect(await deleteCheckin(store.db, "u-bo", "2026-11-01")).toBe(false);
    expect(await getCheckin(store.db, "u-alex", "2026-11-01")).toBeDefined();
  });

  it("deletes a check-in with its connections", async () => {
    expect(await deleteCheckin(store.db, "u-alex", "2026-11-28")).toBe(true);
    expect(await getCheckin(store.db, "u-alex", "2026-11-28")).toBeUndefined();
    const left = await store.db
      .selectFrom("checkin_connections")
      .selectAll()
      .where("user_id", "=", "u-alex")
      .where("date", "=", "2026-11-28")
      .execute();
    expect(left).toEqual([]);
  });

  it("keeps sessions by token hash, expires and extends them", async () => {
    await insertSession(store.db, {
      tokenHash: "t1",
      userId: "u-bo",
      createdAt: T0,
      expiresAt: "2026-12-29T12:00:00.000Z",
    });
    expect((await findActiveSession(store.db, "t1", T0))?.user.username).toBe("bo");
    expect(await findActiveSession(store.db, "t1", "2026-12-30T00:00:00.000Z")).toBeUndefined();
    await extendSession(store.db, "t1", "2027-01-31T00:00:00.000Z");
    expect((await findActiveSession(store.db, "t1", "2026-12-30T00:00:00.000Z"))?.expiresAt).toBe(
      "2027-01-31T00:00:00.000Z",
    );
    await deleteExpiredSessions(store.db, "2027-02-01T00:00:00.000Z");
    expect(await findActiveSession(store.db, "t1", T0)).toBeUndefined();
  });

  it("counts sign-in failures per key within a window", async () => {
    await recordSignInFailures(store.db, [
      { id: "f1", key: "user:bo", failedAt: "2026-11-29T11:00:00.000Z" },
      { id: "f2", key: "user:bo", failedAt: "2026-11-29T11:50:00.000Z" },
      { id: "f3", key: "addr:1.2.3.4", failedAt: "2026-11-29T11:55:00.000Z" },
    ]);
    const recent = await recentSignInFailures(store.db, ["user:bo"], "2026-11-29T11:45:00.000Z");
    expect(recent).toEqual([{ key: "user:bo", failedAt: "2026-11-29T11:50:00.000Z" }]);
    await clearSignInFailures(store.db, "user:bo");
    expect(
      await recentSignInFailures(store.db, ["user:bo", "addr:1.2.3.4"], T0.slice(0, 10)),
    ).toHaveLength(1);
  });

  it("commits writes that arrive together, each on its own: one failing leaves the others", async () => {
    const results = await Promise.allSettled([
      save("u-alex", "2026-09-01", { mood: 1, connections: [{ mode: "call" }] }, T0),
      store.write(async (trx) => {
        await saveCheckin(trx, "u-alex", "2026-09-02", { mood: 2 }, T0);
        throw new Error("changed my mind half way");
      }),
      save("u-alex", "2026-09-03", { mood: 3 }, T0),
      save("no-such-user", "2026-09-04", { mood: 4 }, T0),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
      "rejected",
    ]);
    const dates = (await listCheckins(store.db, "u-alex", "2026-09-01", "2026-09-30")).map(
      (c) => c.date,
    );
    expect(dates).toEqual(["2026-09-01", "2026-09-03"]);
    const halfWritten = await store.db
      .selectFrom("checkin_connections")
      .selectAll()
      .where("date", "=", "2026-09-02")
      .execute();
    expect(halfWritten).toEqual([]);
  });

  it("stores questionnaires with their answers and lists them oldest first, per person", async () => {
    const phq9 = [0, 1, 2, 3, 0, 1, 2, 3, 1] as const;
    await saveAssessment(
      store.db,
      "u-alex",
      "as-2",
      { instrument: "phq9", answers: [...phq9], difficulty: 1 },
      "2026-11-20T08:00:00.000Z",
    );
    await saveAssessment(
      store.db,
      "u-alex",
      "as-1",
      { instrument: "ucla3", answers: [1, 2, 3] },
      "2026-11-10T08:00:00.000Z",
    );
    await saveAssessment(
      store.db,
      "u-bo",
      "as-3",
      { instrument: "phq9", answers: new Array(9).fill(0) },
      "2026-11-15T08:00:00.000Z",
    );

    const alex = await listAssessments(store.db, "u-alex");
    expect(alex.map((a) => a.id)).toEqual(["as-1", "as-2"]);
    expect(alex[1]).toEqual({
      id: "as-2",
      instrument: "phq9",
      score: 13,
      band: "moderate",
      flags: { selfHarm: true },
      answers: [...phq9],
      difficulty: 1,
      takenAt: "2026-11-20T08:00:00.000Z",
    });
    expect(alex[0]).toMatchObject({ instrument: "ucla3", score: 6, band: "lonely", flags: {} });
    expect((await listAssessments(store.db, "u-alex", "ucla3")).map((a) => a.id)).toEqual(["as-1"]);
    // Neither person ever sees the other's scores.
    expect((await listAssessments(store.db, "u-bo")).map((a) => a.id)).toEqual(["as-3"]);
    expect(await listAssessments(store.db, "u-nobody")).toEqual([]);
  });

  it("keeps one safety plan per person, replaced whole, never another's", async () => {
    const steps = {
      warningSigns: ["I stop eating"],
      copingAlone: [],
      distractions: ["The park"],
      peopleToAsk: ["Jo"],
      professionals: ["Dr Patel"],
      saferSurroundings: [],
      reasonsForLiving: ["Miso the cat"],
    };
    expect(await findSafetyPlan(store.db, "u-alex")).toBeUndefined();
    await saveSafetyPlan(store.db, "u-alex", steps, T0);
    await saveSafetyPlan(store.db, "u-bo", { ...steps, reasonsForLiving: ["Bo's"] }, T0);
    expect(await findSafetyPlan(store.db, "u-alex")).toEqual({ ...steps, updatedAt: T0 });

    const later = "2026-11-30T09:00:00.000Z";
    await saveSafetyPlan(store.db, "u-alex", { ...steps, warningSigns: [] }, later);
    expect(await findSafetyPlan(store.db, "u-alex")).toEqual({
      ...steps,
      warningSigns: [],
      updatedAt: later,
    });
    expect((await findSafetyPlan(store.db, "u-bo"))?.reasonsForLiving).toEqual(["Bo's"]);
  });

  it("erases an account and every row that belongs to it, and nobody else's", async () => {
    await insertSession(store.db, {
      tokenHash: "t2",
      userId: "u-bo",
      createdAt: T0,
      expiresAt: "2027-01-01T00:00:00.000Z",
    });
    await saveCheckin(
      store.db,
      "u-bo",
      "2026-11-20",
      { mood: 2, connections: [{ mode: "call" }] },
      T0,
    );
    const alexCount = (await listCheckins(store.db, "u-alex", "2000-01-01", "2100-01-01")).length;

    await deleteUser(store.db, "u-bo");

    expect(await findUserById(store.db, "u-bo")).toBeUndefined();
    expect(await listCheckins(store.db, "u-bo", "2000-01-01", "2100-01-01")).toEqual([]);
    expect(await findActiveSession(store.db, "t2", T0)).toBeUndefined();
    expect(await listAssessments(store.db, "u-bo")).toEqual([]);
    expect(await findSafetyPlan(store.db, "u-bo")).toBeUndefined();
    const orphans = await store.db
      .selectFrom("checkin_connections")
      .selectAll()
      .where("user_id", "=", "u-bo")
      .execute();
    expect(orphans).toEqual([]);
    expect(await listCheckins(store.db, "u-alex", "2000-01-01", "2100-01-01")).toHaveLength(
      alexCount,
    );
  });

  describe("renewing an old-form password hash", () => {
    let oldHash: string;
    const renew = (checkedHash: string) =>
      renewPasswordHash(testContext(store), "u-old", checkedHash, DECOMPOSED);
    const storedHash = async () => (await findUserById(store.db, "u-old"))?.password_hash;

    /**
     * Runs `first` in a transaction of its own and starts `second` while that transaction is
     * still open, committing only once `second` is waiting for it (on PostgreSQL, for the
     * account's row; SQLite has one writer at a time, so there it waits for the transaction).
     * Answers what `second` answered.
     */
    async function whileHeld<T>(
      first: (trx: Transaction<Database>) => Promise<unknown>,
      second: () => Promise<T>,
    ): Promise<T> {
      let started: Promise<T> | undefined;
      await store.db.transaction().execute(async (trx) => {
        await first(trx);
        started = second();
        // Its own rejection is read below; until then it must not count as unhandled.
        started.catch(() => {});
        await waitUntilWaitingForUsers();
      });
      if (started === undefined) throw new Error("the second write never started");
      return started;
    }

    async function waitUntilWaitingForUsers(): Promise<void> {
      if (engine !== "postgres") return;
      for (let waited = 0; waited < 10_000; waited += 20) {
        const waiting = await sql<{ n: string }>`
          select count(*) as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'
            and query like '%update "users"%'`.execute(store.db);
        if (Number(waiting.rows[0]?.n ?? 0) > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error("the renewal never waited for the account's row");
    }

    beforeAll(async () => {
      oldHash = await insertOldAccount(store.db, "member");
    });

    it("renews only while the stored hash is still the one checked", async () => {
      // Two first sign-ins at once both checked the old hash: one renewal writes, and the
      // other, waiting on it, writes nothing and says so (the sign-in then checks again).
      const second = await whileHeld(
        (trx) => swapPasswordHash(trx, "u-old", oldHash, "renewed by the first sign-in"),
        () => renew(oldHash),
      );
      expect(second).toBeUndefined();
      expect(await storedHash()).toBe("renewed by the first sign-in");
      await setPasswordHash(store.db, "u-old", oldHash, T0);
    });

    it("never writes over a password changed after the old one was checked", async () => {
      // Changed and committed before the renewal comes to write.
      await setPasswordHash(store.db, "u-old", "changed before", T0);
      expect(await renew(oldHash)).toBeUndefined();
      expect(await storedHash()).toBe("changed before");

      // Changed while the renewal waits: the change is still the account's afterwards.
      await setPasswordHash(store.db, "u-old", oldHash, T0);
      const renewed = await whileHeld(
        (trx) => setPasswordHash(trx, "u-old", "changed meanwhile", T0),
        () => renew(oldHash),
      );
      expect(renewed).toBeUndefined();
      expect(await storedHash()).toBe("changed meanwhile");

      // With nothing in the way, the same call renews it.
      await setPasswordHash(store.db, "u-old", oldHash, T0);
      const kept = await renew(oldHash);
      expect(kept).toBeDefined();
      expect(await storedHash()).toBe(kept);
    });
  });
});

// PostgreSQL saves a check-in with statements of its own (fixed texts, connections as arrays).
describe("saving check-ins on postgres", () => {
  let store: TestStore;
  const save = (
    ...args: Parameters<typeof saveCheckin> extends [unknown, ...infer Rest] ? Rest : never
  ) => store.write((trx) => saveCheckin(trx, ...args));
  const rows = (date: string) =>
    store.db
      .selectFrom("checkin_connections")
      .select(["position", "person_id", "name", "mode", "felt"])
      .where("user_id", "=", "u-alex")
      .where("date", "=", date)
      .orderBy("position")
      .execute();

  beforeAll(async () => {
    store = await createTestStore("postgres");
    await addTestPeople(store);
  });

  afterAll(async () => {
    await store?.dispose();
  });

  it("replaces a day's connection rows exactly: more, fewer, none, one", async () => {
    const inputs = [
      {
        mood: 3,
        sleepHours: 6.5,
        note: "Quiet day 🌧️",
        connections: [
          { name: "Mum", mode: "call" as const, felt: 1 },
          { name: "Jo", mode: "message" as const },
          { name: "Kai", mode: "in-person" as const, felt: -1 },
        ],
      },
      { mood: 5, connections: [{ mode: "in-person" as const }] },
      { mood: 6, energy: 1 },
      { mood: 7, connections: [{ name: "Jo", mode: "call" as const, felt: 2 }] },
    ];
    for (const input of inputs) {
      const saved = await save("u-alex", "2026-11-20", input, T0);
      expect(await getCheckin(store.db, "u-alex", "2026-11-20")).toEqual(saved);
      const expected = connectionsToRows("u-alex", saved).map(
        ({ user_id: _u, date: _d, ...row }) => row,
      );
      expect(await rows("2026-11-20")).toEqual(expected);
    }
  });

  it("keeps only the later save's connections when two saves of one day overlap", async () => {
    const day = "2026-11-22";
    await save("u-alex", day, { mood: 1, connections: [] }, T0);
    const three = {
      mood: 2,
      connections: [
        { mode: "call" as const },
        { mode: "message" as const },
        { mode: "video" as const },
      ],
    };
    let later: Promise<unknown> = Promise.resolve();
    await store.db.transaction().execute(async (trx) => {
      // The earlier save holds the day's row, uncommitted, while the later one starts.
      await saveCheckin(trx, "u-alex", day, three, T0);
      later = save("u-alex", day, { mood: 3, connections: [{ mode: "call" }] }, T0);
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await later;
    expect((await getCheckin(store.db, "u-alex", day))?.mood).toBe(3);
    expect((await rows(day)).map((row) => row.position)).toEqual([0]);
  });
});
