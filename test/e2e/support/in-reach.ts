import type { Locator, Page } from "playwright-core";

/** Where a control is, and whether anything is drawn over its centre. */
export interface Reach {
  /** Inside the viewport from top to bottom. */
  inView: boolean;
  /** The topmost element at its centre is the control itself or inside it. */
  uncovered: boolean;
}

/** Whether someone could tap `control` now, as the page is scrolled. */
export async function reachOf(control: Locator): Promise<Reach> {
  return control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inView = box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { inView, uncovered: top !== null && element.contains(top) };
  });
}

/**
 * Whether the focused element sits wholly below the header that stays in view and on screen,
 * with nothing drawn over its centre: what WCAG 2.4.11 asks of a sticky header.
 */
export function focusedUncovered(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    const header = document.querySelector("header");
    if (!(focused instanceof HTMLElement) || !header) return "nothing focused, or no header";
    if (header.contains(focused)) return null;
    const box = focused.getBoundingClientRect();
    const headerBottom = header.getBoundingClientRect().bottom;
    if (box.top < headerBottom)
      return `focused top ${box.top} is above header bottom ${headerBottom}`;
    if (box.bottom > window.innerHeight) return `focused bottom ${box.bottom} is below the screen`;
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    // A link wrapping across lines may have its centre on the paragraph around it: that is not
    // being covered, anything else there is.
    const clear = top !== null && (focused.contains(top) || top.contains(focused));
    if (!clear) return `covered by ${top?.outerHTML.slice(0, 80)}`;
    return null;
  });
}

/**
 * How much of the screen's height the header keeps covering as the page is scrolled now: from the
 * screen's top to the header's bottom edge, as a share of the viewport's height.
 */
export function headerShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector("header");
    if (!header) return 0;
    return Math.max(0, header.getBoundingClientRect().bottom) / window.innerHeight;
  });
}
