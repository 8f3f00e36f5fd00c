import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { CrisisPage } from "./pages/CrisisPage.js";
import { HistoryPage } from "./pages/HistoryPage.js";
import { SetupPage } from "./pages/SetupPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";

/** At 320 px nothing may need sideways scrolling, and every control is a thumb-sized target. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    }
    const targets = document.querySelectorAll(
      "button, select, input:not([type=radio]):not([type=checkbox]), textarea, summary, nav a, table a, .help-link, .scale-point span",
    );
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      if (box.height > 0 && box.height < 44) {
        problems.push(`${target.tagName} "${target.textContent?.trim()}" is ${box.height}px tall`);
      }
    }
    return problems;
  });
}

async function checkScreen(page: Page): Promise<void> {
  expect(await violations(page)).toEqual([]);
  expect(await layoutProblems(page)).toEqual([]);
  expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
}

describe.skipIf(browserUnavailable())("accessibility of every screen, at 320 px wide", () => {
  // Reduced motion: axe measures colours as they are, not halfway through a theme's transition.
  const journey = useJourney({ viewport: { width: 320, height: 640 }, reducedMotion: "reduce" });

  it("setup, check-in, history, sign-in and crisis pass axe in light and dark", async () => {
    const { page, server } = journey;
    await openPage(page, server.baseUrl);
    const setup = new SetupPage(page);
    await setup.waitUntilShown();
    await checkScreen(page);

    // A rejected form shows its errors next to the fields, and stays accessible.
    await setup.createAccount("sam", "short");
    await page.getByText("Password must be at least 8 characters.").waitFor();
    await checkScreen(page);
    await setup.createAccount(OWNER.username, OWNER.password);

    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkScreen(page);
    await checkin.saveButton.click();
    await page.getByText("Pick a number for your mood, then save.").waitFor();
    await checkin.pick("Mood", 4);
    await checkin.addConnection({ name: "Jo", how: "In person", felt: "A little good" });
    await checkin.openMore();
    await checkin.pick("Energy", 3);
    await checkScreen(page);
    await checkin.save();
    await checkScreen(page);

    await page.emulateMedia({ colorScheme: "dark" });
    await checkScreen(page);
    await page.emulateMedia({ colorScheme: "light" });

    await (await checkin.reveal(checkin.historyLink)).click();
    const history = new HistoryPage(page);
    await history.waitUntilShown();
    await history.chart.waitFor();
    await checkScreen(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await checkScreen(page);
    await page.emulateMedia({ colorScheme: "light" });

    await history.signOut();
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await checkScreen(page);

    const crisis = new CrisisPage(page);
    await crisis.open(server.baseUrl, "GB");
    expect(await violations(page)).toEqual([]);
    await crisis.open(server.baseUrl);
    expect(await violations(page)).toEqual([]);
  });
});
