import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { addTestPeople, createTestStore, engines } from "../../../test/support/stores.js";
import { getThoughtRecord } from "../thoughts/thought.repository.js";
import { migrateToLatest, migrateUpTo } from "./migrate.js";

// Rows written by an older Reconnect must read back after an upgrade, on every engine.
describe.each(engines)("upgrading a database on %s", (engine) => {
  it("gives thought records written before set-aside traps an empty list of them", async () => {
    const store = await createTestStore(engine, { migrated: false });
    try {
      await migrateUpTo(store.db, "0005-shares");
      await addTestPeople(store);
      // Written as Reconnect wrote it then, before the column existed.
      await sql`
        insert into thought_records
          (id, user_id, thought, feelings, suggested_traps, kept_traps, search_text, created_at, updated_at)
        values
          ('old', 'u-alex', 'They''ll all be bored of me.', '[]', '[]', '["mind-reading"]',
           'they''ll all be bored of me.', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')
      `.execute(store.db);

      expect((await migrateToLatest(store.db)).applied).toEqual([
        "0006-set-aside-traps",
        "0007-known-devices",
        "0008-access-log",
        "0009-invitations",
        "0010-share-labels",
        "0011-reminders",
      ]);
      expect(await getThoughtRecord(store.db, "u-alex", "old")).toMatchObject({
        keptTraps: ["mind-reading"],
        setAsideTraps: [],
      });
    } finally {
      await store.dispose();
    }
  });

  it("refuses to stop at a migration that does not exist", async () => {
    const store = await createTestStore(engine, { migrated: false });
    try {
      expect(() => migrateUpTo(store.db, "0099-nothing")).toThrow(/No migration is called/);
    } finally {
      await store.dispose();
    }
  });
});
