// A screen reloaded while scrolled down is put back where the person was once
// it is tall enough, not by the browser at the load event. The browser puts the scroll back once,
// at load, before any screen has its data: the page was then only its frame, so it was scrolled
// to the bottom of that short page, footer in view, and the footer moved away as the screen's
// words arrived (plan 0.13, circle 0.16 of a phone's screen), the person left far from where they
// were. Here the page opens at its top, where the screens hold their room as they load, and the
// scroll goes back to the place left when the screen reaches it. A scroll moves nothing on the page.
// No React and no zod: this runs from the page's tiny entry (main.tsx), before the load event.

const KEY = "reconnect:scroll-back";

interface Place {
  path: string;
  y: number;
}

function keptPlace(): Place | undefined {
  try {
    const kept: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? "null");
    if (typeof kept !== "object" || kept === null) return undefined;
    const { path, y } = kept as Partial<Place>;
    return typeof path === "string" && typeof y === "number" && y > 0 ? { path, y } : undefined;
  } catch {
    // Storage turned off or full: the browser puts the scroll back itself, as before.
    return undefined;
  }
}

/**
 * Keeps, as the page goes, how far down its screen the person was. The browser is told then not
 * to put the scroll back itself, as it reads that for the next load of this entry before the
 * page's entry runs; set on a page already loaded, it would only be heeded on the load after.
 */
function keepPlaceOnLeaving(): void {
  window.addEventListener("pagehide", () => {
    try {
      // Left at the top, a place kept from an earlier visit must not pull the next load down.
      if (window.scrollY === 0) {
        window.sessionStorage.removeItem(KEY);
        return;
      }
      const place: Place = { path: window.location.pathname, y: Math.round(window.scrollY) };
      window.sessionStorage.setItem(KEY, JSON.stringify(place));
      window.history.scrollRestoration = "manual";
    } catch {
      // Not kept: the next load of this page is scrolled back by the browser, as before.
    }
  });
  // Kept whole by the browser (Back to a page it held on to): it is just as it was, scroll too.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) window.history.scrollRestoration = "auto";
  });
}

/**
 * Only a reload: on Back or Forward the screen's heading takes focus at the top (router.ts), and
 * scrolling down later would leave focus out of view, the next Tab back at the top.
 */
function reloaded(): boolean {
  const [entry] = performance.getEntriesByType("navigation");
  return entry instanceof PerformanceNavigationTiming && entry.type === "reload";
}

/**
 * How long the page waits to be tall enough. Reading moves nothing the page can hear (a screen
 * reader's cursor, a scrollbar dragged), so a screen that fills in much later, on a slow
 * connection, must not jump under someone who has been reading it for a while.
 */
const WAIT_AT_MOST_MS = 10_000;

/** Set while the page waits to be tall enough for the place kept; ends the wait. */
let stopWaiting: (() => void) | undefined;

/**
 * Takes over putting the scroll back when this load is the page last left scrolled down, reloaded: called
 * once, as the page's entry runs, before the browser would put it back itself at the load event.
 */
export function scrollBackWhenDrawn(): void {
  keepPlaceOnLeaving();
  const place = keptPlace();
  if (place === undefined || place.path !== window.location.pathname || !reloaded()) {
    // Anywhere else (another address, a link followed), the browser scrolls as it always has.
    window.history.scrollRestoration = "auto";
    return;
  }
  const reached = () => {
    const room = document.documentElement.scrollHeight - window.innerHeight;
    if (room < place.y) return;
    window.scrollTo(0, place.y);
    stop();
  };
  const watch = new ResizeObserver(reached);
  // Once the person scrolls, taps or types, or goes elsewhere, the page is theirs: it is not
  // scrolled under them later. A screen that came back shorter than it was is left at its top.
  const byPerson = ["wheel", "touchstart", "pointerdown", "keydown", "popstate"] as const;
  const stop = () => {
    window.clearTimeout(giveUp);
    watch.disconnect();
    for (const event of byPerson) window.removeEventListener(event, stop, true);
    // Back and Forward between screens are the browser's to scroll again, as before.
    window.history.scrollRestoration = "auto";
    stopWaiting = undefined;
  };
  for (const event of byPerson) window.addEventListener(event, stop, true);
  const giveUp = window.setTimeout(stop, WAIT_AT_MOST_MS);
  stopWaiting = stop;
  watch.observe(document.documentElement);
}

/** Gives up putting the scroll back: the person has gone to another screen (router.ts). */
export function stopScrollingBack(): void {
  stopWaiting?.();
}
