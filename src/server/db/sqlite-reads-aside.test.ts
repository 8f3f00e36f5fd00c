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

/**
 * A write on the store itself (`store.db`, outside `store.write`), or the checkpoint after an
 * erasure, needs the one writing connection, which an open transaction holds: it waits for that
 * transaction to end and then runs on its own, never inside it, where the transaction's rollback
 * would take back a write its caller was told was done.
 */
describe("a write on the store itself beside an open transaction on SQLite", () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore("sqlite");
    await addTestPeople(store);
  });
  afterEach(() => store.dispose());

  it("waits for it to end, and is kept when it rolls back", async () => {
    let fail: (error: Error) => void = () => {};
    const failing = new Promise<void>((_, reject) => {
      fail = reject;
    });
    let written = () => {};
    const wrote = new Promise<void>((resolve) => {
      written = resolve;
    });
    const done = store
      .write(async (trx) => {
        await trx
          .updateTable("users")
          .set({ username: "Alexa" })
          .where("id", "=", "u-alex")
          .execute();
        written();
        await failing;
      })
      .catch((error: unknown) => error);
    await wrote;
    let direct = "waiting";
    const renaming = store.db
      .updateTable("users")
      .set({ username: "Bea" })
      .where("id", "=", "u-bo")
      .execute()
      .then(() => {
        direct = "written";
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(direct).toBe("waiting");
    fail(new Error("the disk is full"));
    expect(await done).toEqual(new Error("the disk is full"));
    await renaming;
    expect(await names(store)).toBe("Alex,Bea");
  });

  it("empties the write-ahead log after an erasure in its turn, not inside the other's transaction", async () => {
    const write = openWrite(store, "Alexa");
    await write.wrote;
    // Run on the connection while the transaction held it, SQLite refused it: "database table is
    // locked", a 500 for an erasure already done.
    const flushed = store.flushErased().then(
      () => "flushed",
      (error: unknown) => String(error),
    );
    write.finish();
    await write.done;
    expect(await flushed).toBe("flushed");
  });
});
