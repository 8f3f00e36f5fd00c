/**
 * Resolves in a later task of the browser's event loop. A screen whose data is already here
 * (fetched early, while the app downloaded) would otherwise draw its frame and its data in one
 * long task; awaited between the two, the frame can paint and a tap be answered in between.
 */
export function nextTask(): Promise<void> {
  // `scheduler.yield` (Chromium) puts the rest ahead of other waiting tasks; elsewhere a timer.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Longest wait for a paint: a hidden tab draws no frames, and must not wait for one forever. */
const PAINT_WAIT_MS = 100;

/**
 * Resolves in a task after the browser has drawn its next frame (or after 100 ms, whichever is
 * first). What a screen draws before awaiting this is painted on its own: the check-in form's
 * words count as the page's largest paint before the day's answers, and the files they bring
 * with them, are drawn (issue 13).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PAINT_WAIT_MS);
    if (typeof requestAnimationFrame !== "function") return;
    // The frame callback runs just before the paint; a task queued from it runs after it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
