import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addDays, localDateOf } from "../../src/core/dates/local-date.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * On a slow connection the check-in's mood is drawn before the day's answers arrive. A tired
 * person taps it at once; that tap used to do nothing, with no word why.
 */
describe.skipIf(browserUnavailable())("a mood chosen while the day is on its way", () => {
  // The service worker is kept out so the test alone decides when the day's answers arrive.
  const journey = useJourney({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  const ownerSignedIn = ownerSignIn(journey);

  async function signIn(path: string): Promise<CheckinPage> {
    const checkin = new CheckinPage(await ownerSignedIn(path));
    await checkin.answersArrived();
    return checkin;
  }

  /** Holds the day's answers until the returned function lets them through. */
  async function holdTheDay(page: Page): Promise<() => void> {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(
      (url) => url.pathname === "/api/checkins",
      async (route) => {
        await released;
        await route.fallback();
      },
    );
    return release;
  }

  it("lays a mood tapped early over the day's saved answers, says it differs, and can go back", async () => {
    const { page } = journey;
    const checkin = await signIn("/");
    const note = "Walked to the shop with Jo.";
    await checkin.pick("Mood", 7);
    await checkin.openMore();
    await checkin.note.fill(note);
    await checkin.save();

    const release = await holdTheDay(page);
    await page.reload();
    await page.locator('.checkin-answers[aria-busy="true"]').waitFor();
    await checkin.pick("Mood", 3);
    expect(await checkin.chosen("Mood")).toBe(3);
    release();
    await checkin.answersArrived();

    // The tap stands, and nothing else of the day was lost to it.
    expect(await checkin.chosen("Mood")).toBe(3);
    await checkin.openMore();
    expect(await checkin.note.inputValue()).toBe(note);
    await checkin.draftNotice.waitFor();
    expect(await checkin.draftNotice.textContent()).toContain("different from what you saved");
    expect(await violations(page)).toEqual([]);
    await checkin.discardDraftButton.click();
    await page.getByRole("button", { name: "Yes, discard it" }).click();
    expect(await checkin.chosen("Mood")).toBe(7);
    expect(await checkin.note.inputValue()).toBe(note);
  });

  it("on a day with no answers yet, the early mood is simply the answer, and Save keeps it", async () => {
    const { page } = journey;
    const day = addDays(localDateOf(new Date()), -3);
    const checkin = await signIn(`/checkin/${day}`);

    const release = await holdTheDay(page);
    await page.reload();
    await page.locator('.checkin-answers[aria-busy="true"]').waitFor();
    await checkin.pick("Mood", 4);
    release();
    await checkin.answersArrived();
    expect(await checkin.chosen("Mood")).toBe(4);
    expect(await checkin.draftNotice.count()).toBe(0);
    await checkin.save();

    const saved = await page.request.get(
      `${journey.server.baseUrl}/api/checkins?from=${day}&to=${day}`,
    );
    expect(saved.status()).toBe(200);
    const { checkins } = await saved.json();
    expect(checkins.map((kept: { mood: number }) => kept.mood)).toEqual([4]);
  });
});
