import type { Store } from "../db/database.js";

/*
 * Whose each session is, as this process last saw it: the hint that lets a route whose own
 * statement checks the session (SessionClaim, session-guard.ts) skip the guard's lookup. A hint,
 * never a decision: the statement decides whether the session is still good, so a stale or
 * missing entry costs one lookup, never a wrong answer. Bounded, and emptied when full.
 */
const MAX_OWNERS = 10_000;
const ownersByStore = new WeakMap<Store, Map<string, string>>();

export function ownersOf(store: Store): Map<string, string> {
  let owners = ownersByStore.get(store);
  if (!owners) {
    owners = new Map();
    ownersByStore.set(store, owners);
  }
  return owners;
}

export function rememberOwner(store: Store, tokenHash: string, userId: string): void {
  const owners = ownersOf(store);
  if (owners.size >= MAX_OWNERS && !owners.has(tokenHash)) owners.clear();
  owners.set(tokenHash, userId);
}
