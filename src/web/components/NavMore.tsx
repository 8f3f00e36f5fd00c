import { type ReactNode, useRef } from "react";
import { useClosesWhenLeft } from "./useClosesWhenLeft.js";

/**
 * The phone's "More" menu: the nav items that do not fit in the row, opened below it (with large
 * text, every item: then it is named "Menu"). It closes
 * once left (see useClosesWhenLeft); mounted afresh per screen (keyed by the caller), so each
 * screen starts with it closed.
 */
export function NavMore({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useClosesWhenLeft(menu);
  return (
    <details className="nav-more" ref={menu}>
      {/* One name shows at a time (styles.css): "More" beside the daily three, "Menu" once
          large text folds them in too. The hidden one is not read out. */}
      <summary>
        <span className="nav-more-name">More</span>
        <span className="nav-menu-name">Menu</span>
      </summary>
      <ul className="nav-more-list">{children}</ul>
    </details>
  );
}
