import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestStore, engines, type TestStore } from "../../../test/support/stores.js";
import { nameTaken } from "../accounts/name-taken.js";
import { findUserByUsername, insertUser } from "../accounts/user.repository.js";
import { migrateToLatest, migrateUpTo } from "./migrate.js";
import { isUniqueViolation } from "./unique-violation.js";

/**
 * An account as a Reconnect between migrations 0017 and 0018 wrote it: the name folded by the
 * fold of then (NFKC, then JavaScript's lower case).
 */
async function addAccount(
  store: TestStore,
  id: string,
  username: string,
  createdAt: string,
): Promise<void> {
  const foldOfThen = username.normalize("NFKC").toLowerCase();
  await sql`
    insert into users (id, username, username_folded, username_fold_duplicate, password_hash,
      role, created_at)
    values (${id}, ${username}, ${foldOfThen}, 0, 'hash', 'member', ${createdAt})`.execute(
    store.db,
  );
}

async function foldsOf(store: TestStore) {
  return store.db
    .selectFrom("users")
    .select(["id", "username_folded", "username_fold_duplicate"])
    .orderBy("id")
    .execute();
}

async function storeAt0017(engine: TestStore["engine"]): Promise<TestStore> {
  const store = await createTestStore(engine, { migrated: false });
  await migrateUpTo(store.db, "0017-folded-usernames");
  return store;
}

const DAY1 = "2026-11-01T00:00:00.000Z";
const DAY2 = "2026-11-02T00:00:00.000Z";

// A real SQLite file and a real PostgreSQL database of its own, each upgraded as a server would be.
describe.each(engines)("migration 0018 (one fold of a name) on %s", (engine) => {
  it("folds every name again, numbering names that now fold alike oldest first", async () => {
    const store = await storeAt0017(engine);
    try {
      // Pairs both engines let in before (neither lower() nor the fold of then joined them),
      // each the same name by the new rule. The older of each holds a fold the younger one
      // held until now, so the rewrite must not trip over its own index half-way.
      await addAccount(store, "u-strasse-old", "Straße", DAY1);
      await addAccount(store, "u-strasse-new", "STRASSE", DAY2);
      await addAccount(store, "u-odos-old", "οδος", DAY1);
      await addAccount(store, "u-odos-new", "οδοσ", DAY2);
      await addAccount(store, "u-kim-old", "kım", DAY1);
      await addAccount(store, "u-kim-new", "kİm", DAY2);
      await addAccount(store, "u-bo", "bo", DAY1);
      expect((await migrateUpTo(store.db, "0018-one-name-fold")).applied).toEqual([
        "0018-one-name-fold",
      ]);
      expect(await foldsOf(store)).toEqual([
        { id: "u-bo", username_folded: "bo", username_fold_duplicate: 0 },
        { id: "u-kim-new", username_folded: "kim", username_fold_duplicate: 1 },
        { id: "u-kim-old", username_folded: "kim", username_fold_duplicate: 0 },
        { id: "u-odos-new", username_folded: "οδοσ", username_fold_duplicate: 1 },
        { id: "u-odos-old", username_folded: "οδοσ", username_fold_duplicate: 0 },
        { id: "u-strasse-new", username_folded: "strasse", username_fold_duplicate: 1 },
        { id: "u-strasse-old", username_folded: "strasse", username_fold_duplicate: 0 },
      ]);
      // Each still signs in by its own spelling, or by lower case when only it fits.
      for (const [name, id] of [
        ["Straße", "u-strasse-old"],
        ["strasse", "u-strasse-new"],
        ["οδος", "u-odos-old"],
        ["οδοσ", "u-odos-new"],
        ["kım", "u-kim-old"],
        ["kİm", "u-kim-new"],
        ["BO", "u-bo"],
      ] as const) {
        expect((await findUserByUsername(store.db, name))?.id, name).toBe(id);
      }
      // A spelling neither has names two accounts by fold, so it signs in as no one.
      expect(await findUserByUsername(store.db, "KIM")).toBe(undefined);
      // The fold stays taken: by the check, and by the index if a race gets past it.
      expect(await nameTaken(store.db, "STRAẞE")).toBe(true);
      const late = insertUser(store.db, {
        id: "u-kim-late",
        username: "KİM",
        password_hash: "hash",
        role: "member",
        created_at: "2026-11-04T00:00:00.000Z",
      });
      await expect(late).rejects.toSatisfy(isUniqueViolation);
    } finally {
      await store.dispose();
    }
  });

  it("finds a lone name by its new fold, on both engines alike", async () => {
    const store = await storeAt0017(engine);
    try {
      await addAccount(store, "u-kim", "Kim", DAY1);
      await addAccount(store, "u-iris", "İris", DAY1);
      await migrateToLatest(store.db);
      for (const [name, id] of [
        ["KİM", "u-kim"],
        ["kım", "u-kim"],
        ["iris", "u-iris"],
        ["IRIS", "u-iris"],
      ] as const) {
        expect((await findUserByUsername(store.db, name))?.id, name).toBe(id);
      }
      expect(await nameTaken(store.db, "kİm")).toBe(true);
    } finally {
      await store.dispose();
    }
  });
});
