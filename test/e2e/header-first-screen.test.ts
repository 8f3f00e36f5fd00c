import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AppShell } from "./pages/AppShell.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { reachOf } from "./support/in-reach.js";
import { openPage } from "./support/journey.js";
import { largeTextPhoneJourney } from "./support/large-text.js";

/** Where the screen's heading stands on the first screen, unscrolled: "in view" or where it is. */
function whereOnFirstScreen(heading: Locator): Promise<string> {
  return heading.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return window.scrollY === 0 && box.top >= 0 && box.bottom <= window.innerHeight
      ? "in view"
      : `at ${Math.round(box.top)}..${Math.round(box.bottom)} on a ${window.innerHeight}px screen, scrolled ${window.scrollY}`;
  });
}

const isOpen = (menu: Locator) => menu.evaluate((element) => (element as HTMLDetailsElement).open);

/** "Get help now" can be tapped as the page is now: on screen, with nothing drawn over it. */
async function expectHelpInReach(page: Page, when: string): Promise<void> {
  expect(await reachOf(new AppShell(page).helpLink), `Get help now, ${when}`).toEqual({
    inView: true,
    uncovered: true,
  });
}

/**
 * A tired person on a phone with its text at 200% opens a screen. The header and the nav's rows
 * filled the whole first screen: the screen's own heading began below its bottom edge, so they
 * saw a menu and no sign of where they were. Now the nav folds behind one "Menu", and the
 * heading is on the first screen with "Get help now" still there, one tap away.
 */
describe.skipIf(browserUnavailable())("the first screen on a phone with text at 200%", () => {
  const { journey, signInAtLargeText } = largeTextPhoneJourney();

  const screens = [
    { path: "/", heading: "How are you today?" },
    { path: "/plan", heading: "Plan a small step" },
    { path: "/thoughts/new", heading: "Untangle a thought" },
  ];

  for (const screen of screens) {
    it(`shows the heading "${screen.heading}" with help still in reach`, async () => {
      const { page, server } = journey;
      await signInAtLargeText();
      await openPage(page, `${server.baseUrl}${screen.path}`);
      const heading = page.getByRole("heading", { level: 1, name: screen.heading });
      await heading.waitFor();
      await page.waitForLoadState("networkidle");
      expect(await whereOnFirstScreen(heading)).toBe("in view");
      await expectHelpInReach(page, "with the menu closed");
    });
  }

  it("keeps every place one menu away, help in reach and axe clean, open and closed", async () => {
    const { page, server } = journey;
    await signInAtLargeText();
    await openPage(page, `${server.baseUrl}/plan`);
    const shell = new AppShell(page);
    await shell.waitForHeading("Plan a small step");
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);

    const menu = shell.nav.locator("details.nav-more");
    const summary = shell.menuButton;
    expect(await shell.nav.getByText("Menu", { exact: true }).isVisible()).toBe(true);
    expect(await shell.nav.getByText("More", { exact: true }).isVisible()).toBe(false);
    // The daily three sit in the menu with the rest, not in rows above the screen.
    expect(await shell.nav.getByRole("link", { name: "Check-in" }).isVisible()).toBe(false);

    await summary.focus();
    await page.keyboard.press("Enter");
    expect(await isOpen(menu)).toBe(true);
    for (const name of ["Check-in", "Plan", "Thoughts", "Circle", "Your data"]) {
      expect(await menu.getByRole("link", { name, exact: true }).isVisible(), name).toBe(true);
    }
    await expectHelpInReach(page, "with the menu open");
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    expect(await isOpen(menu), "closed on Escape").toBe(false);
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);

    // From the menu, the daily three are one tap each.
    await summary.click();
    await menu.getByRole("link", { name: "Thoughts", exact: true }).click();
    await shell.waitForHeading("Your thoughts");
    await expectHelpInReach(page, "on the next screen");
  }, 120_000);
});
