// The one owner of where the page is scrolled as the person moves through the tab's history: a
// new screen opens at its top; Back, Forward and a reload bring each entry back to its own place.
// The browser is told not to put the scroll back itself. It did so at once, before the screen had
// its data: a reload was scrolled to the bottom of a page still only its frame, footer in view, and
// the footer moved away as the screen's words arrived (plan 0.13, circle 0.16 of a phone's screen);
// Back was put back before the screen was drawn, then scrolled to its heading, so the place was
// lost. Here the page waits at its top, where the screens hold their room as they load, and goes
// to the place kept when the screen reaches it. Each place is kept by the history entry's key
// (scroll-places.ts): by address, two visits to one screen shared one place.
// No React and no zod: this runs from the page's tiny entry (main.tsx), before the load event.
import {
  keyOfState,
  type Places,
  placeOf,
  readPlaces,
  stateWithKey,
  withPlace,
} from "./scroll-places.js";

const STORE = "reconnect:scroll-places";

/**
 * How long the page waits to be tall enough. Reading moves nothing the page can hear (a screen
 * reader's cursor, a scrollbar dragged), so a screen that fills in much later, on a slow
 * connection, must not jump under someone who has been reading it for a while.
 */
const WAIT_AT_MOST_MS = 10_000;

let places: Places = [];
/** The key of the entry on screen now. */
let currentKey = "";
/** Set while the page waits to be tall enough for the place kept; ends the wait. */
let stopWaiting: (() => void) | undefined;
/**
 * Set when a wait ended short of its place (a tap, a key, a swipe back, the time up) and the
 * person has not scrolled since: the scroll then is where the wait left it, not a place of theirs,
 * and Back pressed straight after must not keep it over the one kept before.
 */
let shortOfPlace = false;
/** The address's path on screen now: a jump within the page keeps it. */
let currentPath = "";

function newKey(): string {
  return `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;
}

function loadPlaces(): Places {
  try {
    return readPlaces(window.sessionStorage.getItem(STORE));
  } catch {
    // Storage turned off: places are kept for as long as the page is open.
    return [];
  }
}

function savePlaces(): void {
  try {
    window.sessionStorage.setItem(STORE, JSON.stringify(places));
  } catch {
    // Storage full or off: the places still hold until the page is left.
  }
}

/**
 * Keeps where the entry on screen is now. While its kept place is still awaited, the page's
 * scroll is not the person's yet: what was kept stays.
 */
function keepCurrentPlace(): void {
  if (stopWaiting !== undefined) {
    stopWaiting();
    return;
  }
  if (shortOfPlace) return;
  places = withPlace(places, currentKey, window.scrollY);
  savePlaces();
}

/** The key of the entry on screen, given to it when it has none (opened from a link or typed). */
function keyThisEntry(): string {
  const kept = keyOfState(window.history.state);
  if (kept !== undefined) return kept;
  const key = newKey();
  window.history.replaceState(stateWithKey(window.history.state, key), "");
  return key;
}

function tallEnoughFor(y: number): boolean {
  return document.documentElement.scrollHeight - window.innerHeight >= y;
}

/**
 * Puts the page at `y` once the screen is tall enough for it, unless the person moves first; at
 * its top meanwhile, where the screens hold their room as they load. Left at the last screen's
 * scroll instead, cut to a screen still loading, it sat at its foot with the footer in view.
 */
function scrollWhenTall(y: number): void {
  if (tallEnoughFor(y)) {
    window.scrollTo(0, y);
    return;
  }
  window.scrollTo(0, 0);
  const reached = () => {
    if (!tallEnoughFor(y)) return;
    window.scrollTo(0, y);
    stop();
  };
  const watch = new ResizeObserver(reached);
  // Once the person scrolls, taps or types, the page is theirs: it is not scrolled under them
  // later. A screen that came back shorter than it was is left where it is.
  const byPerson = ["wheel", "touchstart", "pointerdown", "keydown"] as const;
  const stop = () => {
    shortOfPlace = window.scrollY !== y;
    window.clearTimeout(giveUp);
    watch.disconnect();
    for (const event of byPerson) window.removeEventListener(event, stop, true);
    stopWaiting = undefined;
  };
  for (const event of byPerson) window.addEventListener(event, stop, true);
  const giveUp = window.setTimeout(stop, WAIT_AT_MOST_MS);
  stopWaiting = stop;
  watch.observe(document.documentElement);
}

/** How this page was opened: reloaded, by Back or Forward, or anew. */
function navigationType(): string | undefined {
  const [entry] = performance.getEntriesByType("navigation");
  return entry instanceof PerformanceNavigationTiming ? entry.type : undefined;
}

/**
 * Takes over the scroll for the tab's whole history: called once, as the page's entry runs,
 * before the browser would put the scroll back itself at the load event.
 */
export function scrollBackWhenDrawn(): void {
  places = loadPlaces();
  currentKey = keyThisEntry();
  currentPath = window.location.pathname;
  try {
    window.history.scrollRestoration = "manual";
  } catch {
    // Not ours to set (never seen): the browser scrolls as it always has.
    return;
  }
  // As the page goes (a reload, a page of the server's), this entry's place goes with the tab.
  window.addEventListener("pagehide", keepCurrentPlace);
  // A scroll while no wait is on is the person's: their place again, to keep.
  window.addEventListener(
    "scroll",
    () => {
      if (stopWaiting === undefined) shortOfPlace = false;
    },
    { passive: true },
  );
  const type = navigationType();
  const place = placeOf(places, currentKey);
  if (place !== undefined && (type === "reload" || type === "back_forward")) scrollWhenTall(place);
}

/**
 * For the router, before it adds an entry or replaces this one with the address `to`: keeps this
 * entry's place and answers the state the next entry carries, with a key of its own.
 */
export function leaveForNewEntry(to: string): Record<string, unknown> {
  keepCurrentPlace();
  shortOfPlace = false;
  currentKey = newKey();
  currentPath = new URL(to, window.location.href).pathname;
  return stateWithKey(null, currentKey);
}

/** A screen the person opened anew starts at its top, wherever the last one was left. */
export function startAtTop(): void {
  window.scrollTo(0, 0);
}

/**
 * For the router, when Back or Forward has brought another entry to the screen (before it is
 * drawn, so the place left is still the last screen's): keeps the place left and goes to this
 * entry's own once its screen is tall enough, or to the top when it was left there.
 */
export function cameBackOrForward(): void {
  // A jump within the page (the skip link) comes here too, as an entry of its own, once the
  // browser has already scrolled to the part the address names: that scroll is not the place
  // where the entry before it was left.
  const jumpWithinPage = window.location.hash !== "" && window.location.pathname === currentPath;
  if (!jumpWithinPage) keepCurrentPlace();
  shortOfPlace = false;
  currentPath = window.location.pathname;
  const key = keyThisEntry();
  currentKey = key;
  const place = placeOf(places, key);
  // The browser has put the page at the part the address names, and the top would undo it.
  if (place === undefined && window.location.hash !== "") return;
  // The new screen is drawn in a later task: measured now, it would be the last one's height.
  // Until then the page's scroll is still the last screen's, not this entry's to keep.
  const frame = window.requestAnimationFrame(() => {
    stopWaiting = undefined;
    if (place !== undefined) {
      scrollWhenTall(place);
      return;
    }
    window.scrollTo(0, 0);
    // Its heading took focus (ScreenHeading) and is shown, below the header that stays on top.
    const focused = document.activeElement;
    if (focused instanceof HTMLHeadingElement) focused.scrollIntoView({ block: "nearest" });
  });
  stopWaiting = () => {
    window.cancelAnimationFrame(frame);
    stopWaiting = undefined;
  };
}

/**
 * Whether the page is on its way to an entry's kept place: a heading taking focus then must not
 * scroll the page to itself, away from where the person was.
 */
export function placeAwaited(): boolean {
  return stopWaiting !== undefined;
}
