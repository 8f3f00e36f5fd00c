import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTestPeople, createTestStore, type TestStore } from "../../../test/support/stores.js";
import { findActiveSession, findActiveSessions, insertSession } from "./session.repository.js";

const T0 = "2026-11-29T12:00:00.000Z";

// The guard's batched lookup (session-guard.ts) is PostgreSQL's alone: SQLite, in one process,
// keeps its cached lookup of one session at a time, so this suite runs on PostgreSQL only.
describe("several sessions found in one statement on PostgreSQL", () => {
  let store: TestStore;

  beforeAll(async () => {
    store = await createTestStore("postgres");
    await addTestPeople(store);
  });

  afterAll(async () => {
    await store?.dispose();
  });

  it("finds each as it finds each alone: ended and unknown ones not at all", async () => {
    const session = (tokenHash: string, userId: string, expiresAt: string) =>
      insertSession(store.db, { tokenHash, userId, createdAt: T0, expiresAt });
    await session("many-1", "u-bo", "2026-12-29T12:00:00.000Z");
    await session("many-2", "u-alex", "2026-12-29T12:00:00.000Z");
    await session("many-ended", "u-alex", "2026-11-29T11:00:00.000Z");
    const tokens = ["many-1", "many-2", "many-ended", "many-unknown", "many-1"];
    const found = await findActiveSessions(store.db, tokens, T0);
    expect([...found.keys()].sort()).toEqual(["many-1", "many-2"]);
    for (const token of tokens) {
      expect(found.get(token)).toEqual(await findActiveSession(store.db, token, T0));
    }
    expect(await findActiveSessions(store.db, [], T0)).toEqual(new Map());
  });
});
