import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addTestPeople, createTestStore, type TestStore } from "../../../test/support/stores.js";

/**
 * A write made on the store itself runs in a transaction of its own (sqlite-dialect.ts). When
 * that write fails, SQLite may already have ended the transaction by itself (a full disk does):
 * what the person's request reports is then the cause, not a failed rollback, and the store's
 * one writing connection is left ready for the next write.
 */
describe("a write made on the SQLite store itself, when it fails", () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore("sqlite");
    await addTestPeople(store);
  });
  afterEach(() => store.dispose());

  it("reports the cause, and the next write goes through", async () => {
    // A trigger's raise(rollback) ends the transaction inside SQLite, as a full disk does.
    await sql`create trigger full_disk before update on users when new.username = 'Full'
      begin select raise(rollback, 'database or disk is full'); end`.execute(store.db);
    const failed = await store.db
      .updateTable("users")
      .set({ username: "Full" })
      .where("id", "=", "u-alex")
      .execute()
      .catch((error: unknown) => error);
    expect(failed).toMatchObject({ message: "database or disk is full" });

    await store.db
      .updateTable("users")
      .set({ username: "Alexa" })
      .where("id", "=", "u-alex")
      .execute();
    const names = await store.db.selectFrom("users").select("username").orderBy("id").execute();
    expect(names.map((row) => row.username)).toEqual(["Alexa", "bo"]);
  });
});
