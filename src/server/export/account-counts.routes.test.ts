import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { seedEverything } from "../../../test/support/export-fixtures.js";
import { SqlRecorder } from "../../../test/support/sql-recorder.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import {
  type AccountCounts,
  accountCountsSchema,
  type ImportCounts,
} from "../../core/export/export-document.schema.js";
import { noRecords } from "../../core/export/no-records.js";

const NONE: ImportCounts = noRecords();

/** What seedEverything keeps: one of each kind, and a few more of some. */
const SEEDED: ImportCounts = {
  checkins: 3,
  assessments: 2,
  safetyPlan: 1,
  thoughts: 1,
  activities: 1,
  hiddenActivities: 1,
  plans: 2,
  routineTargets: 1,
  routineTicks: 1,
  people: 1,
  shares: 1,
  calendarFeed: 1,
  reminders: 1,
};

async function countsOf(c: ApiClient): Promise<AccountCounts["counts"]> {
  const response = await c.get("/api/me/counts");
  expect(response.statusCode, response.body).toBe(200);
  return accountCountsSchema.parse(response.json()).counts;
}

describe.each(engines)("counting what an account holds on %s", (engine) => {
  const recorder = new SqlRecorder();
  let t: TestApp;
  let owner: ApiClient;
  let member: ApiClient;
  let newcomer: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(engine, {}, { log: recorder.log });
    owner = await t.owner();
    member = await t.member();
    newcomer = await t.member("ada");
    await seedEverything(owner, "owner's");
    // A day from long ago: counted like any other, however far back the person's records go.
    expect((await owner.put("/api/checkins/1990-06-01", { mood: 5 })).statusCode).toBe(200);
    await seedEverything(member, "member's");
    for (const date of ["2026-11-25", "2026-11-26"]) {
      expect((await member.put(`/api/checkins/${date}`, { mood: 6 })).statusCode).toBe(200);
    }
    expect((await member.post("/api/thoughts", { thought: "Nobody writes back" })).statusCode).toBe(
      201,
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it("counts every kind the person keeps, as an export taken now holds them", async () => {
    const response = await owner.get("/api/me/counts");
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.json()).toEqual({ counts: { ...SEEDED, checkins: 4 } });

    const doc = (await owner.get("/api/export")).json();
    expect(await countsOf(owner)).toEqual({
      checkins: doc.checkins.length,
      assessments: doc.assessments.length,
      safetyPlan: doc.safetyPlan === null ? 0 : 1,
      thoughts: doc.thoughts.length,
      activities: doc.activities.length,
      hiddenActivities: doc.hiddenActivities.length,
      plans: doc.plans.length,
      routineTargets: doc.routine.targets.length,
      routineTicks: doc.routine.ticks.length,
      people: doc.people.length,
      shares: doc.shares.length,
      calendarFeed: doc.calendarFeed === null ? 0 : 1,
      reminders: doc.reminders === null ? 0 : 1,
    });
  });

  it("never counts another person's rows", async () => {
    expect(await countsOf(member)).toEqual({ ...SEEDED, checkins: 5, thoughts: 2 });
    expect(await countsOf(owner)).toEqual({ ...SEEDED, checkins: 4 });
  });

  it("answers zero of everything for an account that keeps nothing yet", async () => {
    expect(await countsOf(newcomer)).toEqual(NONE);
  });

  it("counts in one read transaction and writes nothing, not even the access log", async () => {
    const logged = async () => await t.store.db.selectFrom("access_log").selectAll().execute();
    const logBefore = await logged();
    const from = recorder.statements.length;
    await countsOf(owner);
    const sent = recorder.statements.slice(from).map((statement) => statement.sql);

    expect(sent.filter((sql) => /^\s*(insert|update|delete|replace)\b/i.test(sql))).toEqual([]);
    expect(await logged()).toEqual(logBefore);
    const counting = sent.flatMap((sql, at) => (/count\(\*\)/i.test(sql) ? [at] : []));
    expect(counting).toHaveLength(Object.keys(NONE).length);
    const first = counting[0] ?? -1;
    const last = counting[counting.length - 1] ?? -1;
    expect(last - first + 1, "nothing else runs between the counts").toBe(counting.length);
    expect(sent[first - 1]).toMatch(/^(begin|start transaction)\b/i);
    expect(sent[last + 1]).toMatch(/^commit\b/i);
  });

  it("refuses a query parameter, as every route that takes none does", async () => {
    const response = await owner.get("/api/me/counts?kind=checkins");
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "invalid-input",
      fields: { kind: "is not a field we know" },
    });
  });

  it("answers nobody without a session", async () => {
    const response = await t.client().get("/api/me/counts");
    expect(response.statusCode).toBe(401);
    expect(response.body).not.toMatch(/checkins/);
  });
});
