import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AppShell } from "./pages/AppShell.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { UpdatePrompt } from "./pages/UpdatePrompt.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/** The release a server updated while the page was open would name instead of this page's. */
const NEWER_RELEASE = "/assets/index-newer.js";

/** From now on the server answers as an updated one would: naming a newer release of the app. */
async function releaseNewerApp(page: Page): Promise<void> {
  await page.route(/\/api\//, async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), "reconnect-release": NEWER_RELEASE },
      });
    } catch (error) {
      // The page reloaded (the update) or closed (the test's end) while this answer was on its
      // way: nobody is waiting for it. Anything else is a failure of the journey.
      if (!String(error).includes("disposed") && !page.isClosed()) throw error;
    }
  });
}

function plan(shell: AppShell) {
  return shell.nav.getByRole("link", { name: "Plan" });
}

describe.skipIf(browserUnavailable())("a release made while the app is open", () => {
  // The service worker is kept out here: it would answer the screens' files and hide the requests
  // these journeys change. The worker's own part (it takes over at once) is in offline.test.ts.
  const journey = useJourney({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  const signIn = ownerSignIn(journey);

  it("says so, and the next screen the person opens is the new release", async () => {
    const page = await signIn("/");
    const checkin = new CheckinPage(page);
    const update = new UpdatePrompt(page);
    await checkin.waitUntilToday();
    await update.markPage();

    await releaseNewerApp(page);
    // The first answer from the updated server (here, to saving today) brings the notice.
    await checkin.pick("Mood", 6);
    await checkin.save();
    await update.notice.waitFor();
    await expect(update.notice.textContent()).resolves.toContain("Reconnect has been updated");
    await expect(update.reloadButton.isVisible()).resolves.toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(await update.isSamePage()).toBe(true);

    // The updated server now hands out the new page; moving on loads it whole.
    await page.unroute(/\/api\//);
    await plan(checkin).click();
    await checkin.waitForHeading("Plan a small step");
    expect(await update.isSamePage()).toBe(false);
    await expect(update.notice.count()).resolves.toBe(0);
  });

  it("reloads once for a release, then leaves it to the person's button", async () => {
    const page = await signIn("/");
    const checkin = new CheckinPage(page);
    const update = new UpdatePrompt(page);
    await checkin.waitUntilToday();
    await releaseNewerApp(page);
    await checkin.pick("Mood", 5);
    await checkin.save();
    await update.notice.waitFor();
    await plan(checkin).click();
    await checkin.waitForHeading("Plan a small step");
    // The page that came back is still the old one (say, the new files were not ready): it says
    // so rather than reloading again and again.
    await update.notice.waitFor();
    await update.markPage();
    await checkin.checkinLink.click();
    await checkin.waitUntilToday();
    expect(await update.isSamePage()).toBe(true);
    await expect(update.reloadButton.isVisible()).resolves.toBe(true);
  });

  it("a screen whose file an update removed says what happened, with help still in reach", async () => {
    const { page } = journey;
    await signIn("/");
    await new CheckinPage(page).waitUntilToday();
    // The update replaced the screens' files: the one this older page asks for is gone.
    await page.route(/\/assets\/InsightsScreen-[^/]+\.js$/, (route) =>
      route.fulfill({ status: 404, body: "" }),
    );
    const shell = new AppShell(page);
    await (await shell.reveal(shell.nav.getByRole("link", { name: "Insights" }))).click();
    const update = new UpdatePrompt(page);
    await update.screenFailed.waitFor();
    await expect(shell.helpLink.isVisible()).resolves.toBe(true);
    expect(await violations(page)).toEqual([]);

    await page.unroute(/\/assets\/InsightsScreen-[^/]+\.js$/);
    await update.reloadButton.click();
    await shell.waitForHeading("Your patterns");
  });
});
