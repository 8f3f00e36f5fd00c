import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AppShell } from "./pages/AppShell.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { SafetyPlanPage } from "./pages/SafetyPlanPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { focusedUncovered, headerShare, reachOf } from "./support/in-reach.js";
import { openPage, useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** The phone with its text and page zoomed to 200%: the CSS pixels a person then has. */
const PHONE_ZOOMED = { width: 195, height: 422 };

/** The most of the screen's height the header may keep covering while the page scrolls. */
const MOST_STUCK_SHARE = 0.25;

/**
 * Writes at the bottom of a long form, as someone would, then checks help is still one tap away
 * and the header that keeps it there covers nothing the keyboard is on, nor more than a quarter
 * of the screen. Where the help links' rows would cover more (the page zoomed, the links each on
 * a row of their own), "My safety plan" scrolls away with the page and "Get help now" stays.
 */
async function writeAtTheBottom(
  page: Page,
  field: Locator,
  words: string,
  planStays = true,
): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await field.focus();
  await page.keyboard.type(words);
  expect(await field.inputValue()).toContain(words);
  expect(await page.evaluate(() => window.scrollY), "the page is scrolled").toBeGreaterThan(1000);

  const shell = new AppShell(page);
  const plan = page.getByRole("banner").getByRole("link", { name: "My safety plan" });
  expect(await reachOf(shell.helpLink), "Get help now").toEqual({ inView: true, uncovered: true });
  if (planStays) {
    expect(await reachOf(plan), "My safety plan").toEqual({ inView: true, uncovered: true });
  }
  expect(await headerShare(page), "the header's share of the screen").toBeLessThanOrEqual(
    MOST_STUCK_SHARE,
  );
  expect(await focusedUncovered(page)).toBeNull();

  await backUpClearOfHeader(page);
}

/** Going back up with the keyboard, each control the page scrolls to lands clear of the header. */
async function backUpClearOfHeader(page: Page): Promise<void> {
  const scrolled = await page.evaluate(() => window.scrollY);
  for (let presses = 0; presses < 16; presses += 1) {
    await page.keyboard.press("Shift+Tab");
    expect(await focusedUncovered(page), `after ${presses + 1} Shift+Tab`).toBeNull();
  }
  expect(await page.evaluate(() => window.scrollY), "the page scrolled up").toBeLessThan(scrolled);
}

describe.skipIf(browserUnavailable())("help stays one tap away down a long form", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("on the safety-plan editor, on a phone and on a desktop", async () => {
    const page = await signIn("/safety-plan");
    const plan = new SafetyPlanPage(page);
    await plan.editWhenLoaded();
    const last = page.locator("main").getByRole("textbox").last();
    await writeAtTheBottom(page, last, "Lock the pills away");
    expect(await violations(page)).toEqual([]);

    await page.setViewportSize(DESKTOP);
    await writeAtTheBottom(page, last, ", and give the key to Jo");
  });

  it("on the safety-plan editor with the page zoomed to 200%, where the help links wrap", async () => {
    const page = await signIn("/safety-plan");
    await page.setViewportSize(PHONE_ZOOMED);
    const plan = new SafetyPlanPage(page);
    await plan.editWhenLoaded();
    const last = page.locator("main").getByRole("textbox").last();
    await writeAtTheBottom(page, last, "Lock the pills away", false);
  });

  it("on the check-in with 'More about your day' open, on a phone and on a desktop", async () => {
    const page = await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkin.more.click();
    await checkin.note.waitFor();
    await writeAtTheBottom(page, checkin.note, "A slow morning");
    expect(await violations(page)).toEqual([]);

    await page.setViewportSize(DESKTOP);
    await writeAtTheBottom(page, checkin.note, ", then a walk");
  });

  it("down the supporter guide, which shares the header", async () => {
    const { page, server } = journey;
    await openPage(page, `${server.baseUrl}/support`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const help = page.getByRole("banner").getByRole("link", { name: "Get help now" });
    expect(await reachOf(help), "Get help now").toEqual({ inView: true, uncovered: true });
    await backUpClearOfHeader(page);

    await page.setViewportSize(PHONE_ZOOMED);
    // From the guide's last link, as someone who has read to the end.
    await page.locator("main a").last().focus();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await reachOf(help), "Get help now, zoomed").toEqual({ inView: true, uncovered: true });
    await backUpClearOfHeader(page);
  });
});
