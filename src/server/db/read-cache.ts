import type { Store } from "./database.js";

/**
 * Answers of a read made on almost every request (the session behind a cookie, a month of
 * check-ins), kept until anything at all is written to the database. Coarse on purpose: one
 * version for the whole database, so there is no list of which write touches which answer to
 * get wrong. Values handed out are shared between requests and must not be changed.
 */
export interface ReadCache<T> {
  read(key: string, load: () => Promise<T>): Promise<T>;
}

const MAX_ENTRIES = 1000;

export function readCache<T>(store: Pick<Store, "dataVersion">): ReadCache<T> {
  const version = store.dataVersion;
  if (!version) return { read: (_key, load) => load() };
  let current = version();
  // Boxed, so an answer that is itself `undefined` (no such session) is kept like any other.
  const entries = new Map<string, { value: T }>();
  return {
    async read(key, load) {
      // Taken before loading: a write that lands while the answer is being read leaves it
      // marked with the older version, so it is read again next time rather than kept stale.
      const seen = version();
      if (seen !== current) {
        entries.clear();
        current = seen;
      } else {
        const hit = entries.get(key);
        if (hit) return hit.value;
      }
      const value = await load();
      if (version() === seen) {
        // Bounded, so many distinct keys (a flood of made-up cookies) cannot grow memory.
        if (entries.size >= MAX_ENTRIES) entries.clear();
        entries.set(key, { value });
      }
      return value;
    },
  };
}
