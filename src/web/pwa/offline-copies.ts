import { PERSONAL_CACHE } from "./cache-names.js";

/**
 * The answers kept on the device for reading with no network: who is signed in (so the app opens),
 * the safety plan, and the check-ins last seen (each range as it was asked for, so the check-in
 * and history screens can show what they last saw). Nothing else of the person's is kept, and
 * signing out deletes these. They live in Cache Storage, never the HTTP cache (every /api answer
 * is `no-store`).
 */
const KEPT = new Set(["/api/session", "/api/safety-plan", "/api/checkins/span"]);
const KEPT_PREFIXES = ["/api/checkins?"];

/** Set on a kept copy: when it was the server's answer, so a screen can say how old it is. */
export const KEPT_AT_HEADER = "x-reconnect-kept-at";

function kept(path: string): boolean {
  return KEPT.has(path) || KEPT_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * Counts sign-outs in this page, so an answer that was on its way while the person signed out is
 * not kept after the copies were deleted.
 */
let clearings = 0;

function available(): boolean {
  return typeof caches !== "undefined";
}

/** Keeps a copy of a successful answer; a full or broken storage just means no copy. */
export function keepOfflineCopy(path: string, response: Response): void {
  if (!kept(path) || !available()) return;
  const keptAt = new Date().toISOString();
  const asOf = clearings;
  response
    .clone()
    .text()
    .then((body) => put(path, body, response.status, response.headers, keptAt, asOf))
    .catch(() => undefined);
}

/**
 * Keeps `body` as the answer `path` would give, for an answer the app already holds without
 * asking again: who just signed in, so losing the signal right after still opens the app.
 */
export function keepOfflineAnswer(path: string, body: unknown): void {
  if (!kept(path) || !available()) return;
  const headers = new Headers({ "content-type": "application/json; charset=utf-8" });
  put(path, JSON.stringify(body), 200, headers, new Date().toISOString(), clearings).catch(
    () => undefined,
  );
}

async function put(
  path: string,
  body: string,
  status: number,
  answered: Headers,
  keptAt: string,
  asOf: number,
): Promise<void> {
  const headers = new Headers(answered);
  headers.set(KEPT_AT_HEADER, keptAt);
  if (asOf !== clearings) return;
  const cache = await caches.open(PERSONAL_CACHE);
  if (asOf !== clearings) return;
  await cache.put(path, new Response(body, { status, headers }));
}

/** The kept answer for `path`, for when the network is not there. */
export async function offlineCopy(path: string): Promise<Response | undefined> {
  if (!kept(path) || !available()) return undefined;
  try {
    const cache = await caches.open(PERSONAL_CACHE);
    return await cache.match(path);
  } catch {
    return undefined;
  }
}

/** Deletes every kept answer: on sign-out, so a shared phone keeps nothing of the person. */
export async function clearOfflineCopies(): Promise<void> {
  clearings += 1;
  if (!available()) return;
  try {
    await caches.delete(PERSONAL_CACHE);
  } catch {
    // Storage that cannot be opened holds nothing to delete.
  }
}
