// How far down each entry of the tab's history its screen was left, by the entry's own key (kept
// in `history.state`, which the tab keeps across reloads). By address, two visits to one screen
// shared one place: Back to the first showed the second's. Pure, so it is tested without a page;
// scroll-back.ts reads and writes it. No zod: this runs from the page's tiny entry (main.tsx).

/** The key an entry's state carries; the rest of the state is left as it was. */
export const ENTRY_KEY = "reconnectEntry";

/**
 * How many places are kept: far more than anyone goes back through, and the oldest go first, so
 * a long day in one tab never fills the tab's storage.
 */
export const MOST_PLACES = 50;

/** Oldest first: [entry key, pixels down]. Only places below the top are kept. */
export type Places = readonly (readonly [string, number])[];

/** The places kept in storage, or none when what is there is not places (an older release's). */
export function readPlaces(text: string | null): Places {
  let kept: unknown;
  try {
    kept = JSON.parse(text ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(kept)) return [];
  const places: (readonly [string, number])[] = [];
  for (const item of kept) {
    if (!Array.isArray(item) || item.length !== 2) continue;
    const [key, y]: unknown[] = item;
    if (typeof key === "string" && typeof y === "number" && Number.isFinite(y) && y > 0) {
      places.push([key, Math.round(y)]);
    }
  }
  return places.slice(-MOST_PLACES);
}

/**
 * The places with this entry's put last (the newest). Left at the top, the entry's place is
 * dropped: an older one must not pull it down when it comes back.
 */
export function withPlace(places: Places, key: string, y: number, most = MOST_PLACES): Places {
  const others = places.filter(([kept]) => kept !== key);
  const place = Math.round(y);
  const all = place > 0 ? [...others, [key, place] as const] : others;
  return all.slice(Math.max(0, all.length - most));
}

/** Where this entry was left, when it was left below the top. */
export function placeOf(places: Places, key: string): number | undefined {
  return places.find(([kept]) => kept === key)?.[1];
}

/** The entry's key, when its state carries one. */
export function keyOfState(state: unknown): string | undefined {
  if (typeof state !== "object" || state === null) return undefined;
  const key: unknown = (state as Record<string, unknown>)[ENTRY_KEY];
  return typeof key === "string" && key !== "" ? key : undefined;
}

/** The entry's state with this key, anything else it carried kept. */
export function stateWithKey(state: unknown, key: string): Record<string, unknown> {
  const rest = typeof state === "object" && state !== null && !Array.isArray(state) ? state : {};
  return { ...rest, [ENTRY_KEY]: key };
}
