import { useSyncExternalStore } from "react";

/**
 * Which release of the app this page runs, and whether the server now hands out a newer one.
 * The server names its release on every answer (the `Reconnect-Release` header: the path of the
 * built page's entry script, which changes with any change to the app's code); this page knows its
 * own entry's path. A page opened before an update would otherwise keep talking to an API it was
 * not built for, and fail to find screens whose files the update replaced.
 */
let running: string | undefined;
let newer: string | undefined;
/** The check for a new service worker, started when the newer release is first seen. */
let updating: Promise<unknown> = Promise.resolve();
const listeners = new Set<() => void>();

// Set just before reloading for a release, so a reload that still brings the old page (the new
// service worker not ready yet) asks the person instead of reloading again and again.
const RELOADED_FOR = "reconnect:reloaded-for-release";

/** Called once at start with the path of the script this page started from. */
export function setRunningRelease(entryScriptPath: string): void {
  // Only a built page knows its release: the development server's entry is the source file.
  if (entryScriptPath.endsWith(".js")) running = entryScriptPath;
}

/** Reads the release an answer names; a different one from this page's is remembered. */
export function noticeRelease(response: Response): void {
  const release = response.headers.get("reconnect-release");
  if (release === null || running === undefined || release === running || release === newer) {
    return;
  }
  newer = release;
  // Fetch the new service worker now, so that by the next page load it is the one answering.
  if ("serviceWorker" in navigator) {
    updating = navigator.serviceWorker
      .getRegistration()
      .then((registration) => registration?.update())
      .catch(() => undefined);
  }
  for (const listener of listeners) listener();
}

/** True once the server hands out a newer release than this page. */
export function newerReleaseWaiting(): boolean {
  return newer !== undefined;
}

/**
 * True when a newer release is waiting and this page may reload for it on its own: not when it has
 * already reloaded for that release in this tab and came back still old.
 */
export function mayReloadForRelease(): boolean {
  if (newer === undefined) return false;
  try {
    return window.sessionStorage.getItem(RELOADED_FOR) !== newer;
  } catch {
    // With no session storage a loop could not be noticed: leave it to the person's button.
    return false;
  }
}

export function useNewerRelease(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, newerReleaseWaiting);
}

/**
 * Opens `to` (or this page again) as a whole new page load, once the new service worker is in
 * charge where there is one (waiting at most a few seconds), so the page that loads is the new one.
 */
export async function loadNewRelease(to?: string): Promise<void> {
  try {
    if (newer !== undefined) window.sessionStorage.setItem(RELOADED_FOR, newer);
  } catch {
    // Nothing kept: the page still reloads, once, because the person or a navigation asked.
  }
  await newWorkerInCharge(5_000);
  if (to === undefined) window.location.reload();
  else window.location.assign(to);
}

async function newWorkerInCharge(timeoutMs: number): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const workers = navigator.serviceWorker;
  await updating;
  const registration = await workers.getRegistration().catch(() => undefined);
  if (!registration?.installing && !registration?.waiting) return;
  // The worker takes over as soon as it has installed (it skips waiting and claims the page).
  await new Promise<void>((resolve) => {
    const timer = window.setTimeout(resolve, timeoutMs);
    workers.addEventListener(
      "controllerchange",
      () => {
        window.clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
