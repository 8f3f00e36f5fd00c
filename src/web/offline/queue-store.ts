import type { UseStore } from "idb-keyval";
import { setQueueMarker } from "./queue-marker.js";
import {
  nextSeq,
  type QueuedCheckin,
  queuedCheckinSchema,
  queuedSave,
  queueKey,
} from "./queue-rules.js";

/**
 * The queue of check-ins saved with no network, in IndexedDB through idb-keyval (a few hundred
 * bytes), imported only when the queue is used, so the check-in screen's first script stays small.
 */
const DB_NAME = "reconnect-offline";
const STORE_NAME = "checkins";

/** Raised when the device's storage cannot be opened or is full; the words say so kindly. */
export class DeviceStorageError extends Error {
  constructor(readonly full: boolean) {
    super(
      full
        ? "This device's storage is full, so it can't keep check-ins for later."
        : "This device's storage couldn't be opened, so it can't keep check-ins for later.",
    );
    this.name = "DeviceStorageError";
  }
}

let opened: Promise<{ idb: typeof import("idb-keyval"); store: UseStore }> | undefined;

async function open() {
  opened ??= import("idb-keyval").then((idb) => ({
    idb,
    store: idb.createStore(DB_NAME, STORE_NAME),
  }));
  try {
    return await opened;
  } catch (error) {
    opened = undefined;
    throw asStorageError(error);
  }
}

function asStorageError(error: unknown): DeviceStorageError {
  return new DeviceStorageError(
    error instanceof DOMException && error.name === "QuotaExceededError",
  );
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof DeviceStorageError ? error : asStorageError(error);
  }
}

/**
 * Everything queued, for every account. An entry this version cannot read (a damaged store) is
 * removed and counted, so the person is told rather than the app stopping on it.
 */
export async function readQueue(): Promise<{ items: QueuedCheckin[]; unreadable: number }> {
  return guarded(async () => {
    const { idb, store } = await open();
    const entries = await idb.entries(store);
    const items: QueuedCheckin[] = [];
    let unreadable = 0;
    for (const [key, value] of entries) {
      const parsed = queuedCheckinSchema.safeParse(value);
      if (parsed.success) items.push(parsed.data);
      else {
        unreadable += 1;
        await idb.del(key, store);
      }
    }
    setQueueMarker(items.length > 0);
    return { items, unreadable };
  });
}

/** Keeps one offline save, replacing the same day's earlier one for the same account. */
export async function enqueue(
  save: Pick<QueuedCheckin, "accountId" | "date" | "input" | "base" | "queuedAt">,
): Promise<QueuedCheckin> {
  return guarded(async () => {
    const { idb, store } = await open();
    const { items } = await readQueue();
    const key = queueKey(save.accountId, save.date);
    const existing = items.find((item) => queueKey(item.accountId, item.date) === key);
    const item = queuedSave(existing, save, nextSeq(items));
    await idb.set(key, item, store);
    setQueueMarker(true);
    return item;
  });
}

export async function replaceQueued(item: QueuedCheckin): Promise<void> {
  await guarded(async () => {
    const { idb, store } = await open();
    await idb.set(queueKey(item.accountId, item.date), item, store);
  });
}

export async function removeQueued(item: QueuedCheckin): Promise<void> {
  await guarded(async () => {
    const { idb, store } = await open();
    await idb.del(queueKey(item.accountId, item.date), store);
  });
}

/**
 * One person's queued check-ins go, every day of them, and nobody else's: their session was ended
 * from somewhere else, so nothing they kept must be sent under the next sign-in or stay on the
 * device. Other people's on a shared device still wait for them.
 */
export async function clearQueuedOf(accountId: string): Promise<void> {
  await guarded(async () => {
    const { idb, store } = await open();
    const { items } = await readQueue();
    const theirs = items.filter((item) => item.accountId === accountId);
    await idb.delMany(
      theirs.map((item) => queueKey(item.accountId, item.date)),
      store,
    );
    setQueueMarker(items.length > theirs.length);
  });
}

/**
 * The whole queue goes, for every account, and its database with it, so a shared phone keeps
 * nothing: on signing out once nobody else's is left, or when the store cannot be read. Works without the wrapper, straight on IndexedDB, so a store that cannot be
 * read can still be deleted.
 */
export async function clearQueue(): Promise<void> {
  setQueueMarker(false);
  const wasOpen = opened;
  opened = undefined;
  // This page's own connection would hold the deletion back until the tab closes.
  await wasOpen
    ?.then(({ store }) => store("readonly", (objects) => objects.transaction.db.close()))
    .catch(() => undefined);
  if (typeof indexedDB === "undefined") return;
  await new Promise<void>((resolve) => {
    try {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
      // Another tab holds it open: it is deleted once that tab lets go; nothing here to wait for.
      request.onblocked = () => resolve();
    } catch {
      resolve();
    }
  });
}
