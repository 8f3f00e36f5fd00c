import { CLEARED_CACHE, PERSONAL_CACHE } from "./cache-names.js";

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

/**
 * Set on a kept copy: the account it is the answer for. Copies are the browser's, shared by every
 * tab, and one tab's answer can land just after someone else signed in in another: a page reads
 * only the copies of the account it names, so nobody is shown another person's words offline.
 */
export const KEPT_FOR_HEADER = "x-reconnect-kept-for";

/** Where the app asks who is signed in, answered by a page that names nobody yet. */
const SESSION_PATH = "/api/session";

function kept(path: string): boolean {
  return KEPT.has(path) || KEPT_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * Counts sign-outs in this page, so an answer that was on its way while the person signed out is
 * not kept after the copies were deleted.
 */
let clearings = 0;

/** Where in `CLEARED_CACHE` the time of the last letting-go is kept. */
const CLEARED_PATH = "/copies-cleared";

/**
 * Now, on the wall clock every tab of the browser reads alike: when a request was asked, and when
 * copies were let go, so the two can be compared across tabs. Not the page's own high-resolution
 * clock: its origin is fixed per page and its ticks stop while a device sleeps, so a tab opened
 * before a phone slept would run hours behind one opened after, and its times compare wrongly.
 */
export function copiesClock(): number {
  return Date.now();
}

async function readCleared(): Promise<number> {
  const kept = await (await caches.open(CLEARED_CACHE)).match(CLEARED_PATH);
  const at = kept === undefined ? 0 : Number(await kept.text());
  return Number.isFinite(at) ? at : 0;
}

/** This page's read of the note under way, and the one that follows it, shared by every caller. */
let reading: Promise<number> | undefined;
let readingNext: Promise<number> | undefined;

/**
 * When copies were last let go, in any tab, as read from storage after this call began. Answers
 * land together (a page opening asks four at once) and each looks before and after it is
 * written: they share one read instead of one each. Never a read begun before the call: another
 * tab may note a letting-go at any moment, and a copy's look after it is written is what
 * guarantees either it sees that note or the deleting removed it (see noteCleared). So a call
 * made while a read is under way waits for the next one, shared by all such calls, and nothing
 * is kept between reads.
 */
function lastCleared(): Promise<number> {
  if (reading === undefined) {
    reading = readCleared().finally(() => {
      reading = undefined;
    });
    return reading;
  }
  readingNext ??= reading
    .catch(() => 0)
    .then(() => {
      readingNext = undefined;
      return lastCleared();
    });
  return readingNext;
}

/**
 * Notes that copies are let go at `at`, for every tab, before any is deleted: a tab writing a copy
 * looks at this after writing, so either it sees the note and lets its copy go, or its copy was
 * there before the deleting began and went with it.
 */
async function noteCleared(at: number): Promise<void> {
  try {
    if ((await lastCleared()) >= at) return;
    await (await caches.open(CLEARED_CACHE)).put(CLEARED_PATH, new Response(String(at)));
  } catch {
    // Storage that cannot be written keeps no copy to guard either.
  }
}

/**
 * Whether copies were let go, in any tab, after an answer was asked for at `askedAt`: such an
 * answer may be the person's who left (their sign-out), or may name the wrong person as signed in
 * (someone else's sign-in since), and is not kept. Storage that cannot be read says yes.
 */
async function clearedSince(askedAt: number): Promise<boolean> {
  try {
    return (await lastCleared()) > askedAt;
  } catch {
    return true;
  }
}

function available(): boolean {
  return typeof caches !== "undefined";
}

/**
 * Keeps a copy of a successful answer to a request naming `account` (null when it named none),
 * asked for at `askedAt` (`copiesClock`); a full or broken storage just means no copy.
 */
export function keepOfflineCopy(
  path: string,
  response: Response,
  account: string | null,
  askedAt: number,
): void {
  if (!kept(path) || !available()) return;
  const keptAt = new Date().toISOString();
  const asOf = clearings;
  response
    .clone()
    .text()
    .then((body) =>
      put(path, body, response.status, response.headers, { keptAt, asOf, askedAt, account }),
    )
    .catch(() => undefined);
}

/**
 * Keeps `body` as the answer `path` would give, for an answer the app already holds without
 * asking again: who just signed in, so losing the signal right after still opens the app.
 */
export function keepOfflineAnswer(path: string, body: unknown): void {
  if (!kept(path) || !available()) return;
  const headers = new Headers({ "content-type": "application/json; charset=utf-8" });
  const keptAt = new Date().toISOString();
  put(path, JSON.stringify(body), 200, headers, {
    keptAt,
    asOf: clearings,
    askedAt: copiesClock(),
    account: null,
  }).catch(() => undefined);
}

/**
 * Whose answer a copy is. The session's is whoever it says is signed in, whatever the request
 * named (it is answered to anyone who asks); every other answer is the named account's, as the
 * server refuses a request naming someone other than the session's person. An answer asked for
 * naming nobody is nobody's: no page reads it.
 */
function ownerOf(path: string, body: string, account: string | null): string {
  if (path !== SESSION_PATH) return account ?? "";
  try {
    const state: unknown = JSON.parse(body);
    if (typeof state !== "object" || state === null || !("user" in state)) return "";
    const { user } = state;
    if (typeof user !== "object" || user === null || !("id" in user)) return "";
    return typeof user.id === "string" ? user.id : "";
  } catch {
    return "";
  }
}

/** Of a copy on its way: when it is kept, this page's clearings then, when it was asked, whose. */
interface Keeping {
  keptAt: string;
  asOf: number;
  askedAt: number;
  account: string | null;
}

async function put(
  path: string,
  body: string,
  status: number,
  answered: Headers,
  { keptAt, asOf, askedAt, account }: Keeping,
): Promise<void> {
  const headers = new Headers(answered);
  headers.set(KEPT_AT_HEADER, keptAt);
  headers.set(KEPT_FOR_HEADER, ownerOf(path, body, account));
  // Let go since it was asked for, here or in another tab (the copies are the browser's): an
  // answer to one tab's "who is signed in" that lands after someone else signed in in another
  // would otherwise be kept over theirs, and a tab opened offline would open as the wrong person.
  const stale = async () => asOf !== clearings || (await clearedSince(askedAt));
  if (await stale()) return;
  const cache = await caches.open(PERSONAL_CACHE);
  if (asOf !== clearings) return;
  await cache.put(path, new Response(body, { status, headers }));
  // A clearing that ran while the copy was being written looked before it was there: it goes
  // now, unless a newer copy has taken its place meanwhile.
  if ((await stale()) && (await cache.match(path))?.headers.get(KEPT_AT_HEADER) === keptAt) {
    await cache.delete(path);
  }
}

/**
 * The kept answer for `path`, for when the network is not there, read by a page naming
 * `account` (null when it names nobody yet). Only that account's copy is given: one of someone
 * else's (an answer to another tab that landed after this person signed in) is as good as none.
 * A page naming nobody is opening, and reads only who was last signed in here, which tells it
 * whose copies to read next.
 */
export async function offlineCopy(
  path: string,
  account: string | null,
): Promise<Response | undefined> {
  if (!kept(path) || !available()) return undefined;
  try {
    const cache = await caches.open(PERSONAL_CACHE);
    const copy = await cache.match(path);
    if (copy === undefined) return undefined;
    if (account === null) return path === SESSION_PATH ? copy : undefined;
    const owner = copy.headers.get(KEPT_FOR_HEADER) ?? (await ownerBeforeNames(cache));
    return owner === account ? copy : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whose a copy kept by an earlier version of the app is: it names nobody, but signing in then
 * let every copy go, so the copies there are the last person's who signed in, whom the kept
 * session names. Without this, the first open offline after an update would find the safety
 * plan and the check-ins unreadable until the person had been online once.
 */
async function ownerBeforeNames(cache: Cache): Promise<string> {
  const session = await cache.match(SESSION_PATH);
  if (session === undefined || session.headers.get(KEPT_FOR_HEADER) !== null) return "";
  return ownerOf(SESSION_PATH, await session.text(), null);
}

/**
 * Deletes one person's kept answers and nobody else's: their session was ended from "Your data"
 * (signed out everywhere, or the account erased). A copy whose owner cannot be read goes too.
 */
export function clearOfflineCopiesOf(account: string): Promise<void> {
  return lettingGo(async () => {
    const cache = await caches.open(PERSONAL_CACHE);
    await deleteCopies(cache, (owner) => owner === null || owner === account);
  });
}

/**
 * Deletes the kept answers on a sign-out of `account` that the server did not answer, so it cannot
 * say whose the browser's session is now. Should the kept session name someone else (on a shared
 * browser, signed in in another tab after this page's person), theirs stay: they are still signed
 * in, and with no network they open their own safety plan from these. Everything else goes, as on
 * any sign-out, so a shared phone keeps nothing of the person who left.
 */
export function clearOfflineCopiesAtSignOut(account: string): Promise<void> {
  return lettingGo(async () => {
    const cache = await caches.open(PERSONAL_CACHE);
    const signedIn = (await cache.match(SESSION_PATH))?.headers.get(KEPT_FOR_HEADER) ?? "";
    if (signedIn === "" || signedIn === account) await caches.delete(PERSONAL_CACHE);
    else await deleteCopies(cache, (owner) => owner !== signedIn);
  });
}

/** Deletes every kept answer: on sign-out, so a shared phone keeps nothing of the person. */
export function clearOfflineCopies(): Promise<void> {
  return lettingGo(async () => {
    await caches.delete(PERSONAL_CACHE);
  });
}

/**
 * Lets kept answers go by `deleting`: an answer on its way now, in this tab or any other, is not
 * kept after them (noteCleared, noted before anything is deleted).
 */
async function lettingGo(deleting: () => Promise<void>): Promise<void> {
  const at = copiesClock();
  clearings += 1;
  if (!available()) return;
  await noteCleared(at);
  try {
    await deleting();
  } catch {
    // Storage that cannot be opened holds nothing to delete.
  }
}

/** Deletes the copies in `cache` whose owner (null: none named) `goes` says go. */
async function deleteCopies(cache: Cache, goes: (owner: string | null) => boolean): Promise<void> {
  for (const request of await cache.keys()) {
    const copy = await cache.match(request);
    if (goes(copy?.headers.get(KEPT_FOR_HEADER) ?? null)) await cache.delete(request);
  }
}
