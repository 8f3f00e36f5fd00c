import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { migrateToLatest } from "../db/migrate.js";
import { openSqliteStore } from "../db/open-store.js";

/** Every table with a `user_id` column, read from the database itself, so a new table is covered. */
async function tablesKeyedByUser(t: TestApp): Promise<string[]> {
  if (t.store.engine === "sqlite") {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
      t.store.db,
    );
    const keyed: string[] = [];
    for (const { name } of tables.rows) {
      const columns = await sql<{
        name: string;
      }>`select name from pragma_table_info(${name})`.execute(t.store.db);
      if (columns.rows.some((c) => c.name === "user_id")) keyed.push(name);
    }
    return keyed;
  }
  const columns = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
    where column_name = 'user_id' and table_schema = current_schema()`.execute(t.store.db);
  return columns.rows.map((c) => c.table_name);
}

async function rowsOf(t: TestApp, table: string, userId: string): Promise<number> {
  const result = await sql<{ n: string | number }>`
    select count(*) as n from ${sql.table(table)} where user_id = ${userId}`.execute(t.store.db);
  return Number(result.rows[0]?.n ?? 0);
}

// Erasing an account must leave nothing of it behind, in every table that exists now or later.
describe.each(engines)("erasing an account on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it("removes every row of every table that belongs to the person, and no one else's", async () => {
    const owner = await t.owner();
    const other = await t.member();
    const me = (await owner.get("/api/me")).json();
    const writes: ["GET" | "POST" | "PUT" | "PATCH", string, unknown][] = [
      // An export is noted on the person's access log.
      ["GET", "/api/export", undefined],
      [
        "PUT",
        "/api/checkins/2026-11-28",
        { mood: 3, note: "a note", connections: [{ name: "Jo", mode: "call" }] },
      ],
      ["POST", "/api/assessments", { instrument: "ucla3", answers: [1, 2, 3] }],
      ["PUT", "/api/safety-plan", { warningSigns: ["I stop answering messages"] }],
      ["POST", "/api/thoughts", { thought: "I always let people down" }],
      [
        "POST",
        "/api/activities",
        {
          title: "Water the plant",
          area: "body-routine",
          effort: "tiny",
          minutes: 2,
          social: false,
          firstStep: "Fill the cup",
        },
      ],
      ["PATCH", "/api/activities/send-one-message", { hidden: true }],
      [
        "POST",
        "/api/people",
        { name: "Jo", relationship: "sister", contactPreference: "message", wantedEveryDays: 7 },
      ],
      [
        "POST",
        "/api/plans",
        { activityId: "send-one-message", date: "2026-11-29", time: null, predictedEnjoyment: 4 },
      ],
      ["PUT", "/api/routine", { anchors: [{ anchor: "wake", target: "08:00" }] }],
      ["PUT", "/api/routine/ticks/2026-11-29", { anchor: "wake", time: "08:10" }],
      ["POST", "/api/calendar/feed", {}],
      ["POST", "/api/shares", { energy: "low", contact: "texts welcome" }],
      ["PUT", "/api/reminders", { checkinTime: "20:30", steps: { on: true, minutesBefore: 10 } }],
    ];
    for (const [method, url, body] of writes) {
      for (const client of [owner, other]) {
        const response = await client.request(method, url, body);
        expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
      }
    }
    const tables = await tablesKeyedByUser(t);
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      expect(await rowsOf(t, table, me.id), `${table} before`).toBeGreaterThan(0);
    }

    expect((await owner.delete("/api/me", { password: OWNER.password })).statusCode).toBe(204);

    for (const table of tables) {
      expect(await rowsOf(t, table, me.id), `${table} after`).toBe(0);
    }
    const otherId = (await other.get("/api/me")).json().id;
    for (const table of tables) {
      expect(await rowsOf(t, table, otherId), `${table}, someone else's`).toBeGreaterThan(0);
    }
  });
});

describe("what an erased account leaves on disk (SQLite)", () => {
  it("keeps no copy of the erased words in the database or its log", async () => {
    const t = await createTestApp("sqlite");
    try {
      const owner = await t.owner();
      const marker = "a sentence only this person ever wrote 7f3a";
      await owner.put("/api/checkins/2026-11-28", { mood: 3, note: marker });
      await owner.post("/api/thoughts", { thought: marker });
      expect((await owner.delete("/api/me", { password: OWNER.password })).statusCode).toBe(204);
      const file = t.store.file ?? "";
      for (const suffix of ["", "-wal"]) {
        const bytes = existsSync(`${file}${suffix}`)
          ? readFileSync(`${file}${suffix}`)
          : Buffer.alloc(0);
        expect(bytes.includes(marker), `reconnect.sqlite${suffix}`).toBe(false);
      }
    } finally {
      await t.close();
    }
  });

  it("makes the data folder and database readable by their owner alone", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "reconnect-perm-")), "data");
    const store = openSqliteStore(path.join(dir, "reconnect.sqlite"));
    try {
      await migrateToLatest(store.db);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(dir, "reconnect.sqlite")).mode & 0o777).toBe(0o600);
    } finally {
      await store.close();
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
