import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestStore, engines, type TestStore } from "../../../test/support/stores.js";
import { insertUser } from "../accounts/user.repository.js";
import { readSnapshot } from "./read-snapshot.js";

describe.each(engines)("one read snapshot on %s", (engine) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore(engine);
  });
  afterAll(async () => {
    await store.dispose();
  });

  const addPerson = (id: string) =>
    store.write((trx) =>
      insertUser(trx, {
        id,
        username: id,
        password_hash: "not a real hash",
        role: "member",
        created_at: "2026-11-01T00:00:00.000Z",
      }),
    );

  it("reads as things stood at its first read, while a write commits meanwhile", async () => {
    const count = async (db: typeof store.db) =>
      (await db.selectFrom("users").select("id").execute()).length;
    let writing: Promise<unknown> = Promise.resolve();
    const [first, second] = await readSnapshot(store, async (trx) => {
      const first = await count(trx);
      writing = addPerson("written-meanwhile");
      // PostgreSQL commits the write on another connection now; SQLite holds it until the
      // snapshot ends. Either way the second read must not see it.
      await Promise.race([writing, new Promise((resolve) => setTimeout(resolve, 300))]);
      return [first, await count(trx)];
    });
    await writing;
    expect(second).toBe(first);
    expect(await count(store.db)).toBe(first + 1);
  });
});
