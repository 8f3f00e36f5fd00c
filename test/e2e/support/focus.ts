import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { tabUntil } from "./browser.js";

/** What has focus, in words a failure message can show: tag, then its name or text. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) return "the page body";
    // An element with no id has "" for one, never null: its words name it then.
    const name =
      active.getAttribute("aria-label") || active.id || active.textContent?.slice(0, 60) || "";
    return `<${active.tagName.toLowerCase()}> ${name}`.trim();
  });
}

/**
 * Waits for `target` to be on the page. One that never comes is named with where focus is, so a
 * journey that fails only under load says where the keyboard stood, not just what was awaited.
 */
async function appears(page: Page, target: Locator, what: string): Promise<void> {
  try {
    await target.waitFor();
  } catch (error) {
    const focus = await describeFocus(page).catch(() => "nothing the page would say");
    throw new Error(`${what} never appeared; focus is on ${focus}.`, { cause: error });
  }
}

/** Throws, naming where focus is instead, unless `target` has it. */
export async function expectFocused(page: Page, target: Locator, what: string): Promise<void> {
  await appears(page, target, what);
  const focused = await target.evaluate((element) => element === document.activeElement);
  if (!focused)
    throw new Error(`Focus should be on ${what}, but is on ${await describeFocus(page)}.`);
}

/**
 * Waits until focus settles on `target`, once the screen has drawn what the key or tap changed;
 * fails naming where focus is instead.
 */
export async function expectFocusSettles(page: Page, target: Locator, what: string): Promise<void> {
  await appears(page, target, what);
  await expect
    .poll(
      async () => {
        // Gone again (the screen moved on, or was drawn anew): said at once with what the page
        // shows, rather than waiting out a locator's whole timeout for something not coming back.
        if ((await target.count()) === 0) return `${what} gone; ${await whatThePageShows(page)}`;
        return (await target.evaluate((e) => e === document.activeElement))
          ? what
          : await describeFocus(page);
      },
      { message: `focus on ${what}` },
    )
    .toBe(what);
}

/** The page's address, heading and status lines, for a failure that must say where things stood. */
async function whatThePageShows(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const words = (selector: string) =>
        [...document.querySelectorAll(selector)]
          .map((element) => element.textContent?.trim().slice(0, 80) ?? "")
          .filter((text) => text !== "")
          .join(" | ");
      return `at ${location.pathname}, heading "${words("h1")}", status "${words('[role="status"], [role="alert"]')}"`;
    })
    .catch(() => "the page would not say what it shows");
}

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
export async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  await appears(page, target, what);
  await tabUntil(
    page,
    () => target.evaluate((element) => element === document.activeElement),
    what,
  );
}
