import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { SqlRecorder } from "../../../test/support/sql-recorder.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/*
 * On PostgreSQL the session lookups of requests that arrive together go as one statement
 * (session-guard.ts, db/turn-batch.ts). Each request must still get its own person, or its
 * refusal, as if it had been looked up alone.
 */
describe("session lookups batched on PostgreSQL", () => {
  const recorder = new SqlRecorder();
  let t: TestApp;
  let owner: ApiClient;
  let member: ApiClient;
  let signedOut: ApiClient;
  const month = "/api/checkins?from=2026-11-01&to=2026-11-28";
  const days = async (client: ApiClient) => {
    const response = await client.get(month);
    if (response.statusCode !== 200) return response.statusCode;
    return (response.json() as { checkins: { date: string }[] }).checkins.map((c) => c.date);
  };

  beforeAll(async () => {
    t = await createTestApp("postgres", {}, { log: recorder.log });
    owner = await t.owner();
    member = await t.member();
    signedOut = await t.member("kim");
    await owner.put("/api/checkins/2026-11-01", { mood: 4 });
    await member.put("/api/checkins/2026-11-02", { mood: 6 });
    const cookie = signedOut.sessionCookie;
    expect((await signedOut.delete("/api/session")).statusCode).toBeLessThan(300);
    // The cookie of a session that has ended, still sent by a stale tab.
    signedOut.sessionCookie = cookie;
  }, 60_000);
  afterAll(() => t.close());

  it("answers each request of one turn as its own person, in one statement", async () => {
    // Read once each first, so the months are remembered and only the lookups remain.
    await Promise.all([days(owner), days(member)]);
    const before = recorder.statements.length;
    const answers = await Promise.all([days(owner), days(signedOut), days(member), days(owner)]);
    expect(answers).toEqual([["2026-11-01"], 401, ["2026-11-02"], ["2026-11-01"]]);
    const sessionStatements = recorder.statements
      .slice(before)
      .filter((s) => s.sql.includes('from "sessions"'));
    // The refused request then asks on its own whether its cookie names any stored session,
    // which tells an ended session from one that ran out (sessions/session-guard.ts, refusalOf).
    const refusals = sessionStatements.filter((s) => s.sql.startsWith('select "token_hash"'));
    expect(refusals).toHaveLength(1);
    expect(sessionStatements.length - refusals.length).toBe(1);
  });
});
