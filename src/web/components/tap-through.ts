/**
 * How long after something moves under a person's finger a second tap is taken for the rest of
 * the double tap that moved it. A shaky double tap once started a call from a sheet that opened
 * under the finger, and once saved a check-in from the button that slid up into the place of a
 * card just closed. Longer than a double tap, shorter than reading what is now there.
 */
export const TAP_THROUGH_MS = 500;

/** A click with a pointer behind it; Enter and a screen reader's activation give a detail of 0. */
export function isPointerTap(event: { detail: number }): boolean {
  return event.detail > 0;
}

/**
 * For a moment after something under the finger went away, ignores a pointer tap anywhere on the
 * page: what slid into its place was not what the person meant to press. Keyboard and screen
 * reader activation always go through.
 */
export function ignoreNextTapsBriefly(ms: number = TAP_THROUGH_MS): void {
  const until = performance.now() + ms;
  function swallow(event: MouseEvent) {
    if (performance.now() > until) {
      stop();
      return;
    }
    if (!isPointerTap(event)) return;
    event.preventDefault();
    event.stopPropagation();
  }
  function stop() {
    window.removeEventListener("click", swallow, true);
  }
  window.addEventListener("click", swallow, true);
  setTimeout(stop, ms);
}
