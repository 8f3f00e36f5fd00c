/** Room between the header and what the keyboard is on, for the focus ring: 0.5rem. */
const FOCUS_ROOM_PX = 8;

/** The most of the screen's height the header may keep covering while the page scrolls. */
const MOST_STUCK_SHARE = 0.25;

/**
 * The sticky header's `top`, so that what stays on screen is the help links' rows if they fit in
 * a quarter of the screen's height, and otherwise only the row with "Get help now": at 200% text
 * the help links wrap onto rows of their own, and on a 320 px phone they kept 38% of the screen
 * covered, turned sideways all of it. Above what stays is left the bar's own padding, as below.
 * Whatever in the header has focus stays on screen as well, so the rows above help come back
 * while the keyboard is on them. An empty string (the stylesheet's top) where there is no
 * "Get help now" to keep.
 */
function stuckTop(header: HTMLElement): string {
  const help = header.querySelector(".help-link");
  const links = header.querySelector(".help-links");
  const bar = header.querySelector(".site-header-bar");
  if (!help || !links || !bar) return "";
  const headerTop = header.getBoundingClientRect().top;
  const room = Number.parseFloat(getComputedStyle(bar).paddingBottom) || 0;
  const most = window.innerHeight * MOST_STUCK_SHARE;
  const fromLinks = links.getBoundingClientRect().top - headerTop - room;
  const fromHelp = help.getBoundingClientRect().top - headerTop - room;
  let scrolledAway = header.offsetHeight - Math.max(0, fromLinks) <= most ? fromLinks : fromHelp;
  // What the keyboard is on in the header stays on screen too, while it is there (WCAG 2.4.11).
  const focused = document.activeElement;
  if (focused && focused !== header && header.contains(focused)) {
    scrolledAway = Math.min(scrolledAway, focused.getBoundingClientRect().top - headerTop - room);
  }
  return `${-Math.max(0, scrolledAway)}px`;
}

/**
 * Keeps the sticky header from covering what the keyboard is on (WCAG 2.4.11). Two parts:
 * `--header-in-view` (the root's scroll padding, styles.css) is kept equal to the part of the
 * header that stays on screen, which grows when large text or a zoomed page wraps the help links
 * onto more rows; and a field that focus lands on partly under the header is scrolled clear of
 * it, since Chromium leaves a field that is already partly in view where it is, scroll padding or
 * not. Returns the function that stops both.
 */
export function keepFocusClearOfHeader(header: HTMLElement): () => void {
  const root = document.documentElement;
  const measure = () => {
    header.style.top = stuckTop(header);
    // On a phone the header's top is negative: its name row scrolls away, only the rest stays.
    const top = Number.parseFloat(getComputedStyle(header).top);
    const inView = header.offsetHeight + Math.min(0, Number.isFinite(top) ? top : 0);
    root.style.setProperty("--header-in-view", `${inView}px`);
  };
  const clearFocused = (event: FocusEvent) => {
    measure();
    const focused = event.target;
    if (!(focused instanceof Element) || header.contains(focused)) return;
    const box = focused.getBoundingClientRect();
    const below = header.getBoundingClientRect().bottom + FOCUS_ROOM_PX;
    // Something taller than the room below the header (a whole screen focused after a move)
    // is left as it is: scrolling to its top would hide the rest of it anyway.
    if (box.top >= below || box.bottom <= 0 || box.height > window.innerHeight - below) return;
    window.scrollBy(0, box.top - below);
  };
  measure();
  document.addEventListener("focusin", clearFocused);
  // Without it the padding from styles.css stays, right for the usual single row.
  const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
  observer?.observe(header);
  // Focus leaving the header for nothing (a tap on the page's background) lets its rows go again.
  const focusLeft = () => window.setTimeout(measure, 0);
  header.addEventListener("focusout", focusLeft);
  // Turning a phone sideways changes the room the header may take, not always the header.
  window.addEventListener("resize", measure);
  return () => {
    observer?.disconnect();
    window.removeEventListener("resize", measure);
    header.removeEventListener("focusout", focusLeft);
    document.removeEventListener("focusin", clearFocused);
  };
}
