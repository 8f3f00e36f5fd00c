import { setTimeout as sleep } from "node:timers/promises";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../../../test/support/api-client.js";
import { required } from "../../../test/support/required.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { testContext } from "../../../test/support/test-context.js";
import { buildApp } from "../app.js";
import { readSnapshot } from "../export/read-snapshot.js";
import { openSqliteStore } from "./open-store.js";

/*
 * SQLite's write lock held by another connection, as a second Reconnect process on the same data
 * folder or a CLI command holds it while it writes. A save that meets it waits for it (as long
 * as the busy timeout), and one that waits in vain is a 503 to retry, never a 500.
 */

interface Save {
  what: string;
  send(c: ApiClient): ReturnType<ApiClient["put"]>;
  status: number;
  /** How many of this save's rows the person has (read back through the API). */
  count(c: ApiClient): Promise<number>;
}

const SAVES: Save[] = [
  {
    what: "a check-in",
    send: (c) => c.put("/api/checkins/2026-07-05", { mood: 4 }),
    status: 200,
    count: async (c) =>
      (await c.get("/api/checkins?from=2026-07-05&to=2026-07-05")).json().checkins.length,
  },
  {
    what: "the safety plan",
    send: (c) => c.put("/api/safety-plan", { warningSigns: ["I stop answering messages"] }),
    status: 200,
    count: async (c) => (await c.get("/api/safety-plan")).json().warningSigns?.length ?? 0,
  },
  {
    what: "a thought",
    send: (c) => c.post("/api/thoughts", { thought: "Nobody wants to hear from me." }),
    status: 201,
    count: async (c) => (await c.get("/api/thoughts")).json().thoughts.length,
  },
];

/** Another connection on the same file that takes the write lock and keeps it until told. */
function holdWriteLock(file: string): { release(): void } {
  const other = new SQLite(file);
  other.exec("begin immediate");
  return {
    release() {
      if (!other.open) return;
      other.exec("commit");
      other.close();
    },
  };
}

describe("SQLite with its write lock held by another connection", () => {
  let t: TestApp | undefined;
  let held: { release(): void } | undefined;
  afterEach(async () => {
    held?.release();
    await t?.close();
    t = held = undefined;
  });

  for (const save of SAVES) {
    it(`waits for the lock to save ${save.what}, and saves it`, async () => {
      t = await createTestApp("sqlite");
      const c = await t.owner();
      const lock = holdWriteLock(required(t.store.file, "the SQLite file"));
      held = lock;
      const answer = save.send(c);
      // The other writer finishes well within the 5 s busy timeout.
      await sleep(300);
      lock.release();
      const response = await answer;
      expect(response.statusCode, response.body).toBe(save.status);
      expect(await save.count(c)).toBe(1);
    });

    it(`answers 503 for ${save.what} once the lock is held past the busy timeout, writing nothing`, async () => {
      t = await createTestApp("sqlite", {}, { busyTimeoutMs: 300 });
      const c = await t.owner();
      const lock = holdWriteLock(required(t.store.file, "the SQLite file"));
      held = lock;
      const response = await save.send(c);
      lock.release();
      expect(response.statusCode, response.body).toBe(503);
      expect(response.json().error.code).toBe("database-unavailable");
      expect(response.headers["retry-after"]).toBe("5");
      expect(await save.count(c)).toBe(0);
    });
  }
});

describe("saves waiting for another process's write lock", () => {
  it("land in the order they were sent: an older save never lands over a newer one", async () => {
    const t = await createTestApp("sqlite");
    try {
      const c = await t.owner();
      const lock = holdWriteLock(required(t.store.file, "the SQLite file"));
      try {
        const older = c.put("/api/checkins/2026-07-05", { mood: 1, note: "older" });
        // The older save has been asking for the lock a while, at its longest pause.
        await sleep(150);
        const newer = c.put("/api/checkins/2026-07-05", { mood: 2, note: "newer" });
        await sleep(10);
        lock.release();
        expect((await older).statusCode).toBe(200);
        expect((await newer).statusCode).toBe(200);
      } finally {
        lock.release();
      }
      const day = await c.get("/api/checkins?from=2026-07-05&to=2026-07-05");
      expect(day.json().checkins[0]).toMatchObject({ mood: 2, note: "newer" });
    } finally {
      await t.close();
    }
  });
});

describe("an export's snapshot while another process holds SQLite's write lock", () => {
  it("is read without the lock, so it neither waits nor makes the other process's saves wait", async () => {
    const t = await createTestApp("sqlite", {}, { busyTimeoutMs: 300 });
    try {
      const c = await t.owner();
      await c.put("/api/checkins/2026-07-05", { mood: 4 });
      const lock = holdWriteLock(required(t.store.file, "the SQLite file"));
      try {
        const rows = await readSnapshot(t.store, (trx) =>
          trx.selectFrom("checkins").select("date").execute(),
        );
        expect(rows.map((row) => row.date)).toEqual(["2026-07-05"]);
      } finally {
        lock.release();
      }
    } finally {
      await t.close();
    }
  });
});

describe("two Reconnect processes on one SQLite file", () => {
  it("saves every check-in of many sent to both at once, alternating", async () => {
    const a = await createTestApp("sqlite");
    // A second store on the same file: a connection of its own, as a second process has.
    const other = openSqliteStore(required(a.store.file, "the SQLite file"));
    const b = await buildApp(testContext(other), { webRoot: "/nonexistent" });
    try {
      const onA = await a.owner();
      const onB = new ApiClient(b);
      onB.sessionCookie = onA.sessionCookie;
      const saves = Array.from({ length: 200 }, (_, i) => {
        const date = `2026-08-${String(1 + (i % 28)).padStart(2, "0")}`;
        return (i % 2 ? onA : onB).put(`/api/checkins/${date}`, { mood: i % 11, note: `n${i}` });
      });
      const statuses = (await Promise.all(saves)).map((r) => r.statusCode);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      const stored = await onB.get("/api/checkins?from=2026-08-01&to=2026-08-28");
      expect(stored.json().checkins).toHaveLength(28);
    } finally {
      await b.close();
      await other.close();
      await a.close();
    }
  }, 60_000);
});

describe("an access-log entry while another process holds SQLite's write lock", () => {
  const exports = async (c: ApiClient) =>
    (await c.get("/api/access-log"))
      .json()
      .entries.filter((e: { event: string }) => e.event === "export").length;

  it("waits for the lock without holding up the process, and is written once it is free", async () => {
    const t = await createTestApp("sqlite", {}, { busyTimeoutMs: 2000 });
    try {
      const c = await t.owner();
      const lock = holdWriteLock(required(t.store.file, "the SQLite file"));
      // Let go of by a timer of this process: it runs only if the entry's wait lets it.
      setTimeout(() => lock.release(), 200);
      const response = await c.get("/api/export");
      lock.release();
      expect(response.statusCode, response.body).toBe(200);
      expect(await exports(c)).toBe(1);
    } finally {
      await t.close();
    }
  });

  it("is a 503 to retry once the lock is held past the busy timeout, never a 500", async () => {
    const t = await createTestApp("sqlite", {}, { busyTimeoutMs: 300 });
    try {
      const c = await t.owner();
      const lock = holdWriteLock(required(t.store.file, "the SQLite file"));
      const response = await c.get("/api/export");
      lock.release();
      expect(response.statusCode, response.body).toBe(503);
      expect(response.json().error.code).toBe("database-unavailable");
      expect(await exports(c)).toBe(0);
    } finally {
      await t.close();
    }
  });
});

/*
 * A session's renewal (once an hour) and the routes that write one statement go to `store.db`
 * itself, not through `store.write`. Run on their own (autocommit), such a write met another
 * process's lock in SQLite's busy timeout, which better-sqlite3 spends blocking the whole
 * process: another Reconnect's import on the same file froze this one for up to 5 s per write.
 */
describe("a one-statement write while another process holds SQLite's write lock", () => {
  const WRITES = [
    {
      what: "a session's renewal that is due",
      send: (c: ApiClient) => c.get("/api/reminders"),
    },
    {
      what: "reminder settings",
      send: (c: ApiClient) =>
        c.put("/api/reminders", { checkinTime: "20:30", steps: { on: false, minutesBefore: 15 } }),
    },
  ];

  for (const write of WRITES) {
    it(`waits for the lock to write ${write.what} without holding up the process`, async () => {
      const t = await createTestApp("sqlite", {}, { busyTimeoutMs: 2000 });
      try {
        const c = await t.owner();
        // Two hours on, the session is due its renewal at its next request.
        t.clock.advance(2 * 3_600_000);
        const lock = holdWriteLock(required(t.store.file, "the SQLite file"));
        // Let go of by a timer of this process: it runs only if the write's wait lets it.
        setTimeout(() => lock.release(), 200);
        const started = Date.now();
        const response = await write.send(c);
        const waited = Date.now() - started;
        lock.release();
        expect(response.statusCode, response.body).toBe(200);
        // Answered soon after the lock was let go, not at the end of the busy timeout.
        expect(waited).toBeLessThan(1500);
        const session = await t.store.db
          .selectFrom("sessions")
          .select("expires_at")
          .executeTakeFirstOrThrow();
        expect(Date.parse(session.expires_at)).toBeGreaterThan(
          t.clock.now().getTime() + 29 * 86_400_000,
        );
      } finally {
        await t.close();
      }
    });
  }
});
