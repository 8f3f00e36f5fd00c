import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable, tabUntil } from "./support/browser.js";
import { focusedUncovered } from "./support/in-reach.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

const isFocused = (locator: Locator) => () =>
  locator.evaluate((element) => element === document.activeElement);

const isOpen = (menu: Locator) => menu.evaluate((element) => (element as HTMLDetailsElement).open);

describe.skipIf(browserUnavailable())("the phone's 'More' menu closes once left", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("with the keyboard: Tab past its last item, or Escape inside it", async () => {
    const page = await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    const menu = checkin.nav.locator("details.nav-more");
    const more = menu.locator("summary");
    const signOut = menu.getByRole("button", { name: "Sign out" });

    await tabUntil(page, isFocused(more), "'More'");
    await page.keyboard.press("Enter");
    expect(await isOpen(menu)).toBe(true);
    expect(await violations(page)).toEqual([]);

    // Past its last item, focus goes on to the screen below, which the open list would cover.
    await tabUntil(page, isFocused(signOut), "the menu's 'Sign out'");
    await page.keyboard.press("Tab");
    expect(await menu.evaluate((element) => element.contains(document.activeElement))).toBe(false);
    expect(await isOpen(menu), "closed once focus left it").toBe(false);
    expect(await focusedUncovered(page)).toBeNull();

    // Back on "More", opened again, and Escape from inside: closed, and the keyboard on "More".
    await tabUntil(page, isFocused(more), "'More' again");
    await page.keyboard.press("Enter");
    expect(await isOpen(menu)).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    expect(await isOpen(menu), "closed on Escape").toBe(false);
    expect(await isFocused(more)(), "focus back on 'More'").toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it("with a pointer: a tap outside it closes it", async () => {
    const page = await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    const menu = checkin.nav.locator("details.nav-more");
    await menu.locator("summary").click();
    expect(await isOpen(menu)).toBe(true);
    // Its left end: the open list covers the rest of the heading.
    await checkin.heading.click({ position: { x: 4, y: 4 } });
    expect(await isOpen(menu), "closed by a tap outside").toBe(false);
  });
});
