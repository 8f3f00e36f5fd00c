import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeLocalStorage } from "../../../test/support/local-storage.js";
import type { QueuedCheckin } from "./queue-rules.js";
import { clearQueue, enqueue, readQueue, replaceQueued } from "./queue-store.js";
import { FIRST_RETRY_MS, type RetryBackoff, retryBackoff } from "./retry-backoff.js";
import { keepMine, retryHelps, syncQueue } from "./sync.js";

const DAY = "2026-12-05";
const EARLIER = "2026-12-04";
const ELSEWHERE = "2026-12-05T09:00:00.000Z";

/** What the server does with a send: answer it, or not be there at all. */
type Server = "away" | "signed-out" | "answering";

/**
 * The sending loop as the sync panel runs it (OfflineSync.tsx), on the real queue, sync and
 * backoff: only the network is made up. A frozen clock moves the backoff; each run is awaited
 * before the clock moves on, as the device's storage answers on its own schedule.
 */
function sendingLoop(accountId: string) {
  const runs: Promise<unknown>[] = [];
  let started = 0;
  const run = () => {
    started += 1;
    runs.push(syncQueue(accountId, true).then((state) => backoff.settled(retryHelps(state))));
  };
  const backoff: RetryBackoff = retryBackoff({ retry: run, mayTry: () => true });
  return {
    backoff,
    /** A run started by an event: the panel appearing, a screen change, a choice made. */
    run,
    /** How many runs have started, by an event or by the backoff. */
    started: () => started,
    async settle() {
      while (runs.length > 0) await runs.shift();
    },
    /** Lets `ms` of the page's clock pass, a second at a time. */
    async pass(ms: number) {
      for (let passed = 0; passed < ms; passed += 1_000) {
        await vi.advanceTimersByTimeAsync(1_000);
        await this.settle();
      }
    },
  };
}

describe("trying again only while trying can help", () => {
  let server: Server;
  let sends: { date: string; ifMatch: string | null; ifNoneMatch: string | null }[];

  beforeEach(() => {
    // Only the timers and the clock are frozen: the stored queue answers as it always does.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    vi.stubGlobal("indexedDB", new IDBFactory());
    vi.stubGlobal("localStorage", fakeLocalStorage());
    server = "away";
    sends = [];
    vi.stubGlobal("fetch", async (path: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      const date = path.split("/").pop() ?? "";
      sends.push({
        date,
        ifMatch: headers.get("If-Match"),
        ifNoneMatch: headers.get("If-None-Match"),
      });
      if (server === "away") throw new TypeError("Failed to fetch");
      if (server === "signed-out") {
        return Response.json(
          { error: { code: "unauthorized", message: "Please sign in again." } },
          { status: 401 },
        );
      }
      const input = JSON.parse(String(init.body)) as Record<string, unknown>;
      return Response.json({
        ...input,
        date,
        connections: [],
        updatedAt: new Date().toISOString(),
      });
    });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await clearQueue();
    vi.unstubAllGlobals();
  });

  async function queued(date: string, mood: number): Promise<QueuedCheckin> {
    return enqueue({ accountId: "u1", date, input: { mood }, base: null, queuedAt: ELSEWHERE });
  }

  it("stops once the session has ended, keeps the check-in, and sends it once signed in again", async () => {
    await queued(DAY, 4);
    const loop = sendingLoop("u1");
    server = "signed-out";
    loop.run();
    await loop.settle();
    expect(sends).toHaveLength(1);

    // Ten minutes on the sign-in screen: trying again cannot help, and costs a request each time.
    await loop.pass(10 * 60_000);
    expect(sends).toHaveLength(1);
    expect((await readQueue()).items.map((item) => item.date)).toEqual([DAY]);

    // Signed in again, with the server away for a moment: the panel's first run starts the backoff.
    server = "away";
    loop.run();
    await loop.settle();
    expect(sends).toHaveLength(2);
    server = "answering";
    await loop.pass(FIRST_RETRY_MS);
    expect(sends).toHaveLength(3);
    expect((await readQueue()).items).toEqual([]);
    loop.backoff.stop();
  });

  it("tries nothing while the only check-in left waits for the person's choice", async () => {
    const item = await queued(DAY, 4);
    await replaceQueued({
      ...item,
      state: "conflict",
      current: { date: DAY, mood: 7, connections: [], updatedAt: ELSEWHERE },
    });
    const loop = sendingLoop("u1");
    loop.run();
    await loop.settle();
    await loop.pass(10 * 60_000);
    // No run at all after the first, not only no send: a conflict is never sent by a run anyway,
    // so only the count of runs shows whether the backoff kept trying.
    expect(loop.started()).toBe(1);
    expect(sends).toEqual([]);
    loop.backoff.stop();
  });

  it("keeps trying for the other days while one waits for a choice", async () => {
    const item = await queued(DAY, 4);
    await replaceQueued({ ...item, state: "conflict", current: null });
    await queued(EARLIER, 2);
    const loop = sendingLoop("u1");
    loop.run();
    await loop.settle();
    server = "answering";
    await loop.pass(FIRST_RETRY_MS);
    expect(sends.map((send) => send.date)).toEqual([EARLIER, EARLIER]);
    expect((await readQueue()).items.map((left) => left.state)).toEqual(["conflict"]);
    loop.backoff.stop();
  });

  it("a choice made while the server is away is kept, and sent over the version shown once it answers", async () => {
    const item = await queued(DAY, 4);
    const chosen: QueuedCheckin = {
      ...item,
      state: "conflict",
      current: { date: DAY, mood: 7, connections: [], updatedAt: ELSEWHERE },
    };
    await replaceQueued(chosen);
    const loop = sendingLoop("u1");
    loop.run();
    await loop.settle();
    expect(sends).toEqual([]);

    // "Keep this device's", with no server to take it: the choice is not lost with the request.
    await keepMine(chosen);
    loop.backoff.restart();
    loop.run();
    await loop.settle();
    expect(sends).toHaveLength(1);
    expect((await readQueue()).items.map((left) => left.state)).toEqual(["waiting"]);

    server = "answering";
    await loop.pass(FIRST_RETRY_MS);
    // Saved over the version the person was shown: a day changed again since is asked about again.
    expect(sends.at(-1)).toEqual({ date: DAY, ifMatch: `"${ELSEWHERE}"`, ifNoneMatch: null });
    expect((await readQueue()).items).toEqual([]);
    loop.backoff.stop();
  });
});
