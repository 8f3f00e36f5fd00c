import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { CheckinInput } from "../../src/core/checkins/checkin.schema.js";
import { addDays, localDateOf } from "../../src/core/dates/local-date.js";
import { cycleHistory } from "../support/insights-history.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { crisisCheckAnswered } from "./support/crisis-check.js";
import { expectFocusSettles } from "./support/focus.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

/** The two doors of a heavy day's answer: the region's help lines, and the safety plan. */
async function expectTheTwoDoors(region: Locator): Promise<void> {
  await region.getByRole("listitem").first().waitFor();
  expect(await region.textContent()).toContain("Samaritans");
  await expect(
    region.getByRole("link", { name: "See all help lines" }).getAttribute("href"),
  ).resolves.toBe("/crisis");
  await expect(
    region.getByRole("link", { name: "Open your safety plan" }).getAttribute("href"),
  ).resolves.toBe("/safety-plan");
}

const ORDINARY: CheckinInput = { mood: 4, energy: 4, burden: 2, rumination: 3, connections: [] };

describe.skipIf(browserUnavailable())("a risk signal without words is still answered", () => {
  const journey = useJourney({
    locale: "en-GB",
    reducedMotion: "reduce",
    viewport: { width: 390, height: 844 },
  });
  const today = localDateOf(new Date());
  let ownerMade = false;

  async function put({ page, server }: Journey, date: string, checkin: CheckinInput) {
    const response = await page.request.put(`${server.baseUrl}/api/checkins/${date}`, {
      data: checkin,
    });
    expect(response.status(), `saving ${date}`).toBe(200);
  }

  /**
   * Signs in, and the first time seeds four weeks of days from the written-down cycle, with the
   * two days before today ordinary, so only today's answers decide.
   */
  async function signIn(j: Journey): Promise<CheckinPage> {
    const { page, server } = j;
    const first = !ownerMade;
    if (first) {
      await createOwner(server.baseUrl, OWNER);
      ownerMade = true;
    }
    await openPage(page, server.baseUrl);
    const signInPage = new SignInPage(page);
    await signInPage.waitUntilShown();
    await signInPage.signIn(OWNER.username, OWNER.password);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    if (first) {
      for (const { date, checkin: day } of cycleHistory(today, 28)) {
        if (date < addDays(today, -2)) await put(j, date, day);
      }
    }
    await put(j, addDays(today, -2), ORDINARY);
    await put(j, addDays(today, -1), ORDINARY);
    await page.reload();
    await checkin.waitUntilToday();
    return checkin;
  }

  async function answer(checkin: CheckinPage, mood: number, burden: number, rumination?: number) {
    await checkin.pick("Mood", mood);
    await checkin.openMore();
    await checkin.pick("Feeling like a burden", burden);
    if (rumination !== undefined) await checkin.pick("Stuck in repeating thoughts", rumination);
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: /^Saved\./ }).waitFor();
  }

  it("mood 0, burden 10 and repeating thoughts 10 with no note: a gentle line, two doors and one tiny step, no cheerful thanks", async () => {
    const { page } = journey;
    const checkin = await signIn(journey);
    await answer(checkin, 0, 10, 10);

    expect(await checkin.status.textContent()).toBe("Saved. Today sounds really heavy.");
    expect(await page.locator("main").textContent()).not.toContain("Thank you for checking in");
    await checkin.heavyDay.waitFor();
    const region = checkin.heavyDay;
    // The two doors: someone to talk to now, and the safety plan.
    await region.getByRole("heading", { name: "Someone to talk to now" }).waitFor();
    await expectTheTwoDoors(region);
    // One tiny step from the Plan, and only one.
    await region.getByRole("heading", { name: /One tiny step/ }).waitFor();
    expect(await region.locator(".heavy-day-step").count()).toBe(1);
    // Its first step reads as a sentence, ended like the ones before it.
    expect(await region.locator(".heavy-day-step").textContent()).toMatch(
      /about [1-5] min\)\. [^.]+\.$/,
    );
    // Never an alarm, never a score.
    const words = (await region.textContent()) ?? "";
    expect(words).not.toMatch(/score|out of 10|warning|alert|risk/i);
    expect(await region.getByRole("alert").count()).toBe(0);
    // Focus goes to it, so on a phone it is in view and read out first.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toBe(
      "Help is here if you want it",
    );
    expect(await violations(page)).toEqual([]);
  });

  it("answers at the rule's edges on screen: burden 7 and mood 1 with burden 5 are thanked, mood 1 with burden 6 is answered", async () => {
    const checkin = await signIn(journey);
    await answer(checkin, 2, 7);
    expect(await checkin.status.textContent()).toBe("Saved. Thank you for checking in.");
    expect(await checkin.heavyDay.count()).toBe(0);

    await answer(checkin, 1, 5);
    expect(await checkin.status.textContent()).toBe("Saved. Thank you for checking in.");
    expect(await checkin.heavyDay.count()).toBe(0);

    await answer(checkin, 1, 6);
    expect(await checkin.status.textContent()).toBe("Saved. Today sounds really heavy.");
    await checkin.heavyDay.waitFor();
  });

  it("three hard days in a row are answered; two, or a day between, are not", async () => {
    const j = journey;
    const { page } = j;
    const checkin = await signIn(j);
    const hardDay: CheckinInput = { mood: 2, energy: 2, burden: 5, connections: [] };

    // Only yesterday hard: two in a row.
    await put(j, addDays(today, -1), hardDay);
    await page.reload();
    await checkin.waitUntilToday();
    await answer(checkin, 2, 5);
    expect(await checkin.status.textContent()).toBe("Saved. Thank you for checking in.");

    // The day before too: three in a row.
    await put(j, addDays(today, -2), hardDay);
    await page.reload();
    await checkin.waitUntilToday();
    await answer(checkin, 2, 5);
    expect(await checkin.status.textContent()).toBe("Saved. Today sounds really heavy.");
    await checkin.heavyDay.waitFor();

    // Yesterday gone: the days before are no longer in a row with today.
    const gone = await page.request.delete(
      `${j.server.baseUrl}/api/checkins/${addDays(today, -1)}`,
      // The server's CSRF rule: a change is sent as JSON.
      { headers: { "content-type": "application/json" } },
    );
    expect(gone.status()).toBe(204);
    await page.reload();
    await checkin.waitUntilToday();
    await answer(checkin, 2, 5);
    expect(await checkin.status.textContent()).toBe("Saved. Thank you for checking in.");
    expect(await checkin.heavyDay.count()).toBe(0);
  });

  it("a low day with a hopeless note and no crisis words: the gentle line and the two doors, in focus; the same note on a good day is thanked", async () => {
    const { page } = journey;
    const checkin = await signIn(journey);
    await checkin.pick("Mood", 2);
    await checkin.openMore();
    await checkin.note.fill("what's the point of trying, nothing ever changes");
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: /^Saved\./ }).waitFor();

    expect(await checkin.status.textContent()).toBe("Saved. Today sounds really heavy.");
    expect(await page.locator("main").textContent()).not.toContain("Thank you for checking in");
    // Not the crisis card: the note holds no crisis words, so this is the heavy-day rule's answer.
    await crisisCheckAnswered(page);
    expect(await checkin.crisisCard.count()).toBe(0);
    const region = checkin.heavyDay;
    await region.waitFor();
    await expectTheTwoDoors(region);
    expect(await region.getByRole("alert").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toBe(
      "Help is here if you want it",
    );

    // The same words on a good day are an idiom or a passing grumble: the ordinary thanks.
    await checkin.pick("Mood", 7);
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: "Saved. Thank you for checking in." }).waitFor();
    expect(await checkin.heavyDay.count()).toBe(0);
  });

  it("a note with crisis words and ordinary numbers ends kindly, not with a cheerful thanks", async () => {
    const { page } = journey;
    const checkin = await signIn(journey);
    await checkin.pick("Mood", 5);
    await checkin.openMore();
    await checkin.pick("Feeling like a burden", 0);
    await checkin.note.fill("Sometimes I think everyone would be better off without me.");
    await checkin.crisisCard.waitFor();
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: /^Saved\./ }).waitFor();
    expect(await checkin.status.textContent()).toBe(
      "Saved. What you wrote sounds really hard. You don't have to carry it alone.",
    );
    expect(await page.locator("main").textContent()).not.toContain("Thank you for checking in");
    // The open card is the answer: in focus, and its two links are not said again below Save.
    await expectFocusSettles(
      page,
      checkin.crisisCard.getByRole("heading", { name: "You don't have to carry this alone" }),
      "the crisis card's heading",
    );
    expect(await checkin.crisisWordsDoors.count()).toBe(0);

    // Closed, the card goes, but help stays a tap away by the saved words: the two doors, named,
    // taking no focus, and never a second panel beside a card.
    await checkin.crisisCard.getByRole("button", { name: "Close this" }).press("Enter");
    await checkin.crisisCard.waitFor({ state: "detached" });
    const helpLines = checkin.crisisWordsDoors.getByRole("link", { name: "See all help lines" });
    await helpLines.waitFor();
    expect(await helpLines.getAttribute("href")).toMatch(/^\/crisis/);
    await checkin.crisisWordsDoors.getByRole("link", { name: "Open your safety plan" }).waitFor();
    expect(
      await checkin.crisisWordsDoors.evaluate((doors) => doors.contains(document.activeElement)),
    ).toBe(false);
    expect(await page.locator(".crisis-card").count()).toBe(0);
    expect(await violations(page)).toEqual([]);
  });

  it("after the card answers a save, writing on never has focus taken away when the card comes back", async () => {
    const { page } = journey;
    const checkin = await signIn(journey);
    await checkin.pick("Mood", 5);
    await checkin.openMore();
    await checkin.note.fill("Sometimes I think everyone would be better off without me.");
    await checkin.crisisCard.waitFor();
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: /^Saved\./ }).waitFor();
    const heading = checkin.crisisCard.getByRole("heading", {
      name: "You don't have to carry this alone",
    });
    await expectFocusSettles(page, heading, "the crisis card's heading");

    // Closed, then written on with more such words: the card comes back under the note, but the
    // keys go on landing in the note, every one of them.
    await checkin.crisisCard.getByRole("button", { name: "Close this" }).press("Enter");
    await checkin.crisisCard.waitFor({ state: "detached" });
    await checkin.note.focus();
    await page.keyboard.press("End");
    await page.keyboard.type(" I just want to die.");
    await checkin.crisisCard.waitFor();
    await page.keyboard.type(" Still here.");
    await expect(checkin.note.evaluate((note) => note === document.activeElement)).resolves.toBe(
      true,
    );
    await expect(checkin.note.inputValue()).resolves.toBe(
      "Sometimes I think everyone would be better off without me. I just want to die. Still here.",
    );
  });

  it("crisis words saved after the card was closed: the card stays closed, two doors stay by the saved words", async () => {
    const { page } = journey;
    const checkin = await signIn(journey);
    await checkin.pick("Mood", 5);
    await checkin.openMore();
    await checkin.note.fill("Sometimes I think everyone would be better off without me.");
    await checkin.crisisCard.getByRole("button", { name: "Close this" }).click();
    await checkin.crisisCard.waitFor({ state: "detached" });
    // By keyboard: a tap just after "Close this" is taken as the rest of that tap (tap-through.ts).
    await checkin.saveButton.press("Enter");
    await checkin.status.filter({ hasText: /^Saved\./ }).waitFor();
    await crisisCheckAnswered(page);
    expect(await checkin.crisisCard.count()).toBe(0);

    // Reached by keyboard straight from Save, with nothing taking focus on its own.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toBe("Save");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toBe(
      "See all help lines",
    );
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(
      "/safety-plan",
    );
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press("Enter");
    await page.waitForURL("**/safety-plan");
  });

  it("a heavy day with crisis words: one panel of help, the card by the words, in view and in focus", async () => {
    const { page } = journey;
    const checkin = await signIn(journey);
    await checkin.pick("Mood", 0);
    await checkin.openMore();
    await checkin.pick("Feeling like a burden", 10);
    await checkin.note.fill("Sometimes I think everyone would be better off without me.");
    await checkin.crisisCard.waitFor();
    // Said in a short sentence; the card itself, every line and link, is not read out as it comes.
    expect(await page.locator("[aria-live] .crisis-card").count()).toBe(0);
    await page.getByText("Help lines are just below, if you want them.").waitFor();
    expect(
      await page
        .getByText("Help lines are just below, if you want them.")
        .evaluate((element) => element.closest("[aria-live]") !== null),
    ).toBe(true);

    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: /^Saved\./ }).waitFor();
    // Decided (docs/SAFETY.md, "One panel"): the card answers the save; nothing repeats its lines.
    expect(await checkin.status.textContent()).toBe(
      "Saved. What you wrote sounds really hard. You don't have to carry it alone.",
    );
    await expectFocusSettles(
      page,
      checkin.crisisCard.getByRole("heading", { name: "You don't have to carry this alone" }),
      "the crisis card's heading",
    );
    expect(await checkin.heavyDay.count()).toBe(0);
    expect(await checkin.crisisWordsDoors.count()).toBe(0);
    await checkin.crisisCard.getByRole("listitem").first().waitFor();
    const main = page.locator("main");
    expect(await main.getByRole("link", { name: "See all help lines" }).count()).toBe(1);
    expect(await main.getByRole("link", { name: "Open your safety plan" }).count()).toBe(1);
    const firstLine = checkin.crisisCard.getByRole("listitem").first().getByRole("link").first();
    const firstLineName = (await firstLine.textContent()) ?? "";
    expect(await main.getByRole("link", { name: firstLineName, exact: true }).count()).toBe(1);
    const cardTop = await checkin.crisisCard.evaluate(
      (element) => element.getBoundingClientRect().top,
    );
    expect(cardTop).toBeGreaterThanOrEqual(0);
    expect(cardTop).toBeLessThan(844);
    expect(await violations(page)).toEqual([]);
  });
});
