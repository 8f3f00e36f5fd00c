import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addTestPeople,
  createTestDatabase,
  createTestStore,
  type TestStore,
} from "../../../test/support/stores.js";
import { listPeople } from "../circle/person.repository.js";
import { readExport } from "../export/export.repository.js";
import { listOwnActivities } from "../plan/activity.repository.js";
import type { Store } from "./database.js";
import { migrateToLatest } from "./migrate.js";
import { DEFAULT_POSTGRES_TIMEOUTS, openPostgresStore } from "./open-store.js";

// The lists a person sees in the order they added things (the circle, their own activities, and
// both in the export) are the same on SQLite and on a PostgreSQL whose text order is a
// language's. Records added at one moment are ordered by id: an import keeps a file's ids and
// times, so ids of any case or script can tie on time.

const IDS = ["a", "B", "é", "Z", "-c", "b-a", "ba", "Ä"];
const AT = "2026-11-01T00:00:00.000Z";

async function seed(store: Store): Promise<void> {
  await addTestPeople(store);
  for (const id of IDS) {
    await store.db
      .insertInto("people")
      .values({
        id,
        user_id: "u-alex",
        name: `Named ${id}`,
        relationship: "",
        contact_preference: "message",
        wanted_every_days: 7,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
    await store.db
      .insertInto("own_activities")
      .values({
        id,
        user_id: "u-alex",
        title: `Titled ${id}`,
        area: "enjoyment",
        effort: "small",
        minutes: 20,
        social: 0,
        first_step: "Begin",
        created_at: AT,
      })
      .execute();
  }
}

async function listsOf(store: Store) {
  const exported = await readExport(store.db, "u-alex", AT);
  return {
    people: (await listPeople(store.db, "u-alex")).map((p) => p.id),
    activities: (await listOwnActivities(store.db, "u-alex")).map((a) => a.id),
    exportedPeople: exported.people.map((p) => p.id),
    exportedActivities: exported.activities.map((a) => a.id),
  };
}

describe("lists in the order things were added, on SQLite and on PostgreSQL in en-US", () => {
  let sqlite: TestStore;
  let postgres: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    sqlite = await createTestStore("sqlite");
    const database = await createTestDatabase("reconnect_collation", "en-US");
    drop = database.drop;
    postgres = openPostgresStore(database.url, DEFAULT_POSTGRES_TIMEOUTS);
    await migrateToLatest(postgres.db);
    await seed(sqlite);
    await seed(postgres);
  });
  afterAll(async () => {
    await sqlite.dispose();
    await postgres.close();
    await drop();
  });

  it("is the same on both, ids that tie on time in the bytes' order", async () => {
    const onSqlite = await listsOf(sqlite);
    expect(await listsOf(postgres)).toEqual(onSqlite);
    const byBytes = ["-c", "B", "Z", "a", "b-a", "ba", "Ä", "é"];
    expect(onSqlite).toEqual({
      people: byBytes,
      activities: byBytes,
      exportedPeople: byBytes,
      exportedActivities: byBytes,
    });
  });
});
