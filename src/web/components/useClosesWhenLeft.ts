import { type RefObject, useEffect } from "react";

/**
 * Closes a `<details>` menu once the person is done with it, as a menu should: when keyboard
 * focus moves to something outside it, when a pointer goes down outside it, and on Escape
 * inside it (focus then waits on its summary, so the keyboard is where the menu was). Left
 * open, the phone's "More" list covers the screen below it and the control focused there.
 */
export function useClosesWhenLeft(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const onFocusOut = (event: FocusEvent) => {
      // No next element means focus left the page (another window), not the menu: keep it.
      const next = event.relatedTarget;
      if (menu.open && next instanceof Node && !menu.contains(next)) menu.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !menu.open) return;
      event.preventDefault();
      menu.open = false;
      menu.querySelector("summary")?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (menu.open && event.target instanceof Node && !menu.contains(event.target)) {
        menu.open = false;
      }
    };
    menu.addEventListener("focusout", onFocusOut);
    menu.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      menu.removeEventListener("focusout", onFocusOut);
      menu.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [ref]);
}
