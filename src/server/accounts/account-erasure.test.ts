import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

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
    const writes: ["POST" | "PUT" | "PATCH", string, unknown][] = [
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
