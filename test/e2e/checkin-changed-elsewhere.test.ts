import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { OfflineSyncPanel } from "./pages/OfflineSyncPanel.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { interceptPastTheWorker } from "./support/held-requests.js";
import { type Journey, useJourney } from "./support/journey.js";
import { reloadInTheWorkersCharge, untilKeptOnDevice } from "./support/offline-device.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { seedCheckins } from "./support/seed-checkins.js";

/** Today as it was saved first, seen on this phone when the check-in opens. */
const FIRST = { mood: 5, energy: 4, note: "Slow start. Coffee on the step." };
/** Today as the person saved it on their laptop while the phone's form was open. */
const ELSEWHERE = { mood: 7, energy: 6, note: "Called Mum after lunch, felt lighter." };
/** What the person typed on the phone over FIRST. */
const HERE = "Slow start, then a walk by the river with Jo.";

const CHOICE = "Today was changed somewhere else";

const NOTES = ["Tired but okay.", "Rain all day.", "Made soup.", "Work was a lot.", ""];

/** Today's check-in as the server keeps it now. */
async function kept(page: Page, today: string): Promise<{ mood: number; note?: string }> {
  return page.evaluate(async (day) => {
    const answer = await fetch(`/api/checkins?from=${day}&to=${day}`);
    const { checkins } = await answer.json();
    return checkins[0];
  }, today);
}

/** Saves today as another device of the same person would: past this browser, no condition. */
async function saveElsewhere({ context, server }: Journey, today: string, body: object) {
  const cookie = (await context.cookies(server.baseUrl)).map((c) => `${c.name}=${c.value}`);
  const response = await fetch(`${server.baseUrl}/api/checkins/${today}`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie: cookie.join("; ") },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

/*
 * A day's check-in is one whole record: saving it replaces every answer. A form opened on the
 * phone and saved after the same day was saved on another device would put back the phone's
 * answers over the other device's and drop its note without a word. The save names the version
 * the person's words were typed over; when the day has changed since, both are shown and the
 * person chooses.
 */
describe.skipIf(browserUnavailable())("a check-in changed on another device meanwhile", () => {
  const journey = useJourney({
    locale: "en-GB",
    reducedMotion: "reduce",
    viewport: { width: 390, height: 844 },
  });
  const signIn = ownerSignIn(journey);
  let seeded = false;

  /** Signs in on today's check-in with four months of days behind it and today saved as FIRST. */
  async function openToday(): Promise<{ checkin: CheckinPage; today: string }> {
    const { page, server } = journey;
    await signIn("/");
    const checkin = new CheckinPage(page);
    await checkin.nav.waitFor();
    const today = localDateOf(new Date());
    if (!seeded) {
      await seedCheckins(page.request, server.baseUrl, today, 120, (back) => ({
        mood: 4 + (back % 4),
        sleepHours: 6 + (back % 3),
        note: NOTES[back % NOTES.length] || undefined,
      }));
      seeded = true;
    }
    await saveElsewhere(journey, today, FIRST);
    await page.reload();
    await checkin.waitUntilToday();
    await checkin.openMore();
    expect(await checkin.note.inputValue()).toBe(FIRST.note);
    return { checkin, today };
  }

  /** Today's note changed on the phone, and its save refused by a failing server: a draft stays. */
  async function failedSave(): Promise<{ checkin: CheckinPage; today: string }> {
    const { page } = journey;
    const { checkin, today } = await openToday();
    await checkin.note.fill(HERE);
    const stop = await interceptPastTheWorker(page, `**/api/checkins/${today}`, (request) =>
      request.method === "PUT" ? request.fulfil(503, { busy: true }) : request.continue(),
    );
    await checkin.saveButton.click();
    await page.getByText("Something went wrong on our side.").waitFor();
    await stop();
    return { checkin, today };
  }

  /** The save has been answered: saved, or a question about the day. */
  async function answered(checkin: CheckinPage, page: Page): Promise<void> {
    await checkin.status
      .filter({ hasText: /^Saved/ })
      .or(page.getByRole("region", { name: CHOICE }))
      .first()
      .waitFor();
  }

  /** The choice the screen offers, its words, and that it is labelled, reachable and axe clean. */
  async function expectTheChoice(checkin: CheckinPage, page: Page): Promise<void> {
    const choice = page.getByRole("region", { name: CHOICE });
    await choice.waitFor();
    expect(await choice.textContent()).toContain("your own words are kept");
    const theirs = choice.locator(".conflict-version").filter({ hasText: "Saved elsewhere" });
    expect(await theirs.textContent()).toContain(ELSEWHERE.note);
    const mine = choice.locator(".conflict-version").filter({ hasText: "Your changes" });
    expect(await mine.textContent()).toContain(HERE);
    // Focus goes to the choice's heading, so a keyboard or a screen reader meets it first.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(CHOICE);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Keep mine");
    // The person's words are still in the form while they choose.
    expect(await checkin.note.inputValue()).toBe(HERE);
    expect(await violations(page)).toEqual([]);
  }

  it("an edit saved after the day was saved elsewhere asks before replacing it; keeping the other one shows it", async () => {
    const { page } = journey;
    const { checkin, today } = await openToday();
    await checkin.note.fill(HERE);
    await saveElsewhere(journey, today, ELSEWHERE);
    await checkin.saveButton.click();

    await answered(checkin, page);
    // Nothing was written over the other device's day.
    expect((await kept(page, today)).note).toBe(ELSEWHERE.note);
    await expectTheChoice(checkin, page);

    await page.getByRole("button", { name: "Keep the other one" }).click();
    await checkin.status.filter({ hasText: "Kept the check-in saved elsewhere." }).waitFor();
    expect(await checkin.note.inputValue()).toBe(ELSEWHERE.note);
    expect(await checkin.chosen("Mood")).toBe(ELSEWHERE.mood);
    expect((await kept(page, today)).note).toBe(ELSEWHERE.note);

    // The form now edits the version kept: a further change saves with no question.
    await checkin.note.fill(`${ELSEWHERE.note} Early night.`);
    await checkin.save();
    expect((await kept(page, today)).note).toBe(`${ELSEWHERE.note} Early night.`);
  });

  it("a draft left by a failed save and saved later asks about what was saved elsewhere since; keeping mine saves it", async () => {
    const { page } = journey;
    const { checkin, today } = await failedSave();

    // Later, the day is saved on the laptop; then the phone's check-in is opened again.
    await saveElsewhere(journey, today, ELSEWHERE);
    await page.reload();
    await checkin.waitUntilToday();
    await checkin.draftNotice.waitFor();
    expect(await checkin.note.inputValue()).toBe(HERE);
    await checkin.saveButton.click();

    await answered(checkin, page);
    // Nothing was written over the other device's day.
    expect((await kept(page, today)).note).toBe(ELSEWHERE.note);
    await expectTheChoice(checkin, page);

    await page.keyboard.press("Enter");
    await checkin.waitForSaved();
    expect((await kept(page, today)).note).toBe(HERE);
    expect(await page.getByRole("region", { name: CHOICE }).count()).toBe(0);
    // Saved, the draft has done its work.
    await page.reload();
    await checkin.waitUntilToday();
    await page.getByText("You checked in for this day.").waitFor();
    expect(await checkin.draftNotice.count()).toBe(0);
  });

  it("the same draft saved later with no network waits on the phone and is asked about when sent", async () => {
    const { page, context } = journey;
    const { checkin, today } = await failedSave();
    await saveElsewhere(journey, today, ELSEWHERE);
    await reloadInTheWorkersCharge(page);
    await checkin.waitUntilToday();
    await checkin.draftNotice.waitFor();

    // No network now: the draft waits on the phone, naming the version it was typed over.
    // The app's files come from the device once the worker is in charge, the queue's among them.
    await untilKeptOnDevice(page);
    await context.setOffline(true);
    await checkin.saveButton.click();
    await checkin.status
      .filter({ hasText: /^Saved on this device/ })
      .first()
      .waitFor();
    await context.setOffline(false);

    const panel = new OfflineSyncPanel(page);
    await panel.conflict.or(panel.region.getByText("has been sent")).first().waitFor();
    expect((await kept(page, today)).note).toBe(ELSEWHERE.note);
    expect(await panel.version("Saved elsewhere").textContent()).toContain(ELSEWHERE.note);
    expect(await panel.version("On this device").textContent()).toContain(HERE);
  });

  it("answers typed on after a check-in waited on the phone save with no question once it is sent", async () => {
    const { page, context } = journey;
    const { checkin, today } = await openToday();
    // The app's files come from the device once the worker is in charge, the queue's among them.
    await untilKeptOnDevice(page);
    await context.setOffline(true);
    await checkin.note.fill(HERE);
    await checkin.saveButton.click();
    await checkin.status
      .filter({ hasText: /^Saved on this device/ })
      .first()
      .waitFor();
    // Still with no network, a little more: kept as a draft over the version the wait named.
    const MORE = `${HERE} Early night.`;
    await checkin.note.fill(MORE);
    await context.setOffline(false);

    const panel = new OfflineSyncPanel(page);
    await panel.region.getByText("has been sent").waitFor();
    // Read again once sent: the draft is still offered over what this phone itself sent.
    await checkin.draftNotice.waitFor();
    expect(await checkin.note.inputValue()).toBe(MORE);
    expect((await kept(page, today)).note).toBe(HERE);
    await checkin.saveButton.click();
    await answered(checkin, page);
    // Nothing changed elsewhere: the phone's own send is not asked about as if it had.
    expect(await page.getByRole("region", { name: CHOICE }).count()).toBe(0);
    expect((await kept(page, today)).note).toBe(MORE);
  });
});
