import { type ReactNode, useRef } from "react";
import { useClosesWhenLeft } from "./useClosesWhenLeft.js";

/**
 * The phone's "More" menu: the nav items that do not fit in the row, opened below it. It closes
 * once left (see useClosesWhenLeft); mounted afresh per screen (keyed by the caller), so each
 * screen starts with it closed.
 */
export function NavMore({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useClosesWhenLeft(menu);
  return (
    <details className="nav-more" ref={menu}>
      <summary>More</summary>
      <ul className="nav-more-list">{children}</ul>
    </details>
  );
}
