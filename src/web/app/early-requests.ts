import { localDateOf } from "../../core/dates/local-date.js";
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
}

export class EarlyAnswers {
  readonly #waiting = new Map<string, Waiting>();
  readonly #fetch: Fetcher;
  readonly #now: () => number;

  constructor(fetcher: Fetcher, now: () => number) {
    this.#fetch = fetcher;
    this.#now = now;
  }

  /**
   * Starts a GET of each path. With `gate`, each waits for it and is not sent at all when it
   * answers false: the screen's data is asked for only once the session says someone is signed
   * in, so a signed-out visit sends nothing the server must refuse.
   */
  start(paths: readonly string[], init: RequestInit, gate?: Promise<boolean>): void {
    for (const path of paths) {
      const send = () =>
        this.#fetch(path, init).then(
          (response) => (response.ok ? response : undefined),
          () => undefined,
        );
      const answer = gate === undefined ? send() : gate.then((open) => (open ? send() : undefined));
      this.#waiting.set(path, { startedAt: this.#now(), answer });
    }
  }

  /**
   * Whether the early answer to the session (not yet handed out) says someone is signed in; read
   * from a copy, so the app still gets the answer whole.
   */
  signedIn(sessionPath: string): Promise<boolean> {
    const waiting = this.#waiting.get(sessionPath);
    if (waiting === undefined) return Promise.resolve(false);
    return waiting.answer.then(
      async (response) => {
        if (response === undefined) return false;
        const state: unknown = await response.clone().json();
        return typeof state === "object" && state !== null && "user" in state && !!state.user;
      },
      () => false,
    );
  }

  /**
   * The early answer to a GET of `path`, handed out once; undefined when there is none to use
   * (never started, already taken, or too old), and a promise of undefined when it failed.
   */
  take(path: string): Promise<Response | undefined> | undefined {
    const waiting = this.#waiting.get(path);
    if (waiting === undefined) return undefined;
    this.#waiting.delete(path);
    if (this.#now() - waiting.startedAt > EARLY_FRESH_MS) return undefined;
    return waiting.answer;
  }

  /** A write is on its way: no answer from before it may be shown after it. */
  discardAll(): void {
    this.#waiting.clear();
  }
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

export function takeEarly(path: string): Promise<Response | undefined> | undefined {
  return early.take(path);
}

export function discardEarly(): void {
  early.discardAll();
}
