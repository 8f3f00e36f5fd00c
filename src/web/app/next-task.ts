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

/**
 * Longest wait for a paint. A hidden tab draws no frames and is not waited on at all; this only
 * bounds a visible page whose frames are starved (a very busy phone), which draws the answers a
 * little later rather than never.
 */
const PAINT_WAIT_MS = 1000;

/**
 * Resolves in a task after the browser has drawn its next frame; at once in a hidden tab, which
 * draws none. What a screen draws before awaiting this is painted on its own: the check-in
 * form's words count as the page's largest paint before the day's answers, and the files they
 * bring with them, are drawn (issue 13).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== "function" || typeof document === "undefined") {
      setTimeout(resolve, 0);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", done);
      resolve();
    };
    if (document.visibilityState === "hidden") {
      setTimeout(done, 0);
      return;
    }
    timer = setTimeout(done, PAINT_WAIT_MS);
    document.addEventListener("visibilitychange", done);
    // The frame callback runs just before the paint; a task queued from it runs after it.
    requestAnimationFrame(() => setTimeout(done, 0));
  });
}
