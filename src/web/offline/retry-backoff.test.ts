import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FIRST_RETRY_MS, LONGEST_RETRY_MS, retryBackoff } from "./retry-backoff.js";

describe("trying again to send check-ins while the server does not answer", () => {
  let tries: number[];
  let online: boolean;
  let start: number;

  beforeEach(() => {
    vi.useFakeTimers();
    start = Date.now();
    tries = [];
    online = true;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A loop whose every run fails (the server still away) until `answers` says otherwise. */
  function failingServer(answers = () => false) {
    const backoff = retryBackoff({
      retry: () => {
        tries.push(Date.now() - start);
        backoff.settled(!answers());
      },
      mayTry: () => online,
    });
    return backoff;
  }

  it("waits a few seconds, then twice as long each time, never longer than the cap", async () => {
    const backoff = failingServer();
    backoff.settled(true);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    backoff.stop();

    expect(tries.slice(0, 6)).toEqual([5_000, 15_000, 35_000, 75_000, 155_000, 275_000]);
    const gaps = tries.slice(1).map((at, i) => at - (tries[i] ?? 0));
    expect(Math.max(...gaps)).toBe(LONGEST_RETRY_MS);
    // Ten minutes of a server that stays away: a handful of tries, not a storm.
    expect(tries.length).toBeLessThanOrEqual(8);
  });

  it("stops once nothing waits, and starts over from the short wait next time", async () => {
    let back = false;
    const backoff = failingServer(() => back);
    backoff.settled(true);
    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS + 2 * FIRST_RETRY_MS);
    expect(tries).toEqual([5_000, 15_000]);

    back = true;
    await vi.advanceTimersByTimeAsync(4 * FIRST_RETRY_MS);
    expect(tries).toEqual([5_000, 15_000, 35_000]);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(tries).toHaveLength(3);

    // Another check-in saved while the server is away again.
    back = false;
    start = Date.now();
    tries = [];
    backoff.settled(true);
    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
    expect(tries).toEqual([5_000]);
    backoff.stop();
  });

  it("tries nothing while the browser says it is offline", async () => {
    online = false;
    const backoff = failingServer();
    backoff.settled(true);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(tries).toEqual([]);

    // Gone offline while a try was planned: it is let go, not made.
    online = true;
    backoff.settled(true);
    online = false;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(tries).toEqual([]);
    backoff.stop();
  });

  it("keeps one try planned at a time, however many runs end meanwhile", async () => {
    const backoff = failingServer();
    // Runs started by events (a screen change, a tab shown) end one after another.
    // Each is a failed try, so the waits grow; only the last one's try stays planned.
    backoff.settled(true);
    backoff.settled(true);
    backoff.settled(true);
    await vi.advanceTimersByTimeAsync(4 * FIRST_RETRY_MS);
    expect(tries).toEqual([4 * FIRST_RETRY_MS]);
    backoff.stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(tries).toHaveLength(1);
  });

  it("starts over from the short wait when the network or the page comes back", async () => {
    const backoff = failingServer();
    backoff.settled(true);
    await vi.advanceTimersByTimeAsync(35_000);
    expect(tries).toEqual([5_000, 15_000, 35_000]);
    backoff.restart();
    backoff.settled(true);
    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
    expect(tries).toEqual([5_000, 15_000, 35_000, 40_000]);
    backoff.stop();
  });
});
