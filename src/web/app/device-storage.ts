import { useSyncExternalStore } from "react";

/**
 * Whether this browser lets Reconnect keep anything on the device. A full disk, storage turned off
 * for the site, or a broken profile make every write throw; the app still opens and works online,
 * and says once what it cannot do (keep unsaved typing, work offline) instead of failing quietly.
 */
let failing = false;
const listeners = new Set<() => void>();

const PROBE_KEY = "reconnect:storage-check";

/** Writes, reads back and removes one small value; called once when the app starts. */
export function checkDeviceStorage(): void {
  try {
    const store = window.localStorage;
    store.setItem(PROBE_KEY, "1");
    const back = store.getItem(PROBE_KEY);
    store.removeItem(PROBE_KEY);
    if (back !== "1") reportStorageProblem();
  } catch {
    reportStorageProblem();
  }
}

/** For any store that finds it cannot keep what it was given (local storage, IndexedDB). */
export function reportStorageProblem(): void {
  if (failing) return;
  failing = true;
  for (const listener of listeners) listener();
}

export function useStorageProblem(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => failing,
  );
}
