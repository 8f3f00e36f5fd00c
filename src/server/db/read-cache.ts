import type { Store } from "./database.js";

/**
 * Answers of a read made on almost every request (the session behind a cookie, a month of
 * check-ins), kept until anything at all is written to the database. Coarse on purpose: one
 * version for the whole database, so there is no list of which write touches which answer to
 * get wrong. Values handed out are shared between requests and must not be changed.
 */
export interface ReadCache<T> {
  read(key: string, load: () => Promise<T>): Promise<T>;
  /** How many answers are kept right now. */
  readonly size: number;
}

export interface ReadCacheLimits<T> {
  /** What one answer costs to keep, in the unit of `budget`. Defaults to 1 per answer. */
  weigh?: (value: T) => number;
  /** What all answers together may cost; an answer over a quarter of it is not kept. */
  budget?: number;
}

export function readCache<T>(
  store: Pick<Store, "changes">,
  { weigh = () => 1, budget = 1000 }: ReadCacheLimits<T> = {},
): ReadCache<T> {
  const changes = store.changes;
  if (!changes) return { read: (_key, load) => load(), size: 0 };
  // Boxed, so an answer that is itself `undefined` (no such session) is kept like any other.
  const entries = new Map<string, { value: T; weight: number }>();
  let kept = 0;
  const forget = () => {
    entries.clear();
    kept = 0;
  };
  // At once, not at the next read: after an account is erased, none of its words stay here.
  changes.onWrite(forget);
  let current = changes.version();
  return {
    get size() {
      return entries.size;
    },
    async read(key, load) {
      // Taken before loading: a write that lands while the answer is being read leaves it
      // marked with the older version, so it is read again next time rather than kept stale.
      const seen = changes.version();
      if (seen !== current) {
        forget();
        current = seen;
      } else {
        const hit = entries.get(key);
        if (hit) return hit.value;
      }
      const value = await load();
      const weight = weigh(value);
      if (changes.version() === seen && weight <= budget / 4) {
        kept -= entries.get(key)?.weight ?? 0;
        if (kept + weight > budget) forget();
        entries.set(key, { value, weight });
        kept += weight;
      }
      return value;
    },
  };
}
