import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTestPeople, createTestStore, type TestStore } from "../../../test/support/stores.js";
import { findActiveSessions, insertSession } from "./session.repository.js";

const T0 = "2026-11-29T12:00:00.000Z";

// PostgreSQL only: SQLite has no plan cache to choose from, and no connections of its own for this.
describe("the session lookup on PostgreSQL", () => {
  let store: TestStore;

  beforeAll(async () => {
    store = await createTestStore("postgres");
    await addTestPeople(store);
    await insertSession(store.db, {
      tokenHash: "plan-1",
      userId: "u-bo",
      createdAt: T0,
      expiresAt: "2026-12-29T12:00:00.000Z",
    });
  });

  afterAll(async () => {
    await store?.dispose();
  });

  // Planned anew at every run, it cost PostgreSQL about half of a signed-in read's CPU
  // (docs/BENCHMARKS.md): PostgreSQL never found its generic plan cheaper than a one-hash plan.
  it("is planned once per connection, not at every run, and still finds the session", async () => {
    const lookups = store.sessionLookups;
    if (!lookups) throw new Error("a PostgreSQL store has connections for the session lookup");
    const plans = await lookups.connection().execute(async (db) => {
      for (let run = 0; run < 8; run++) {
        const found = await findActiveSessions(db, ["plan-1", `unknown-${run}`], T0);
        expect([...found.keys()]).toEqual(["plan-1"]);
      }
      const { rows } = await sql<{ generic: number; custom: number }>`
        select generic_plans::int as generic, custom_plans::int as custom
        from pg_prepared_statements where statement like '%= any(%'`.execute(db);
      return rows;
    });
    expect(plans).toEqual([{ generic: 8, custom: 0 }]);
  });
});
