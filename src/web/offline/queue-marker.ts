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
