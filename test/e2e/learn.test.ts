import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AppShell } from "./pages/AppShell.js";
import { SignInPage } from "./pages/SignInPage.js";
import { ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable, tabUntil } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

async function bothSchemes(page: Page): Promise<string[]> {
  const light = await violations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await violations(page);
  await page.emulateMedia({ colorScheme: "light" });
  return [...light, ...dark];
}

const isFocused = (locator: Locator) => () =>
  locator.evaluate((element) => element === document.activeElement);

describe.skipIf(browserUnavailable())("learn", () => {
  const journey = useJourney({ reducedMotion: "reduce" });
  let ownerMade = false;

  async function signInAt(path: string, heading: string): Promise<AppShell> {
    const { page, server } = journey;
    if (!ownerMade) {
      await createOwner(server.baseUrl, OWNER);
      ownerMade = true;
    }
    await openPage(page, `${server.baseUrl}${path}`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    const shell = new AppShell(page);
    await shell.waitForHeading(heading);
    return shell;
  }

  it("reads a lesson to its end and follows its try-this link into the app", async () => {
    const { page } = journey;
    const shell = await signInAt("/learn", "Learn");
    await expect(
      shell.nav.getByRole("link", { name: "Learn" }).getAttribute("aria-current"),
    ).resolves.toBe("page");
    // Every lesson is listed with its length, under its part of the guide.
    await expect(page.locator(".lesson-list .lesson-minutes").count()).resolves.toBe(22);
    await page
      .getByRole("heading", { level: 2, name: "What goes on in your thoughts and feelings" })
      .waitFor();
    expect(await bothSchemes(page)).toEqual([]);

    await page.getByRole("link", { name: 'The thought "I\'m a burden"' }).click();
    await shell.waitForHeading('The thought "I\'m a burden"');
    expect(new URL(page.url()).pathname).toBe("/learn/feeling-like-a-burden");
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("Why the thought is so convincing");
    expect(main).not.toContain("**");
    expect(main).not.toContain("##");
    await page.getByRole("heading", { level: 2, name: "Where these ideas come from" }).waitFor();
    await page.getByRole("listitem").filter({ hasText: "Joiner's interpersonal theory" }).waitFor();
    expect(await bothSchemes(page)).toEqual([]);

    await page.getByRole("link", { name: "Untangle a heavy thought in a thought record" }).click();
    await new ThoughtRecordPage(page).waitUntilNew();
    expect(new URL(page.url()).pathname).toBe("/thoughts/new");
  });

  it("points a thought record that keeps the burden trap to its lesson", async () => {
    const { page } = journey;
    await signInAt("/thoughts/new", "Untangle a thought");
    const record = new ThoughtRecordPage(page);
    await record.toTheThought();
    await record.thought.fill("Everyone would be happier if I stayed away.");
    const lesson = page.getByRole("link", { name: /lesson on the thought "I'm a burden"/ });
    await expect(lesson.count()).resolves.toBe(0);
    await record.handPicked("Feeling like a burden").check();
    await lesson.click();
    await new AppShell(page).waitForHeading('The thought "I\'m a burden"');
  });

  it("lets the loop be explored with the keyboard alone", async () => {
    const { page } = journey;
    await signInAt("/learn/cycle", "Play with the loop");
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("predicts nothing about you");
    // The diagram says in words what it shows.
    await expect(
      page.getByRole("img", { name: /The withdrawal loop/ }).getAttribute("aria-labelledby"),
    ).resolves.toBeTruthy();
    expect(main).toContain("Low mood and low energy make you pull away.");
    // The equations are on the page.
    expect(main).toContain("reach      = s(12 × ((m + e) / 2 − 0.45))");
    expect(await bothSchemes(page)).toEqual([]);

    const summary = page.locator(".cycle-summary");
    const before = (await summary.textContent()) ?? "";
    // A level, middling start: no forecast of decline, and no number to hold on to.
    expect(before).toMatch(/stays about where it started/);
    expect(before).not.toMatch(/\d/);

    const connect = page.getByRole("slider", { name: "One small connection a day" });
    await page.locator("main").focus();
    await tabUntil(page, isFocused(connect), "the first slider");
    await page.keyboard.press("ArrowRight");
    await expect(connect.getAttribute("aria-valuetext")).resolves.toBe("A little");
    await page.keyboard.press("End");
    await expect(connect.getAttribute("aria-valuetext")).resolves.toBe("Every day");
    await expect(page.locator('output[for="lever-connect"]').textContent()).resolves.toBe(
      "Every day",
    );
    const after = (await summary.textContent()) ?? "";
    // Small steps turn the loop, said in words: never "mood is 7.0".
    expect(after).toMatch(/^With these steps, the loop turns the other way/);
    expect(after).not.toMatch(/\d/);

    // The next slider is one Tab away.
    await page.keyboard.press("Tab");
    const activity = page.getByRole("slider", { name: "An activity that matters to you" });
    await expect(isFocused(activity)()).resolves.toBe(true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(activity.getAttribute("aria-valuetext")).resolves.toBe("Some days");

    // The same weeks as a table, in words.
    await page.getByText("Show the weeks as a table").click();
    const rows = page.locator("table tbody tr");
    await expect(rows.count()).resolves.toBe(7);
    await expect(rows.first().locator("th").textContent()).resolves.toBe("Start");
    expect(await bothSchemes(page)).toEqual([]);
  });
});
