import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles } from "./support/focus.js";
import { holdRequests } from "./support/held-requests.js";
import { openPage, useJourney } from "./support/journey.js";
import { livedInSignIn } from "./support/lived-in-sign-in.js";

function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => Math.round(window.scrollY));
}

/** Scrolls to `share` of the way down the page and answers where that left it. */
async function scrollPart(page: Page, share: number): Promise<number> {
  const place = await page.evaluate((part) => {
    const room = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo(0, Math.round(room * part));
    return Math.round(window.scrollY);
  }, share);
  // What the page itself heard: its scroll listeners have run before the next move.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return place;
}

/**
 * A person on a phone reads down to the foot of their last four weeks, follows "Earlier" there,
 * reads that month to its foot too and follows "Later: your last four weeks" back: the four weeks
 * again, a new visit, opening at its top. They read a little of it, then press Back twice and
 * Forward twice. The place was kept by address (and Back was left to the browser, then scrolled to
 * the heading), so every visit came back at its top; the two visits to the four weeks share one
 * address and must each keep their own place.
 */
describe.skipIf(browserUnavailable())("Back and Forward keep each visit's own place", () => {
  const journey = useJourney({
    locale: "en-GB",
    viewport: { width: 360, height: 640 },
    reducedMotion: "reduce",
  });
  const signedIn = livedInSignIn(journey);

  it("brings each visit to a screen back where it was left, and announces it", async () => {
    const { page, server } = journey;
    await signedIn();
    await openPage(page, `${server.baseUrl}/history`);
    const weeks = page.getByRole("heading", { level: 1, name: "Your last four weeks" });
    const month = page.getByRole("heading", { level: 1, name: /^[A-Z][a-z]+ \d{4}$/ });
    const months = page.getByRole("navigation", { name: "Other months" });
    const drawn = async (heading: Locator) => {
      await heading.waitFor();
      await months.waitFor();
      await page.waitForLoadState("networkidle");
    };
    await drawn(weeks);

    // At the foot of the page, where the links to other months are in view: following one
    // scrolls nothing first.
    const first = await scrollPart(page, 1);
    expect(first, "the four weeks are long enough to read down").toBeGreaterThan(200);
    await months.getByRole("link", { name: /^Earlier: / }).click();
    await drawn(month);
    expect(await scrollY(page), "a month opened anew starts at its top").toBe(0);
    const middle = await scrollPart(page, 1);
    expect(middle, "the month is long enough to read down").toBeGreaterThan(0);

    await months.getByRole("link", { name: "Later: your last four weeks" }).click();
    await drawn(weeks);
    expect(await scrollY(page), "the four weeks opened anew start at their top").toBe(0);
    const second = await scrollPart(page, 0.3);
    expect(second, "the second visit's place is its own").toBeGreaterThan(0);
    expect(second).toBeLessThan(first);

    await page.goBack();
    await drawn(month);
    await expect.poll(() => scrollY(page), { message: "the month, back at its foot" }).toBe(middle);

    await page.goBack();
    await drawn(weeks);
    await expect
      .poll(() => scrollY(page), { message: "the first visit, back where it was left" })
      .toBe(first);
    // The screen is still announced: its heading has focus, without the page jumping to it.
    await expectFocusSettles(page, weeks, "the four weeks' heading");
    expect(await scrollY(page), "still where it was left").toBe(first);

    // A reload keeps this visit's place too: the key is in the entry, which the tab keeps.
    await page.reload();
    await drawn(weeks);
    await expect
      .poll(() => scrollY(page), { message: "the first visit, reloaded, where it was left" })
      .toBe(first);

    await page.goForward();
    await drawn(month);
    await expect
      .poll(() => scrollY(page), { message: "the month, forward at its foot" })
      .toBe(middle);

    await page.goForward();
    await drawn(weeks);
    await expect
      .poll(() => scrollY(page), { message: "the second visit, forward where it was left" })
      .toBe(second);
  }, 120_000);

  it("waits at the top while the screen comes back, not at the foot of a screen still loading", async () => {
    const { page, server } = journey;
    await signedIn();
    await openPage(page, `${server.baseUrl}/history`);
    const weeks = page.getByRole("heading", { level: 1, name: "Your last four weeks" });
    const months = page.getByRole("navigation", { name: "Other months" });
    await months.waitFor();
    await page.waitForLoadState("networkidle");
    const first = await scrollPart(page, 1);
    await months.getByRole("link", { name: /^Earlier: / }).click();
    await page.getByRole("heading", { level: 1, name: /^[A-Z][a-z]+ \d{4}$/ }).waitFor();
    await page.waitForLoadState("networkidle");
    await scrollPart(page, 1);

    // The four weeks' days are held on their way: the screen is drawn without them, short.
    const held = await holdRequests(page, "**/api/checkins*", (method) => method === "GET");
    await page.goBack();
    await weeks.waitFor();
    await expect.poll(() => held.sent.length).toBeGreaterThan(0);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await scrollY(page), "at the top while the days come").toBe(0);
    await held.stop();
    await expect
      .poll(() => scrollY(page), { message: "back where it was left once they are in" })
      .toBe(first);
  }, 120_000);

  it("leaves the skip link's jump where it put the page", async () => {
    const { page, server } = journey;
    await signedIn();
    await openPage(page, `${server.baseUrl}/history`);
    await page.getByRole("navigation", { name: "Other months" }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(/#main$/);
    // Two frames: anything the page does about the new address has had its turn.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const mainTop = await page.evaluate(() =>
      Math.round(document.querySelector("#main")?.getBoundingClientRect().top ?? -1),
    );
    const header = await page.evaluate(() =>
      Math.round(document.querySelector("header")?.getBoundingClientRect().bottom ?? 0),
    );
    expect(await scrollY(page), "the page moved past the header and nav").toBeGreaterThan(0);
    // Just below the header that stays on top, with the half line of room the page keeps there.
    expect(mainTop, "the main content starts just below the header").toBeGreaterThanOrEqual(header);
    expect(mainTop).toBeLessThanOrEqual(header + 16);
  }, 60_000);
});
