import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addTestPeople,
  createTestStore,
  engines,
  type TestStore,
} from "../../../test/support/stores.js";
import type { ThoughtRecordInput } from "../../core/thoughts/thought.schema.js";
import { deleteUser } from "../accounts/user.repository.js";
import { recordFromInput } from "./thought.mapper.js";
import {
  deleteThoughtRecord,
  getThoughtRecord,
  insertThoughtRecord,
  listThoughtRecords,
  thoughtTrapCounts,
  updateThoughtRecord,
} from "./thought.repository.js";

const T0 = "2026-11-29T12:00:00.000Z";
const T1 = "2026-11-30T08:00:00.000Z";

// One suite on every engine Reconnect supports, each in its own fresh database.
describe.each(engines)("thought records on %s", (engine) => {
  let store: TestStore;
  const add = (userId: string, id: string, input: ThoughtRecordInput, at = T0) =>
    insertThoughtRecord(
      store.db,
      userId,
      recordFromInput(id, input, { createdAt: at, updatedAt: at }),
    );

  beforeAll(async () => {
    store = await createTestStore(engine);
    await addTestPeople(store);
  });

  afterAll(async () => {
    await store?.dispose();
  });

  it("saves and reads back a whole record exactly, Unicode included", async () => {
    const saved = await add("u-alex", "r1", {
      situation: "Στη δουλειά 🌧️ — שלום",
      thought: "I'm such an idiot, e\u0301 😔",
      feelings: [{ name: "Ashamed", before: 90, after: 40 }],
      keptTraps: ["labeling"],
      evidenceFor: "I forgot the file.",
      evidenceAgainst: "I fixed it in ten minutes.",
      balancedThought: "I made one mistake and fixed it.",
    });
    expect(saved.suggestedTraps.map((trap) => trap.id)).toContain("labeling");
    expect(await getThoughtRecord(store.db, "u-alex", "r1")).toEqual(saved);
  });

  it("updates every step but keeps when the record was started", async () => {
    await add("u-alex", "r2", { thought: "Nobody ever calls me back." });
    const changed = recordFromInput(
      "r2",
      { thought: "Jo never calls me back.", keptTraps: ["overgeneralizing"] },
      { createdAt: T1, updatedAt: T1 },
    );
    const updated = await updateThoughtRecord(store.db, "u-alex", changed);
    expect(updated).toEqual({ ...changed, createdAt: T0 });
    expect(await getThoughtRecord(store.db, "u-alex", "r2")).toEqual(updated);
  });

  it("lists newest first and searches situation, thought and balanced thought in any case", async () => {
    await add("u-alex", "r3", { thought: "ÉCOLE was a disaster", situation: "Monday" }, T1);
    const ids = async (q?: string) =>
      (await listThoughtRecords(store.db, "u-alex", q)).map((record) => record.id);
    expect(await ids()).toEqual(["r3", "r2", "r1"]);
    expect(await ids("école")).toEqual(["r3"]);
    expect(await ids("MONDAY")).toEqual(["r3"]);
    expect(await ids("στη δουλειά")).toEqual(["r1"]);
    expect(await ids("one mistake")).toEqual(["r1"]);
    // Evidence is not searched, and LIKE's wildcards are plain text.
    expect(await ids("ten minutes")).toEqual([]);
    expect(await ids("n_body")).toEqual([]);
    expect(await ids("%")).toEqual([]);
  });

  it("counts kept traps, most often first", async () => {
    await add("u-alex", "r4", { thought: "x", keptTraps: ["burden", "overgeneralizing"] });
    expect(await thoughtTrapCounts(store.db, "u-alex")).toEqual([
      { id: "overgeneralizing", count: 2 },
      { id: "labeling", count: 1 },
      { id: "burden", count: 1 },
    ]);
  });

  it("never lets one person read, change or delete another's records", async () => {
    await add("u-bo", "b1", { thought: "Bo's own thought", keptTraps: ["comparing"] });
    expect((await listThoughtRecords(store.db, "u-bo")).map((r) => r.id)).toEqual(["b1"]);
    expect(await listThoughtRecords(store.db, "u-bo", "idiot")).toEqual([]);
    expect(await thoughtTrapCounts(store.db, "u-bo")).toEqual([{ id: "comparing", count: 1 }]);
    expect(await getThoughtRecord(store.db, "u-bo", "r1")).toBeUndefined();

    const before = await getThoughtRecord(store.db, "u-alex", "r1");
    const takeover = recordFromInput("r1", { thought: "Taken" }, { createdAt: T1, updatedAt: T1 });
    expect(await updateThoughtRecord(store.db, "u-bo", takeover)).toBeUndefined();
    expect(await deleteThoughtRecord(store.db, "u-bo", "r1")).toBe(false);
    expect(await getThoughtRecord(store.db, "u-alex", "r1")).toEqual(before);
  });

  it("deletes a record for good", async () => {
    expect(await deleteThoughtRecord(store.db, "u-alex", "r4")).toBe(true);
    expect(await getThoughtRecord(store.db, "u-alex", "r4")).toBeUndefined();
    expect(await deleteThoughtRecord(store.db, "u-alex", "r4")).toBe(false);
    const left = await store.db
      .selectFrom("thought_records")
      .select("id")
      .where("id", "=", "r4")
      .execute();
    expect(left).toEqual([]);
  });

  it("goes with its owner when the account is erased, and nobody else's does", async () => {
    await deleteUser(store.db, "u-bo");
    const orphans = await store.db
      .selectFrom("thought_records")
      .select("id")
      .where("user_id", "=", "u-bo")
      .execute();
    expect(orphans).toEqual([]);
    expect(await listThoughtRecords(store.db, "u-alex")).toHaveLength(3);
  });
});
