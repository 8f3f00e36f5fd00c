import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../src/server/db/migrate.js";
import { openSqliteStore, SQLITE_FILE_NAME } from "../../src/server/db/open-store.js";
import { startServer } from "../../src/server/main.js";
import { addTestPeople } from "../support/stores.js";

const LONG_AGO = "2020-01-01T00:00:00.000Z";
const FAR_AHEAD = "2099-01-01T00:00:00.000Z";
const SAID = { contact: "Texts are easiest", message: "Still here, just quiet" };

/** A data folder as an earlier run might have left it, with things that have since run out. */
async function folderLeftBehind(dir: string): Promise<void> {
  const store = openSqliteStore(path.join(dir, SQLITE_FILE_NAME));
  await migrateToLatest(store.db);
  await addTestPeople(store);
  await store.db
    .insertInto("sessions")
    .values([
      { token_hash: "old", user_id: "u-alex", created_at: LONG_AGO, expires_at: LONG_AGO },
      { token_hash: "live", user_id: "u-alex", created_at: LONG_AGO, expires_at: FAR_AHEAD },
    ])
    .execute();
  await store.db
    .insertInto("sign_in_failures")
    .values({ id: "f1", key: "user:alex", failed_at: LONG_AGO })
    .execute();
  const card = {
    user_id: "u-alex",
    energy: "low",
    show_steps: 0,
    created_at: LONG_AGO,
    updated_at: LONG_AGO,
    revoked_at: null,
    ...SAID,
  };
  await store.db
    .insertInto("shares")
    .values([
      { ...card, id: "ended", token_hash: "hash-ended", expires_at: LONG_AGO },
      { ...card, id: "open", token_hash: "hash-open", expires_at: FAR_AHEAD },
    ])
    .execute();
  await store.close();
}

describe("starting the server", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("lets go of ended sessions, old failed sign-ins and what expired share cards said", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "reconnect-start-"));
    await folderLeftBehind(dir);

    const server = await startServer({
      host: "127.0.0.1",
      port: 0,
      dataDir: dir,
      databaseUrl: undefined,
      trustProxy: 0,
    });
    await server.close();

    const store = openSqliteStore(path.join(dir, SQLITE_FILE_NAME));
    try {
      const sessions = await store.db.selectFrom("sessions").select("token_hash").execute();
      expect(sessions.map((s) => s.token_hash)).toEqual(["live"]);
      expect(await store.db.selectFrom("sign_in_failures").selectAll().execute()).toEqual([]);
      const cards = await store.db
        .selectFrom("shares")
        .select(["id", "contact", "message"])
        .orderBy("id")
        .execute();
      expect(cards).toEqual([
        { id: "ended", contact: "", message: null },
        { id: "open", ...SAID },
      ]);
    } finally {
      await store.close();
    }
  });
});
