/**
 * Answers about one person's data, each kept with the version of that data it was read at: the
 * person's counter in the database (`users.checkins_version`, moved by a trigger in the same
 * transaction as every change), which the session lookup reads on every request anyway. A kept
 * answer is handed out only while the counter the request's own lookup read is the one it was
 * kept with, so the decision to reuse it always comes from the database: any process's write
 * moves the counter, and every process sees it on its next request. This is how PostgreSQL,
 * which several processes may share, answers a repeat read with one round trip instead of two.
 *
 * An answer is kept at least as new as its version: the counter is read (with the session)
 * before the answer, so a write landing in between only makes the answer newer than its mark,
 * and the next request, seeing the newer counter, reads it again.
 *
 * Answers are dropped after `maxAgeMs` whether or not anything changed, so an account erased
 * through another process leaves none of its words in this one's memory for longer than that.
 */
export interface PersonVersionCache<T> {
  read(key: string, version: number, load: () => Promise<T>): Promise<T>;
  /** How many answers are kept right now. */
  readonly size: number;
  /** Drops every answer and stops the sweep: the app is closing. */
  close(): void;
}

export interface PersonVersionCacheLimits<T> {
  /** What one answer costs to keep, in the unit of `budget`. */
  weigh: (value: T) => number;
  /** What all answers together may cost; an answer over a quarter of it is not kept. */
  budget: number;
  /** How long an answer may be kept at all. */
  maxAgeMs: number;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
}

interface Entry<T> {
  version: number;
  value: T;
  weight: number;
  keptAt: number;
}

export function personVersionCache<T>({
  weigh,
  budget,
  maxAgeMs,
  now = Date.now,
}: PersonVersionCacheLimits<T>): PersonVersionCache<T> {
  // A Map keeps insertion order, and a used answer is moved to the end: the first entries are
  // the least recently used, the ones to drop when the budget is reached.
  const entries = new Map<string, Entry<T>>();
  let kept = 0;

  function drop(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    kept -= entry.weight;
  }

  function dropExpired(at: number): void {
    for (const [key, entry] of entries) {
      if (at - entry.keptAt >= maxAgeMs) drop(key);
    }
  }

  // Expired answers go even when nobody asks again: an erased person's month is not left in
  // memory until the budget happens to push it out. Unref'd: it never keeps the process alive.
  const sweep = setInterval(() => dropExpired(now()), maxAgeMs);
  sweep.unref();

  return {
    get size() {
      return entries.size;
    },
    close() {
      clearInterval(sweep);
      entries.clear();
      kept = 0;
    },
    async read(key, version, load) {
      const at = now();
      const hit = entries.get(key);
      if (hit && hit.version === version && at - hit.keptAt < maxAgeMs) {
        entries.delete(key);
        entries.set(key, hit);
        return hit.value;
      }
      const value = await load();
      const weight = weigh(value);
      drop(key);
      if (weight > budget / 4) return value;
      for (const oldest of entries.keys()) {
        if (kept + weight <= budget) break;
        drop(oldest);
      }
      entries.set(key, { version, value, weight, keptAt: at });
      kept += weight;
      return value;
    },
  };
}
