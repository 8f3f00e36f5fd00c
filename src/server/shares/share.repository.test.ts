import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addTestPeople,
  createTestStore,
  engines,
  type TestStore,
} from "../../../test/support/stores.js";
import { deleteUser } from "../accounts/user.repository.js";
import { saveCheckin } from "../checkins/checkin.repository.js";
import { isActive, shareFromRow } from "./share.mapper.js";
import {
  countStepDays,
  findShareByTokenHash,
  forgetExpiredShareWords,
  getShare,
  insertShare,
  listShares,
  revokeShare,
  updateShare,
} from "./share.repository.js";
import type { ShareTable } from "./share.table.js";

const T0 = "2026-11-29T12:00:00.000Z";
const T1 = "2026-11-30T08:00:00.000Z";
const LATER = "2026-12-29T12:00:00.000Z";

function row(id: string, userId: string, changes: Partial<ShareTable> = {}): ShareTable {
  return {
    id,
    user_id: userId,
    token_hash: `hash-${id}`,
    energy: "low",
    contact: "Texts welcome, calls are hard",
    message: null,
    label: null,
    show_steps: 0,
    created_at: T0,
    updated_at: T0,
    expires_at: LATER,
    revoked_at: null,
    ...changes,
  };
}

// One suite on every engine Reconnect supports, each in its own fresh database.
describe.each(engines)("share cards on %s", (engine) => {
  let store: TestStore;

  beforeAll(async () => {
    store = await createTestStore(engine);
    await addTestPeople(store);
  });

  afterAll(async () => {
    await store?.dispose();
  });

  it("stores a card and finds it by its token's hash alone", async () => {
    await insertShare(store.db, row("s1", "u-alex", { message: "Thinking of you 🌱 — שלום" }));
    const found = await findShareByTokenHash(store.db, "hash-s1");
    expect(found && shareFromRow(found, T0)).toEqual({
      id: "s1",
      energy: "low",
      contact: "Texts welcome, calls are hard",
      message: "Thinking of you 🌱 — שלום",
      showSteps: false,
      createdAt: T0,
      updatedAt: T0,
      expiresAt: LATER,
      active: true,
    });
    expect(await findShareByTokenHash(store.db, "hash-nothing")).toBeUndefined();
  });

  it("updates what an active card shows, and clears the message with an empty one", async () => {
    const updated = await updateShare(
      store.db,
      "u-alex",
      "s1",
      { energy: "some", message: "", showSteps: true },
      T1,
    );
    expect(updated).toMatchObject({
      energy: "some",
      message: null,
      show_steps: 1,
      updated_at: T1,
      created_at: T0,
    });
  });

  it("keeps a link's 'for whom' label, changes it, and clears it with an empty one", async () => {
    await insertShare(store.db, row("l1", "u-alex", { label: "For Mum" }));
    expect(shareFromRow(await getShareOrFail("l1"), T0).label).toBe("For Mum");
    await updateShare(store.db, "u-alex", "l1", { label: "Sam from work" }, T1);
    expect((await getShareOrFail("l1")).label).toBe("Sam from work");
    await updateShare(store.db, "u-alex", "l1", { label: "" }, T1);
    expect(shareFromRow(await getShareOrFail("l1"), T1)).not.toHaveProperty("label");
    await updateShare(store.db, "u-alex", "l1", { label: "For Mum" }, T1);
    // The label is the maker's words too, so it goes with the link when turned off.
    await revokeShare(store.db, "u-alex", "l1", T1);
    expect(await getShareOrFail("l1")).toMatchObject({ label: null, contact: "", message: null });
    await store.db.deleteFrom("shares").where("id", "=", "l1").execute();
  });

  async function getShareOrFail(id: string) {
    const found = await getShare(store.db, "u-alex", id);
    if (!found) throw new Error(`no share ${id}`);
    return found;
  }

  it("never lets one person list, change or revoke another's card", async () => {
    await insertShare(store.db, row("s2", "u-bo"));
    expect((await listShares(store.db, "u-alex")).map((r) => r.id)).toEqual(["s1"]);
    expect(await getShare(store.db, "u-alex", "s2")).toBeUndefined();
    expect(await updateShare(store.db, "u-alex", "s2", { energy: "okay" }, T1)).toBeUndefined();
    expect(await revokeShare(store.db, "u-alex", "s2", T1)).toBe(false);
    expect((await getShare(store.db, "u-bo", "s2"))?.revoked_at).toBeNull();
  });

  it("revokes for good, keeping the first time, and a revoked card cannot be changed", async () => {
    expect(await revokeShare(store.db, "u-alex", "s1", T1)).toBe(true);
    expect(await revokeShare(store.db, "u-alex", "s1", LATER)).toBe(true);
    const revoked = await getShare(store.db, "u-alex", "s1");
    expect(revoked?.revoked_at).toBe(T1);
    // What the person wrote on it goes with the link.
    expect(revoked).toMatchObject({ message: null, contact: "", label: null });
    expect(revoked && isActive(revoked, T1)).toBe(false);
    expect(await updateShare(store.db, "u-alex", "s1", { energy: "okay" }, T1)).toBeUndefined();
  });

  it("treats a card as gone from the moment it expires", async () => {
    await insertShare(store.db, row("s3", "u-alex", { created_at: T1, expires_at: T1 }));
    const expired = await getShare(store.db, "u-alex", "s3");
    expect(expired && isActive(expired, "2026-11-30T07:59:59.999Z")).toBe(true);
    expect(expired && isActive(expired, T1)).toBe(false);
    expect(await updateShare(store.db, "u-alex", "s3", { energy: "okay" }, T1)).toBeUndefined();
    expect((await listShares(store.db, "u-alex")).map((r) => r.id)).toEqual(["s3", "s1"]);
  });

  it("forgets what expired cards said: one person's when asked, everyone's at start", async () => {
    const said = {
      message: "Still here, just quiet",
      contact: "Texts are easiest",
      label: "For Jo",
    };
    await insertShare(store.db, row("f1", "u-alex", { ...said, expires_at: T1 }));
    await insertShare(store.db, row("f2", "u-alex", { ...said, expires_at: LATER }));
    await insertShare(store.db, row("f3", "u-bo", { ...said, expires_at: T1 }));

    await forgetExpiredShareWords(store.db, T1, "u-alex");
    expect(await getShare(store.db, "u-alex", "f1")).toMatchObject({
      message: null,
      contact: "",
      label: null,
    });
    expect(await getShare(store.db, "u-alex", "f2")).toMatchObject(said);
    expect(await getShare(store.db, "u-bo", "f3")).toMatchObject(said);

    await forgetExpiredShareWords(store.db, T1);
    expect(await getShare(store.db, "u-bo", "f3")).toMatchObject({
      message: null,
      contact: "",
      label: null,
    });
    expect(await getShare(store.db, "u-alex", "f2")).toMatchObject(said);
    // Still known by their links, so those answer "no longer active".
    expect((await findShareByTokenHash(store.db, "hash-f3"))?.expires_at).toBe(T1);
  });

  it("counts days with a connection in a range, and nobody else's", async () => {
    const met = { mode: "message" } as const;
    await saveCheckin(store.db, "u-alex", "2026-11-20", { mood: 4, connections: [met] }, T0);
    await saveCheckin(store.db, "u-alex", "2026-11-24", { mood: 3, connections: [met, met] }, T0);
    await saveCheckin(store.db, "u-alex", "2026-11-25", { mood: 2 }, T0);
    await saveCheckin(store.db, "u-alex", "2026-11-29", { mood: 5, connections: [met] }, T0);
    await saveCheckin(store.db, "u-bo", "2026-11-26", { mood: 5, connections: [met] }, T0);
    // Two connections on one day are one day; a day without any is not a step.
    expect(await countStepDays(store.db, "u-alex", "2026-11-23", "2026-11-29")).toBe(2);
    expect(await countStepDays(store.db, "u-alex", "2026-11-20", "2026-11-20")).toBe(1);
    expect(await countStepDays(store.db, "u-bo", "2026-11-23", "2026-11-25")).toBe(0);
  });

  it("goes with the account when it is erased", async () => {
    await deleteUser(store.db, "u-bo");
    expect(await findShareByTokenHash(store.db, "hash-s2")).toBeUndefined();
  });
});
