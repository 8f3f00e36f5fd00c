import { useSyncExternalStore } from "react";
import { loadNewRelease, mayReloadForRelease } from "./release.js";
import { cameBackOrForward, leaveForNewEntry, startAtTop } from "./scroll-back.js";

const listeners = new Set<() => void>();

// Focus moves to the new screen's heading only after the person goes somewhere; on first load it
// stays at the top of the page so the skip link is the first thing a keyboard reaches. A page the
// browser's Back or Forward opened anew (back from the crisis page, a whole page of the server's)
// is such a move: left on the page's body, focus would say nothing of where the person is now.
let movedByPerson = openedByBackOrForward();

function openedByBackOrForward(): boolean {
  const [entry] = performance.getEntriesByType("navigation");
  return entry instanceof PerformanceNavigationTiming && entry.type === "back_forward";
}

function notify(): void {
  for (const listener of listeners) listener();
}

// Back and Forward open a screen as a link does: its heading takes focus. Where the page is then
// scrolled (the entry's own place, or its top with the heading in view) is scroll-back.ts's to say,
// told first, while the page still shows the screen being left.
window.addEventListener("popstate", () => {
  cameBackOrForward();
  movedByPerson = true;
  notify();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function currentPath(): string {
  return window.location.pathname;
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** `replace` is for redirects the person did not ask for: they should not fill the back button. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  // After an update, the next place the person goes opens as a whole new page, so it is the new
  // release that draws it: nothing is lost, as they were leaving this screen anyway.
  if (!options.replace && mayReloadForRelease()) {
    void loadNewRelease(to);
    return;
  }
  // This screen's place is kept for Back; the next entry gets a key of its own.
  const state = leaveForNewEntry(to);
  if (options.replace) {
    window.history.replaceState(state, "", to);
  } else {
    window.history.pushState(state, "", to);
    movedByPerson = true;
    startAtTop();
  }
  notify();
}

export function shouldFocusNewScreen(): boolean {
  return movedByPerson;
}

/**
 * For a screen that takes another's place at the person's asking without a new address (the
 * question before signing out, and the screen it gives back): its heading takes focus as after
 * any move, even when the app was opened on that screen.
 */
export function screenChangedByPerson(): void {
  movedByPerson = true;
}
