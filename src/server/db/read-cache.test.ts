import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addTestPeople, createTestStore, type TestStore } from "../../../test/support/stores.js";
import { readCache } from "./read-cache.js";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A read that counts how often it really reaches the database. */
function countedNames(store: TestStore) {
  const counted = { loads: 0 };
  const load = async () => {
    counted.loads++;
    const rows = await store.db.selectFrom("users").select("username").orderBy("id").execute();
    return rows.map((row) => row.username).join(",");
  };
  return Object.assign(counted, { load });
}

describe("read cache on SQLite", () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore("sqlite");
    await addTestPeople(store);
  });
  afterEach(() => store.dispose());

  it("answers a repeated read from memory while nothing is written", async () => {
    const cache = readCache<string>(store);
    const names = countedNames(store);
    expect(await cache.read("names", names.load)).toBe("Alex,bo");
    expect(await cache.read("names", names.load)).toBe("Alex,bo");
    await nextTurn();
    expect(await cache.read("names", names.load)).toBe("Alex,bo");
    expect(names.loads).toBe(1);
    // A different key is a different answer.
    expect(await cache.read("other", names.load)).toBe("Alex,bo");
    expect(names.loads).toBe(2);
  });

  it("reads again after any write by this process: a statement, a transaction, a RETURNING", async () => {
    const cache = readCache<string>(store);
    const names = countedNames(store);
    await cache.read("names", names.load);

    await store.db
      .updateTable("users")
      .set({ username: "Alexa" })
      .where("id", "=", "u-alex")
      .execute();
    expect(await cache.read("names", names.load)).toBe("Alexa,bo");

    await store.write((trx) =>
      trx.updateTable("users").set({ username: "Bo" }).where("id", "=", "u-bo").execute(),
    );
    expect(await cache.read("names", names.load)).toBe("Alexa,Bo");

    await store.db
      .updateTable("users")
      .set({ username: "Alex" })
      .where("id", "=", "u-alex")
      .returning("id")
      .execute();
    expect(await cache.read("names", names.load)).toBe("Alex,Bo");
    expect(names.loads).toBe(4);
  });

  it("does not keep an answer that was read before a write landed, even if it arrives last", async () => {
    const cache = readCache<string>(store);
    const names = countedNames(store);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = cache.read("names", async () => {
      const before = await names.load();
      await gate;
      return before;
    });
    while (names.loads === 0) await nextTurn();

    await store.db.updateTable("users").set({ username: "Bo" }).where("id", "=", "u-bo").execute();
    expect(await cache.read("names", names.load)).toBe("Alex,Bo");
    release();
    expect(await slow).toBe("Alex,bo");
    // The newer answer is the one kept: the next read comes from memory and is current.
    expect(await cache.read("names", names.load)).toBe("Alex,Bo");
    expect(names.loads).toBe(2);
  });

  it("lets go of every answer as soon as anything is written, before anyone reads again", async () => {
    const cache = readCache<string>(store);
    const names = countedNames(store);
    await cache.read("names", names.load);
    await cache.read("more names", names.load);
    expect(cache.size).toBe(2);
    await store.write((trx) => trx.deleteFrom("users").where("id", "=", "u-bo").execute());
    expect(cache.size).toBe(0);
  });

  it("keeps its answers through a write that changed no row, as listing share cards makes", async () => {
    const cache = readCache<string>(store);
    const names = countedNames(store);
    await cache.read("names", names.load);
    await store.db.updateTable("users").set({ username: "x" }).where("id", "=", "nobody").execute();
    await store.db.deleteFrom("shares").where("id", "=", "nobody").execute();
    await cache.read("names", names.load);
    expect([names.loads, cache.size]).toEqual([1, 1]);
  });

  it("keeps its answers through an access-log entry, which no cache reads, and no other write", async () => {
    const cache = readCache<string>(store);
    const names = countedNames(store);
    await cache.read("names", names.load);
    const entry = (id: string) =>
      store.db
        .insertInto("access_log")
        .values({
          id,
          user_id: "u-alex",
          at: "2026-11-29T12:00:00.000Z",
          event: "share-opened",
          browser: "Firefox on Linux",
          address: "192.0.2.7",
        })
        .execute();
    await entry("log-1");
    await store.db.deleteFrom("access_log").where("at", "<", "2026-06-01").execute();
    await cache.read("names", names.load);
    expect([names.loads, cache.size]).toEqual([1, 1]);
    // The same words naming another table in a value do not pass for the log.
    await store.db
      .updateTable("users")
      .set({ username: 'insert into "access_log"' })
      .where("id", "=", "u-bo")
      .execute();
    expect(cache.size).toBe(0);
    await cache.read("names", names.load);
    expect(names.loads).toBe(2);
    await entry("log-2");
    await cache.read("names", names.load);
    expect(names.loads).toBe(2);
  });

  it("keeps within its budget: an answer too big for it is not kept, and old ones make room", async () => {
    const cache = readCache<string>(store, { weigh: (text) => text.length, budget: 40 });
    let loads = 0;
    const text = (length: number) => async () => {
      loads++;
      return "x".repeat(length);
    };
    await cache.read("big", text(11));
    await cache.read("big", text(11));
    expect(loads).toBe(2);
    expect(cache.size).toBe(0);

    for (const key of ["a", "b", "c", "d"]) await cache.read(key, text(10));
    expect(cache.size).toBe(4);
    await cache.read("e", text(10));
    expect(cache.size).toBeLessThanOrEqual(4);
    loads = 0;
    await cache.read("e", text(10));
    expect(loads).toBe(0);
  });

  it("reads again after another process commits to the same file", async () => {
    const cache = readCache<string>(store);
    const names = countedNames(store);
    await cache.read("names", names.load);
    const other = new SQLite(store.file ?? "");
    try {
      other.prepare("update users set username = 'Bo' where id = 'u-bo'").run();
    } finally {
      other.close();
    }
    // Another process's commit is looked for once per turn of the event loop.
    await nextTurn();
    expect(await cache.read("names", names.load)).toBe("Alex,Bo");
  });

  it("keeps nothing from a read that failed", async () => {
    const cache = readCache<string>(store);
    const names = countedNames(store);
    await expect(
      cache.read("names", async () => {
        await sql`select * from no_such_table`.execute(store.db);
        return "never";
      }),
    ).rejects.toThrow(/no_such_table/);
    expect(await cache.read("names", names.load)).toBe("Alex,bo");
  });

  it("remembers an answer that is itself empty", async () => {
    const cache = readCache<string | undefined>(store);
    let loads = 0;
    const load = async () => {
      loads++;
      return undefined;
    };
    await cache.read("nobody", load);
    await cache.read("nobody", load);
    expect(loads).toBe(1);
  });
});

describe("read cache on PostgreSQL", () => {
  it("always reads, since other servers may write to the same database", async () => {
    const store = await createTestStore("postgres");
    try {
      await addTestPeople(store);
      const cache = readCache<string>(store);
      const names = countedNames(store);
      await cache.read("names", names.load);
      await cache.read("names", names.load);
      expect(names.loads).toBe(2);
      expect(cache.size).toBe(0);
    } finally {
      await store.dispose();
    }
  });
});
