import type { Store } from "../db/database.js";
import { type ReadCache, readCache } from "../db/read-cache.js";
import { batchPerTurn } from "../db/turn-batch.js";
import { type ActiveSession, findActiveSession, findActiveSessions } from "./session.repository.js";

/*
 * How the guard (session-guard.ts) finds the session a request carries, per engine: SQLite keeps
 * the answer until the next write, PostgreSQL, which other processes share, asks every time.
 */
type SessionLookup = (tokenHash: string, now: string) => Promise<ActiveSession | undefined>;

const sessionLookups = new WeakMap<Store, SessionLookup>();

/** How this store looks a session up; every signed-in request does. */
export function lookupOf(store: Store): SessionLookup {
  let lookup = sessionLookups.get(store);
  if (!lookup) {
    lookup = store.changes ? cachedLookup(store) : batchedLookup(store);
    sessionLookups.set(store, lookup);
  }
  return lookup;
}

// SQLite: the answer stays good until anything is written (db/read-cache.ts).
function cachedLookup(store: Store): SessionLookup {
  const cache: ReadCache<ActiveSession | undefined> = readCache(store);
  return (tokenHash, now) =>
    cache.read(tokenHash, () => findActiveSession(store.db, tokenHash, now));
}

/*
 * PostgreSQL, which other processes may share: asked every time, but the lookups of the requests
 * that arrive in one turn go as one statement (db/turn-batch.ts), so under load a round trip
 * and its bookkeeping are shared instead of paid per request. Each request is still answered by
 * a statement sent after it arrived: a sign-out anywhere is seen by the next request everywhere.
 */
function batchedLookup(store: Store): SessionLookup {
  const lookup = batchPerTurn<{ tokenHash: string; now: string }, ActiveSession | undefined>(
    async (asked) => {
      // The earliest moment of the batch: a session that ended between it and a later request's
      // moment is found here and refused by that request's own check in resolveSession.
      let now = asked[0]?.now ?? "";
      for (const a of asked) if (a.now < now) now = a.now;
      const tokenHashes = [...new Set(asked.map((a) => a.tokenHash))];
      const found = await findActiveSessions(store.sessionLookups ?? store.db, tokenHashes, now);
      return asked.map((a) => found.get(a.tokenHash));
    },
  );
  return (tokenHash, now) => lookup({ tokenHash, now });
}
