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
        "0012-checkins-version",
        "0013-save-checkin-function",
        "0014-signed-in-save-function",
        "0015-save-checkins-together",
      ]);
      expect(await getThoughtRecord(store.db, "u-alex", "old")).toMatchObject({
        keptTraps: ["mind-reading"],
        setAsideTraps: [],
      });
    } finally {
      await store.dispose();
    }
  });

  it("moves a person's check-ins counter with every change to their check-ins, and no one else's", async () => {
    const store = await createTestStore(engine, { migrated: false });
    try {
      await migrateUpTo(store.db, "0011-reminders");
      await addTestPeople(store);
      const day = (date: string, mood: number) => ({
        user_id: "u-alex",
        date,
        mood,
        updated_at: "2026-11-01T00:00:00.000Z",
        doc: "{}",
      });
      await store.db.insertInto("checkins").values(day("2026-11-01", 1)).execute();
      await migrateToLatest(store.db);
      const versions = async () =>
        Object.fromEntries(
          (
            await store.db
              .selectFrom("users")
              .select(["id", "checkins_version"])
              .orderBy("id")
              .execute()
          ).map((row) => [row.id, row.checkins_version]),
        );
      // Rows from before the upgrade start everyone at 0.
      expect(await versions()).toEqual({ "u-alex": 0, "u-bo": 0 });
      // Two days in one statement move it once for each row.
      await store.db
        .insertInto("checkins")
        .values([day("2026-11-02", 2), day("2026-11-03", 3)])
        .execute();
      expect(await versions()).toEqual({ "u-alex": 2, "u-bo": 0 });
      await store.db
        .updateTable("checkins")
        .set({ mood: 5 })
        .where("user_id", "=", "u-alex")
        .where("date", "=", "2026-11-02")
        .execute();
      expect(await versions()).toEqual({ "u-alex": 3, "u-bo": 0 });
      await store.db
        .deleteFrom("checkins")
        .where("user_id", "=", "u-alex")
        .where("date", "=", "2026-11-01")
        .execute();
      expect(await versions()).toEqual({ "u-alex": 4, "u-bo": 0 });
      // A change that comes to nothing moves nothing.
      await store.db.deleteFrom("checkins").where("user_id", "=", "u-bo").execute();
      expect(await versions()).toEqual({ "u-alex": 4, "u-bo": 0 });
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
