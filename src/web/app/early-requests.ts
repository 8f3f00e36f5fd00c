import { localDateOf } from "../../core/dates/local-date.js";
import { requestStarted } from "../api/in-flight.js";
import { earlyPaths, SESSION_PATH } from "./early-paths.js";

/**
 * Requests a screen will make, started by the page's tiny entry before the app's own script has
 * arrived, so a first visit waits on the network and the script side by side instead of one
 * after the other. The app takes an answer from here instead of asking again (api/client.ts).
 *
 * An early answer is never allowed to show something stale: each is used once, only while
 * fresh, only if the server said yes; and any write throws all of them away, since an answer
 * from before a save may not hold what was saved.
 */

/** Older than this, an early answer is asked for again: a page left waiting may have moved on. */
export const EARLY_FRESH_MS = 10_000;

type Fetcher = (path: string, init: RequestInit) => Promise<Response>;

interface Waiting {
  startedAt: number;
  /** The server's answer when it succeeded; undefined when it failed, so the app asks itself. */
  answer: Promise<Response | undefined>;
  /**
   * For a screen's data: the account it was asked as (null when it was not asked at all). An
   * answer is handed out only to a page naming that account. Absent for the session's own
   * question, which is answered whoever asks.
   */
  askedAs?: Promise<string | null>;
}

/** The header naming the page's account on every request (api/client.ts). */
const ACCOUNT_HEADER = "X-Reconnect-Account";

export class EarlyAnswers {
  readonly #waiting = new Map<string, Waiting>();
  readonly #fetch: Fetcher;
  readonly #now: () => number;

  constructor(fetcher: Fetcher, now: () => number) {
    this.#fetch = fetcher;
    this.#now = now;
  }

  /**
   * Starts a GET of each path. With `gate`, each waits for it and is sent naming the account it
   * answers (`X-Reconnect-Account`), or not sent at all when it answers null: the screen's data is
   * asked for only once the session says who is signed in, so a signed-out visit sends nothing
   * the server must refuse, and a sign-in in another tab meanwhile is refused (401
   * `other-account`) rather than answered with the other person's data.
   */
  start(paths: readonly string[], init: RequestInit, gate?: Promise<string | null>): void {
    for (const path of paths) {
      const send = (init: RequestInit) =>
        this.#fetch(path, init).then(
          (response) => (response.ok ? response : undefined),
          () => undefined,
        );
      const startedAt = this.#now();
      // Counted as the app's own from now on: the screen asks for these only once its file has
      // arrived and run, which on a loaded phone can be seconds after the page's load, and work
      // that waits for the screen's answers (the offline copies) must not go in that gap.
      const finished = requestStarted();
      if (gate === undefined) {
        const answer = send(init);
        countUntilRead(answer, finished);
        this.#waiting.set(path, { startedAt, answer });
        continue;
      }
      const answer = gate.then((account) => {
        if (account === null) return undefined;
        const headers = new Headers(init.headers);
        headers.set(ACCOUNT_HEADER, account);
        return send({ ...init, headers });
      });
      countUntilRead(answer, finished);
      this.#waiting.set(path, { startedAt, answer, askedAs: gate });
    }
  }

  /**
   * The account the early answer to the session (not yet handed out) says is signed in, or null;
   * read from a copy, so the app still gets the answer whole.
   */
  signedIn(sessionPath: string): Promise<string | null> {
    const waiting = this.#waiting.get(sessionPath);
    if (waiting === undefined) return Promise.resolve(null);
    return waiting.answer.then(
      async (response) => {
        if (response === undefined) return null;
        const state: unknown = await response.clone().json();
        return accountOf(state);
      },
      () => null,
    );
  }

  /**
   * The early answer to a GET of `path`, handed out once, to a page naming `account` (null when
   * it names none); undefined when there is none to use (never started, already taken, or too
   * old), and a promise of undefined when it failed or was asked as another account.
   */
  take(path: string, account: string | null): Promise<Response | undefined> | undefined {
    const waiting = this.#waiting.get(path);
    if (waiting === undefined) return undefined;
    this.#waiting.delete(path);
    if (this.#now() - waiting.startedAt > EARLY_FRESH_MS) return undefined;
    const { answer, askedAs } = waiting;
    if (askedAs === undefined) return answer;
    return askedAs.then((asked) => (asked === account ? answer : undefined));
  }

  /** A write is on its way: no answer from before it may be shown after it. */
  discardAll(): void {
    this.#waiting.clear();
  }
}

/**
 * Calls `finished` once the answer's body is in: a fetch answers as soon as its headers arrive, and
 * the rest, on a slow connection most of it, follows only as it is read. A copy is read, so the
 * body comes off the network now, not when the screen gets to it, and the app still reads it whole.
 */
function countUntilRead(answer: Promise<Response | undefined>, finished: () => void): void {
  answer
    .then((response) => response?.clone().arrayBuffer())
    .catch(() => undefined)
    .finally(finished);
}

/**
 * When this page's entry began, on the wall clock every tab reads alike: no early request was
 * asked before it, so an answer taken from here counts as asked no later (pwa/offline-copies.ts).
 */
const entryBegan = Date.now();

/** No early answer was asked before this moment. */
export function earlyAskedNoSoonerThan(): number {
  return entryBegan;
}

const early = new EarlyAnswers(
  (path, init) => fetch(path, init),
  () => Date.now(),
);

/** Starts the GETs the screen at `path` will make, as the app itself would send them. */
export function startEarly(path: string): void {
  const today = localDateOf(new Date());
  const init: RequestInit = {
    method: "GET",
    credentials: "same-origin",
    // The same headers as every request of the app's (api/client.ts), so the answer is the same.
    headers: { Accept: "application/json", "X-Local-Date": today },
  };
  early.start([SESSION_PATH], init);
  const data = earlyPaths(path, today).filter((p) => p !== SESSION_PATH);
  // Still long before the app's script has arrived: one round trip on a first visit's download.
  if (data.length > 0) early.start(data, init, early.signedIn(SESSION_PATH));
}

/** The early answer to `path`, for a page naming `account` (see EarlyAnswers.take). */
export function takeEarly(
  path: string,
  account: string | null,
): Promise<Response | undefined> | undefined {
  return early.take(path, account);
}

/** The signed-in account's id in the session's answer (`{"user": {"id"}}`), or null. */
function accountOf(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("user" in state)) return null;
  const { user } = state;
  if (typeof user !== "object" || user === null || !("id" in user)) return null;
  return typeof user.id === "string" ? user.id : null;
}

export function discardEarly(): void {
  early.discardAll();
}
