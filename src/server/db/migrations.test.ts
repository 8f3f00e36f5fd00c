import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import {
  addTestPeople,
  addTestPeopleAsBefore0017,
  createTestStore,
  engines,
} from "../../../test/support/stores.js";
import { getThoughtRecord } from "../thoughts/thought.repository.js";
import { knownMigrationNames, migrateToLatest, migrateUpTo } from "./migrate.js";

// Rows written by an older Reconnect must read back after an upgrade, on every engine.
describe.each(engines)("upgrading a database on %s", (engine) => {
  it("names a database from a newer Reconnect as that, not as corrupted, and changes nothing", async () => {
    const store = await createTestStore(engine);
    try {
      await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(
        store.db,
      );
      await expect(migrateToLatest(store.db)).rejects.toThrow(
        "This database was last used by a newer Reconnect (it has 9999-from-the-future, which " +
          "this version does not know). Update Reconnect to use it; nothing was changed.",
      );
      const { rows } = await sql<{
        n: number | string;
      }>`select count(*) as n from kysely_migration`.execute(store.db);
      expect(Number(rows[0]?.n)).toBe(knownMigrationNames().length + 1);
    } finally {
      await store.dispose();
    }
  });

  it("gives thought records written before set-aside traps an empty list of them", async () => {
    const store = await createTestStore(engine, { migrated: false });
    try {
      await migrateUpTo(store.db, "0005-shares");
      await addTestPeopleAsBefore0017(store);
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
        "0016-checkins-version-once-per-transaction",
        "0017-folded-usernames",
        "0018-one-name-fold",
        "0019-thought-search-fold",
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
      await addTestPeopleAsBefore0017(store);
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
      // What the cache needs is that the counter moves with every change and stands still
      // otherwise; how far it moves is the engine's (once per transaction on PostgreSQL, per
      // row on SQLite, see migration 0016).
      let before = await versions();
      const moved = async () => {
        const now = await versions();
        const answer = {
          "u-alex": (now["u-alex"] ?? 0) > (before["u-alex"] ?? 0),
          "u-bo": (now["u-bo"] ?? 0) > (before["u-bo"] ?? 0),
        };
        before = now;
        return answer;
      };
      await store.db
        .insertInto("checkins")
        .values([day("2026-11-02", 2), day("2026-11-03", 3)])
        .execute();
      expect(await moved()).toEqual({ "u-alex": true, "u-bo": false });
      await store.db
        .updateTable("checkins")
        .set({ mood: 5 })
        .where("user_id", "=", "u-alex")
        .where("date", "=", "2026-11-02")
        .execute();
      expect(await moved()).toEqual({ "u-alex": true, "u-bo": false });
      await store.db
        .deleteFrom("checkins")
        .where("user_id", "=", "u-alex")
        .where("date", "=", "2026-11-01")
        .execute();
      expect(await moved()).toEqual({ "u-alex": true, "u-bo": false });
      // A change that comes to nothing moves nothing.
      await store.db.deleteFrom("checkins").where("user_id", "=", "u-bo").execute();
      expect(await moved()).toEqual({ "u-alex": false, "u-bo": false });
      await store.db
        .updateTable("checkins")
        .set({ mood: 6 })
        .where("user_id", "=", "u-bo")
        .execute();
      expect(await moved()).toEqual({ "u-alex": false, "u-bo": false });
    } finally {
      await store.dispose();
    }
  });

  it("moves the counter once per transaction on PostgreSQL, not once per row, so a large import does not slow down as it goes", async () => {
    // Each move leaves PostgreSQL one more version of the person's users row that every later
    // move and every reference check walks until the transaction ends: one per row made an
    // import of 150,000 days run for minutes and end in a 503. SQLite updates the row in
    // place, so there it still moves once per row.
    const moves = (rows: number) => (engine === "postgres" ? 1 : rows);
    const store = await createTestStore(engine);
    try {
      await addTestPeople(store);
      const version = async () =>
        (
          await store.db
            .selectFrom("users")
            .select("checkins_version")
            .where("id", "=", "u-alex")
            .executeTakeFirstOrThrow()
        ).checkins_version;
      const days = Array.from({ length: 500 }, (_, i) => ({
        user_id: "u-alex",
        date: `${2000 + i}-01-01`,
        mood: i % 11,
        updated_at: "2026-11-01T00:00:00.000Z",
        doc: "{}",
      }));
      const start = await version();
      await store.db.transaction().execute(async (trx) => {
        await trx.insertInto("checkins").values(days.slice(0, 250)).execute();
        await trx.insertInto("checkins").values(days.slice(250, 500)).execute();
      });
      expect((await version()) - start).toBe(moves(500));
      await store.db.deleteFrom("checkins").where("user_id", "=", "u-alex").execute();
      expect((await version()) - start).toBe(moves(500) + moves(500));
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

describe("migrating a SQLite database", () => {
  it("leaves it as it was when a migration fails part-way, so the next start applies it whole", async () => {
    const store = await createTestStore("sqlite", { migrated: false });
    try {
      await migrateUpTo(store.db, "0011-reminders");
      // Something in the way of 0012's last step, after its first (a column) has run: as a
      // crash, a kill or a full disk would stop it part-way.
      await sql`create trigger checkins_changed_on_delete after delete on checkins begin select 1; end`.execute(
        store.db,
      );
      await expect(migrateToLatest(store.db)).rejects.toThrow("0012-checkins-version");
      const columns = await sql<{
        name: string;
      }>`select name from pragma_table_info('users')`.execute(store.db);
      expect(columns.rows.map((column) => column.name)).not.toContain("checkins_version");

      await sql`drop trigger checkins_changed_on_delete`.execute(store.db);
      expect((await migrateToLatest(store.db)).applied).toContain("0012-checkins-version");
    } finally {
      await store.dispose();
    }
  });

  it("waits for another process's long write to end, however long it takes, then applies its own", async () => {
    const store = await createTestStore("sqlite", { migrated: false });
    const other = new SQLite(store.file ?? "");
    try {
      await migrateUpTo(store.db, "0001-initial");
      // Another process (a second start, a slow disk) holds the write lock for three seconds.
      // The migrator reads what is applied and then asks to write: SQLite answers "busy" at
      // once, without waiting, to a reader that asks to write, so only looking again helps.
      other.exec("begin immediate");
      other.exec("create table other_process_work (n integer)");
      const released = new Promise<void>((resolve) =>
        setTimeout(() => {
          other.exec("commit");
          resolve();
        }, 3_000),
      );
      const outcome = await migrateToLatest(store.db);
      await released;
      expect(outcome.applied).toContain("0017-folded-usernames");
    } finally {
      other.close();
      await store.dispose();
    }
  }, 30_000);
});
