import type { Page } from "playwright-core";

/** The text size a phone's accessibility setting gives, as a share of the usual: 200 is twice. */
export async function readTextAt(page: Page, percent: number): Promise<void> {
  // Every size in the app is in rem, so the root's size scales it all, as the browser setting does.
  await page.context().addInitScript((size) => {
    document.addEventListener("DOMContentLoaded", () => {
      document.documentElement.style.fontSize = `${size}%`;
    });
  }, percent);
}

/** How far the page itself reaches sideways, in CSS pixels. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
