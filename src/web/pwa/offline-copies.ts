import { PERSONAL_CACHE } from "./cache-names.js";

/**
 * The answers kept on the device for reading with no network: who is signed in (so the app opens)
 * and the safety plan. Nothing else of the person's is kept, and signing out deletes these.
 * They live in Cache Storage, never the HTTP cache (every /api answer is `no-store`).
 */
const KEPT = new Set(["/api/session", "/api/safety-plan"]);

function available(): boolean {
  return typeof caches !== "undefined";
}

/** Keeps a copy of a successful answer; a full or broken storage just means no copy. */
export function keepOfflineCopy(path: string, response: Response): void {
  if (!KEPT.has(path) || !available()) return;
  const copy = response.clone();
  caches
    .open(PERSONAL_CACHE)
    .then((cache) => cache.put(path, copy))
    .catch(() => undefined);
}

/** The kept answer for `path`, for when the network is not there. */
export async function offlineCopy(path: string): Promise<Response | undefined> {
  if (!KEPT.has(path) || !available()) return undefined;
  try {
    const cache = await caches.open(PERSONAL_CACHE);
    return await cache.match(path);
  } catch {
    return undefined;
  }
}

/** Deletes every kept answer: on sign-out, so a shared phone keeps nothing of the person. */
export async function clearOfflineCopies(): Promise<void> {
  if (!available()) return;
  try {
    await caches.delete(PERSONAL_CACHE);
  } catch {
    // Storage that cannot be opened holds nothing to delete.
  }
}
