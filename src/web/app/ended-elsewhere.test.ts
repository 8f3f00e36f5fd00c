import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeLocalStorage } from "../../../test/support/local-storage.js";
import { countDrafts, draftKey, writeDraft } from "../drafts/draft-store.js";
import { mayHaveQueued } from "../offline/queue-marker.js";
import { clearQueue, enqueue, readQueue } from "../offline/queue-store.js";
import { forgetAtSignOut, forgetOnDevice } from "./ended-elsewhere.js";

// The device's IndexedDB, in memory (fake-indexeddb, as Node has none), under the real idb-keyval
// and the queue's own code: a new, empty one for each test.
let device: IDBFactory;

const queuedFor = (accountId: string, date: string) =>
  enqueue({ accountId, date, input: { mood: 3 }, base: null, queuedAt: `${date}T20:00:00.000Z` });

describe("a session ended from somewhere else, on a shared device", () => {
  beforeEach(() => {
    device = new IDBFactory();
    vi.stubGlobal("indexedDB", device);
    vi.stubGlobal("localStorage", fakeLocalStorage());
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    // Lets go of the queue's connection to this test's database, which it keeps open between calls.
    await clearQueue();
    vi.unstubAllGlobals();
  });

  it("takes that person's drafts and check-ins waiting to be sent, and leaves others' waiting", async () => {
    writeDraft(draftKey("checkin", "u1", "2026-12-05"), { mood: 3 });
    writeDraft(draftKey("checkin", "u2", "2026-12-05"), { mood: 6 });
    await queuedFor("u1", "2026-12-04");
    await queuedFor("u1", "2026-12-05");
    await queuedFor("u2", "2026-12-05");

    await forgetOnDevice("u1");

    expect(countDrafts("u1")).toBe(0);
    expect(countDrafts("u2")).toBe(1);
    const { items } = await readQueue();
    // Never sent under the next sign-in, theirs or anyone's, nor kept on the device.
    expect(items.map((item) => `${item.accountId} ${item.date}`)).toEqual(["u2 2026-12-05"]);
    expect(mayHaveQueued()).toBe(true);
  });

  it("says nothing is queued once the only person's check-ins are gone", async () => {
    await queuedFor("u1", "2026-12-05");
    await forgetOnDevice("u1");
    expect((await readQueue()).items).toEqual([]);
    expect(mayHaveQueued()).toBe(false);
  });

  it("lets the whole queue go when the device cannot read whose check-ins are whose", async () => {
    await queuedFor("u1", "2026-12-05");
    // A damaged store: every read fails as a browser's does.
    vi.spyOn(IDBObjectStore.prototype, "getAll").mockImplementation(() => {
      throw new DOMException("The store is damaged.", "UnknownError");
    });
    await forgetOnDevice("u1");
    // As on signing out: the database is deleted whole, and nothing is marked as waiting.
    expect(mayHaveQueued()).toBe(false);
    expect((await device.databases()).map((db) => db.name)).not.toContain("reconnect-offline");
  });
});

describe("signing out on a shared device", () => {
  beforeEach(() => {
    device = new IDBFactory();
    vi.stubGlobal("indexedDB", device);
    vi.stubGlobal("localStorage", fakeLocalStorage());
  });
  afterEach(async () => {
    await clearQueue();
    vi.unstubAllGlobals();
  });

  it("takes only the person's own drafts and check-ins: another's wait for their sign-in", async () => {
    writeDraft(draftKey("checkin", "u1", "2026-12-05"), { mood: 3 });
    writeDraft(draftKey("safety-plan", "u2"), {});
    await queuedFor("u1", "2026-12-05");
    await queuedFor("u2", "2026-12-05");

    await forgetAtSignOut("u1");

    expect(countDrafts("u1")).toBe(0);
    expect(countDrafts("u2")).toBe(1);
    expect((await readQueue()).items.map((item) => item.accountId)).toEqual(["u2"]);
    expect(mayHaveQueued()).toBe(true);
  });

  it("keeps a check-in another tab queued while this one was signing out", async () => {
    await queuedFor("u1", "2026-12-05");
    // Someone else's tab queues a check-in just as this sign-out reads whose are whose: the
    // read does not see it, and what it says of the queue is out of date a moment later.
    const getAll = IDBObjectStore.prototype.getAll;
    let theirs: Promise<unknown> | undefined;
    vi.spyOn(IDBObjectStore.prototype, "getAll").mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore["getAll"]>
    ) {
      const request = getAll.apply(this, args);
      theirs ??= queuedFor("u2", "2026-12-05");
      return request;
    });

    await forgetAtSignOut("u1");
    await theirs;
    vi.restoreAllMocks();

    // Told it was saved on the device: it waits there for that person's next chance to send it.
    expect((await readQueue()).items.map((item) => item.accountId)).toEqual(["u2"]);
    expect(mayHaveQueued()).toBe(true);
  });

  it("deletes the queue's database once nobody's check-ins are left in it", async () => {
    await queuedFor("u1", "2026-12-05");
    await forgetAtSignOut("u1");
    expect(mayHaveQueued()).toBe(false);
    expect((await device.databases()).map((db) => db.name)).not.toContain("reconnect-offline");
  });
});
