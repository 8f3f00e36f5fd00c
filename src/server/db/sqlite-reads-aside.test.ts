import { existsSync } from "node:fs";
import SQLite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addTestPeople, createTestStore, type TestStore } from "../../../test/support/stores.js";
import { readCache } from "./read-cache.js";

/** A transaction of this process left open until `finish` is called, as a long import keeps one. */
function openWrite(store: TestStore, username: string) {
  let finish = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let written = () => {};
  const wrote = new Promise<void>((resolve) => {
    written = resolve;
  });
  const done = store.write(async (trx) => {
    await trx.updateTable("users").set({ username }).where("id", "=", "u-alex").execute();
    written();
    await finished;
  });
  return { wrote, finish, done };
}

const names = (store: TestStore) =>
  store.db
    .selectFrom("users")
    .select("username")
    .orderBy("id")
    .execute()
    .then((rows) => rows.map((row) => row.username).join(","));

/**
 * Plain reads on SQLite run on a read connection of their own (sqlite-dialect.ts), so another
 * person's request is not held up by a transaction that stays open across turns of the event
 * loop: they see what was last committed, never a write under way.
 */
describe("plain reads on SQLite beside an open transaction", () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore("sqlite");
    await addTestPeople(store);
  });
  afterEach(() => store.dispose());

  it("are answered while it is open, as things stood before it, and see it once committed", async () => {
    const write = openWrite(store, "Alexa");
    await write.wrote;
    const during = await Promise.race([
      names(store),
      new Promise<string>((resolve) => setTimeout(() => resolve("still waiting"), 2000)),
    ]);
    write.finish();
    await write.done;
    expect(during).toBe("Alex,bo");
    expect(await names(store)).toBe("Alexa,bo");
  });

  it("are not kept by a read cache past the commit of what was under way", async () => {
    const cache = readCache<string>(store);
    const write = openWrite(store, "Alexa");
    await write.wrote;
    expect(await cache.read("names", () => names(store))).toBe("Alex,bo");
    write.finish();
    await write.done;
    expect(await cache.read("names", () => names(store))).toBe("Alexa,bo");
  });

  it("still let a write outside any transaction wait for the open one, then land", async () => {
    const write = openWrite(store, "Alexa");
    await write.wrote;
    const plain = store.db
      .updateTable("users")
      .set({ username: "Bobby" })
      .where("id", "=", "u-bo")
      .execute();
    write.finish();
    await Promise.all([write.done, plain]);
    expect(await names(store)).toBe("Alexa,Bobby");
  });

  it("leave everything in the database file itself once the store is closed", async () => {
    await names(store);
    await store.db
      .updateTable("users")
      .set({ username: "Alexa" })
      .where("id", "=", "u-alex")
      .execute();
    await store.close();
    // Someone copying the file alone once the server stopped (a backup) has every word in it:
    // the write-ahead log was folded in and is gone.
    expect(existsSync(`${store.file}-wal`)).toBe(false);
    const copy = new SQLite(store.file, { readonly: true });
    try {
      expect(copy.prepare("select username from users order by id").pluck().all()).toEqual([
        "Alexa",
        "bo",
      ]);
    } finally {
      copy.close();
    }
  });
});
