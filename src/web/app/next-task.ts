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
