/** Room between the header and what the keyboard is on, for the focus ring: 0.5rem. */
const FOCUS_ROOM_PX = 8;

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
    // On a phone the header's top is negative: its name row scrolls away, only the rest stays.
    const top = Number.parseFloat(getComputedStyle(header).top);
    const inView = header.offsetHeight + Math.min(0, Number.isFinite(top) ? top : 0);
    root.style.setProperty("--header-in-view", `${inView}px`);
  };
  const clearFocused = (event: FocusEvent) => {
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
  return () => {
    observer?.disconnect();
    document.removeEventListener("focusin", clearFocused);
  };
}
