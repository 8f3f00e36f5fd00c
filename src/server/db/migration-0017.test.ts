import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestStore, engines, type TestStore } from "../../../test/support/stores.js";
import { nameTaken } from "../accounts/name-taken.js";
import { findUserByUsername, insertUser } from "../accounts/user.repository.js";
import { migrateUpTo } from "./migrate.js";
import { isUniqueViolation } from "./unique-violation.js";

/** An account as a Reconnect before migration 0017 wrote it: no folded name. */
async function addOldAccount(
  store: TestStore,
  id: string,
  username: string,
  createdAt = "2026-11-01T00:00:00.000Z",
): Promise<void> {
  await sql`
    insert into users (id, username, password_hash, role, created_at)
    values (${id}, ${username}, 'hash', 'member', ${createdAt})`.execute(store.db);
}

async function foldsOf(store: TestStore) {
  return store.db
    .selectFrom("users")
    .select(["id", "username_folded", "username_fold_duplicate"])
    .orderBy("id")
    .execute();
}

/** A store as an older Reconnect left it, for `fill` to write into before 0017 runs. */
async function olderStore(engine: TestStore["engine"]): Promise<TestStore> {
  const store = await createTestStore(engine, { migrated: false });
  await migrateUpTo(store.db, "0016-checkins-version-once-per-transaction");
  return store;
}

// A real SQLite file and a real PostgreSQL database of its own, each upgraded as a server would be.
describe.each(engines)("migration 0017 (folded names) on %s", (engine) => {
  it("fills every account's folded name, so sign-in finds it by that alone", async () => {
    const store = await olderStore(engine);
    try {
      await addOldAccount(store, "u-emile", "Émile");
      await addOldAccount(store, "u-sam", "ＳＡＭ");
      await addOldAccount(store, "u-bo", "bo");
      expect((await migrateUpTo(store.db, "0017-folded-usernames")).applied).toEqual([
        "0017-folded-usernames",
      ]);
      expect(await foldsOf(store)).toEqual([
        { id: "u-bo", username_folded: "bo", username_fold_duplicate: 0 },
        { id: "u-emile", username_folded: "émile", username_fold_duplicate: 0 },
        { id: "u-sam", username_folded: "sam", username_fold_duplicate: 0 },
      ]);
      // Neither engine's lower() reaches these: only the stored fold does.
      expect((await findUserByUsername(store.db, "E\u0301MILE"))?.id).toBe("u-emile");
      expect((await findUserByUsername(store.db, "sam"))?.id).toBe("u-sam");
      expect(await nameTaken(store.db, "Sam")).toBe(true);
    } finally {
      await store.dispose();
    }
  });

  // Old data may hold names that fold alike (made before the taken check folded Unicode). The
  // rule: the oldest (created_at, then id) holds the fold as 0, later ones are numbered 1, 2, ….
  it("keeps every account whose name folds like an older one's, numbered oldest first", async () => {
    const store = await olderStore(engine);
    try {
      // lower() tells these apart on both engines, so an older Reconnect could make all three.
      // Made first, so it keeps the fold though its id sorts last; the other two tie on time.
      await addOldAccount(store, "u-c", "ｅmile", "2026-11-01T00:00:00.000Z");
      await addOldAccount(store, "u-b", "ｅｍｉｌｅ", "2026-11-02T00:00:00.000Z");
      await addOldAccount(store, "u-a", "emile", "2026-11-02T00:00:00.000Z");
      await migrateUpTo(store.db, "0017-folded-usernames");
      expect(await foldsOf(store)).toEqual([
        { id: "u-a", username_folded: "emile", username_fold_duplicate: 1 },
        { id: "u-b", username_folded: "emile", username_fold_duplicate: 2 },
        { id: "u-c", username_folded: "emile", username_fold_duplicate: 0 },
      ]);
      // Each still signs in by its own spelling, as before the migration.
      for (const [name, id] of [
        ["emile", "u-a"],
        ["ｅｍｉｌｅ", "u-b"],
        ["ｅmile", "u-c"],
      ] as const) {
        expect((await findUserByUsername(store.db, name))?.id, name).toBe(id);
      }
      // A spelling none of them has names three accounts by fold, so it signs in as no one.
      expect(await findUserByUsername(store.db, "emilｅ")).toBe(undefined);
      // And the fold stays taken: by the check, and by the index if a race gets past it.
      expect(await nameTaken(store.db, "ＥＭＩＬＥ")).toBe(true);
      const late = insertUser(store.db, {
        id: "u-d",
        username: "ＥＭＩＬＥ",
        password_hash: "hash",
        role: "member",
        created_at: "2026-11-04T00:00:00.000Z",
      });
      await expect(late).rejects.toSatisfy(isUniqueViolation);
    } finally {
      await store.dispose();
    }
  });
});
