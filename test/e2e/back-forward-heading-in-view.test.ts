import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AppShell } from "./pages/AppShell.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles } from "./support/focus.js";
import { openPage } from "./support/journey.js";
import { largeTextPhoneJourney } from "./support/large-text.js";

/**
 * Where the focused heading stands against what the person can see: "in view" when it is below
 * the header that stays at the top and above the screen's bottom edge, else where it is.
 */
function whereHeadingIs(heading: Locator): Promise<string> {
  return heading.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const header = document.querySelector("header")?.getBoundingClientRect();
    const covered = header === undefined ? 0 : Math.max(0, header.bottom);
    return box.top >= covered - 1 && box.bottom <= window.innerHeight
      ? "in view"
      : `at ${Math.round(box.top)}..${Math.round(box.bottom)}, under a header to ${Math.round(covered)}, on a ${window.innerHeight}px screen`;
  });
}

/**
 * A tired person on a phone with large text goes from the check-in to the plan and presses Back,
 * then Forward. The screen's heading took focus each time, but the browser then scrolled the page
 * back to where it had been, so focus sat on a heading far above the screen's top: nothing showed
 * where they were, and the next Tab started from somewhere they could not see.
 */
describe.skipIf(browserUnavailable())("Back and Forward between screens at 200% text", () => {
  const { journey, signInAtLargeText } = largeTextPhoneJourney();

  it("leaves the focused heading on screen, going back and forward", async () => {
    const { page, server } = journey;
    await signInAtLargeText();
    await openPage(page, server.baseUrl);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await page.waitForLoadState("networkidle");
    const shell = new AppShell(page);

    // With the text at 200% the daily three sit under "Menu".
    const planLink = shell.nav.getByRole("link", { name: "Plan", exact: true });
    await (await shell.reveal(planLink)).press("Enter");
    const plan = page.getByRole("heading", { level: 1, name: "Plan a small step" });
    await expectFocusSettles(page, plan, "the plan's heading");
    await page.waitForLoadState("networkidle");

    await page.goBack();
    const today = page.getByRole("heading", { level: 1, name: "How are you today?" });
    await expectFocusSettles(page, today, "the check-in's heading");
    await page.waitForLoadState("networkidle");
    expect(await whereHeadingIs(today)).toBe("in view");

    await page.goForward();
    await expectFocusSettles(page, plan, "the plan's heading");
    await page.waitForLoadState("networkidle");
    expect(await whereHeadingIs(plan)).toBe("in view");
  }, 60_000);
});
