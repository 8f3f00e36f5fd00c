/**
 * Set while anything is queued, so the app opens IndexedDB (and loads the queue's code) only when
 * there is something there: a person who never checks in offline pays nothing for the queue.
 */
const MARKER = "reconnect:offline-queue";

/** Fired on the window when a check-in is queued, so the sync panel appears at once. */
export const QUEUED_EVENT = "reconnect:queued";

/** Fired on the window when queued check-ins reached the server, so a screen showing them reloads. */
export const SYNCED_EVENT = "reconnect:synced";

export function setQueueMarker(on: boolean): void {
  try {
    if (on) localStorage.setItem(MARKER, "1");
    else localStorage.removeItem(MARKER);
  } catch {
    // Without localStorage the app just looks in IndexedDB every time.
  }
}

/** Whether the queue may hold something: true when unsure, so nothing queued is overlooked. */
export function mayHaveQueued(): boolean {
  try {
    return localStorage.getItem(MARKER) !== null;
  } catch {
    return true;
  }
}

/** A kept draft of a day that a queued send moved to the version the server gave it (sync.ts). */
export interface DraftFollowed {
  /** The draft's key (drafts/draft-store.ts). */
  readonly key: string;
  /** The version the draft and the send both named: null when the day had no check-in. */
  readonly from: string | null;
  /** The version the server gave the sent answers. */
  readonly to: string;
}

type DraftFollower = (followed: DraftFollowed) => void;
const draftFollowers = new Set<DraftFollower>();

/**
 * Hears each draft a queued send moves, at the very moment it is moved: a screen that learnt of
 * it only on reloading the day (SYNCED_EVENT, after the queue is written) could write a key
 * pressed in between over the old version, and that save would be asked about as if the day had
 * changed elsewhere. Answers a way to stop hearing.
 */
export function onDraftFollowed(follower: DraftFollower): () => void {
  draftFollowers.add(follower);
  return () => {
    draftFollowers.delete(follower);
  };
}

/** Says a draft was moved; called in the same task as the move, so no key lands in between. */
export function sayDraftFollowed(followed: DraftFollowed): void {
  for (const follower of [...draftFollowers]) follower(followed);
}

/**
 * The version a form showing the draft under `key`, loaded over `base`, now stands over: the
 * send's, once a queued send moved that draft from `base`; `base` otherwise.
 */
export function versionNow(
  key: string | null,
  base: string | null,
  followed: DraftFollowed | null,
): string | null {
  return followed !== null && followed.key === key && followed.from === base ? followed.to : base;
}

/**
 * The moves of one day's draft a form has heard, between its readings of the day. A move stands
 * until a reading of the day already holds it, and no longer: kept after that, a version the form
 * meets again later (the day deleted elsewhere, so none again, as before a first send) was taken
 * for the one the send moved, and the person's next save named a version the day no longer had.
 */
export class HeardMoves {
  private last: { said: DraftFollowed; reading: number } | null = null;
  private readings = 0;

  /** A move heard from onDraftFollowed. */
  hear(said: DraftFollowed): void {
    this.last = { said, reading: this.readings };
  }

  /** A reading of the day begins: answers its number, to give read() when it is in. */
  beginReading(): number {
    this.readings += 1;
    return this.readings;
  }

  /** The reading numbered `reading` is in, with the queued send of the day it found, if any. */
  read(reading: number, queued: { readonly base: string | null } | undefined): void {
    const last = this.last;
    // Heard while the day was being read: what was read may be from before the move.
    if (last === null || last.reading >= reading) return;
    // Heard before: the server and the draft were read after it, so they hold it; only the queue
    // may not, as it is written after the move, and its send still names the version moved from.
    if (queued === undefined || queued.base !== last.said.from) this.last = null;
  }

  /** The version a form showing the draft under `key`, loaded over `base`, now stands over. */
  versionNow(key: string | null, base: string | null): string | null {
    return versionNow(key, base, this.last?.said ?? null);
  }
}
