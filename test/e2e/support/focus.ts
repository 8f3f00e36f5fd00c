import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { tabUntil } from "./browser.js";

/** What has focus, in words a failure message can show: tag, then its name or text. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) return "the page body";
    const name =
      active.getAttribute("aria-label") ?? active.id ?? active.textContent?.slice(0, 60) ?? "";
    return `<${active.tagName.toLowerCase()}> ${name}`.trim();
  });
}

/** Throws, naming where focus is instead, unless `target` has it. */
export async function expectFocused(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor();
  const focused = await target.evaluate((element) => element === document.activeElement);
  if (!focused)
    throw new Error(`Focus should be on ${what}, but is on ${await describeFocus(page)}.`);
}

/**
 * Waits until focus settles on `target`, once the screen has drawn what the key or tap changed;
 * fails naming where focus is instead.
 */
export async function expectFocusSettles(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor();
  await expect
    .poll(
      async () =>
        (await target.evaluate((e) => e === document.activeElement))
          ? what
          : await describeFocus(page),
      { message: `focus on ${what}` },
    )
    .toBe(what);
}

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
export async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor();
  await tabUntil(
    page,
    () => target.evaluate((element) => element === document.activeElement),
    what,
  );
}
