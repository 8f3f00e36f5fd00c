import { type ReactNode, useEffect, useLayoutEffect, useRef } from "react";
import { shouldFocusNewScreen } from "../app/router.js";
import { placeAwaited } from "../app/scroll-back.js";

interface ScreenHeadingProps {
  children: ReactNode;
  /** The tab title, so a screen reader and the tab strip name the screen the same way. */
  title: string;
}

/** The one `<h1>` of a screen; it takes focus after a move so screen readers announce the new screen. */
export function ScreenHeading({ children, title }: ScreenHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Reconnect`;
  }, [title]);
  useLayoutEffect(() => {
    // Back to a place kept further down: the heading is announced, the page stays for the place.
    if (shouldFocusNewScreen()) ref.current?.focus({ preventScroll: placeAwaited() });
  }, []);
  // A page the browser keeps whole and shows again on Back (from the crisis page) runs nothing
  // anew: when focus came back to no control, the screen's heading takes it, as after any move.
  useEffect(() => {
    const shown = (event: PageTransitionEvent) => {
      if (event.persisted && document.activeElement === document.body) ref.current?.focus();
    };
    window.addEventListener("pageshow", shown);
    return () => window.removeEventListener("pageshow", shown);
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
