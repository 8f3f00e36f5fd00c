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
