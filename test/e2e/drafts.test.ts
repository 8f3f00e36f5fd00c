import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { cycleHistory } from "../support/insights-history.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

/** Every draft key left on the device, whoever wrote it. */
function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(window.localStorage).filter((key) => key.startsWith("reconnect:draft:")),
  );
}

const CRISIS_NOTE =
  "Couldn't get up again. Honestly I can't go on like this, everyone would be better off without me.";

describe.skipIf(browserUnavailable())("nothing written is lost on the way to help", () => {
  // A British phone, so the region's lines are the UK's and the screen is narrow.
  const journey = useJourney({
    locale: "en-GB",
    reducedMotion: "reduce",
    viewport: { width: 390, height: 844 },
  });
  let ownerMade = false;

  /** Signs in on `path` and, the first time, seeds a few weeks of ordinary days before today. */
  async function signIn({ page, server }: Journey, path = "/"): Promise<void> {
    const first = !ownerMade;
    if (first) {
      await createOwner(server.baseUrl, OWNER);
      ownerMade = true;
    }
    await openPage(page, `${server.baseUrl}${path}`);
    const signInPage = new SignInPage(page);
    await signInPage.waitUntilShown();
    await signInPage.signIn(OWNER.username, OWNER.password);
    await new CheckinPage(page).nav.waitFor();
    if (!first) return;
    const today = localDateOf(new Date());
    for (const { date, checkin } of cycleHistory(today, 21)) {
      if (date >= today) continue;
      const response = await page.request.put(`${server.baseUrl}/api/checkins/${date}`, {
        data: checkin,
      });
      expect(response.status(), `seeding ${date}`).toBe(200);
    }
    await page.reload();
  }

  it("a check-in with crisis words keeps its mood and note through 'Get help now', each help link of the card, Back and a reload", async () => {
    const { page } = journey;
    await signIn(journey);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkin.pick("Mood", 1);
    await checkin.openMore();
    await checkin.note.fill(CRISIS_NOTE);
    await checkin.crisisCard.waitFor();

    // "Get help now" is a full page load to the server's /crisis page.
    await checkin.helpLink.click();
    await page.waitForURL(/\/crisis(\?from=[^&]*)?$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goBack();
    await checkin.waitUntilToday();
    await checkin.draftNotice.waitFor();
    expect(await checkin.draftNotice.textContent()).toContain("Your draft is still here");
    expect(await checkin.chosen("Mood")).toBe(1);
    expect(await checkin.note.inputValue()).toBe(CRISIS_NOTE);
    await checkin.crisisCard.waitFor();
    expect(await violations(page)).toEqual([]);

    // The card's own links open a sheet over the check-in; the sheet's way out to the full help
    // page is a real page load, and coming back from it finds everything too.
    for (const link of ["See all help lines", "Open your safety plan"]) {
      await checkin.crisisCard.getByRole("link", { name: link }).click();
      const sheet = page.getByRole("dialog");
      await sheet.waitFor();
      await sheet.getByRole("button", { name: "Close" }).click();
      await sheet.waitFor({ state: "hidden" });
      expect(await checkin.chosen("Mood"), `mood after ${link}`).toBe(1);
      expect(await checkin.note.inputValue(), `note after ${link}`).toBe(CRISIS_NOTE);
    }
    await checkin.crisisCard.getByRole("link", { name: "See all help lines" }).click();
    await page.getByRole("dialog").getByRole("link", { name: "Open the full help page" }).click();
    await page.waitForURL(/\/crisis(\?from=[^&]*)?$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goBack();
    await checkin.waitUntilToday();
    await checkin.draftNotice.waitFor();
    expect(await checkin.chosen("Mood"), "mood after the full help page").toBe(1);
    expect(await checkin.note.inputValue(), "note after the full help page").toBe(CRISIS_NOTE);

    // A reload finds it too.
    await page.reload();
    await checkin.waitUntilToday();
    await checkin.draftNotice.waitFor();
    expect(await checkin.chosen("Mood")).toBe(1);
    expect(await checkin.note.inputValue()).toBe(CRISIS_NOTE);

    // Saved, the draft has done its work: it is gone, and the day opens as saved.
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: /^Saved\./ }).waitFor();
    expect(await draftKeys(page)).toEqual([]);
    await page.reload();
    await checkin.waitUntilToday();
    await page.getByText("You checked in for this day.").waitFor();
    expect(await checkin.draftNotice.count()).toBe(0);
    expect(await checkin.note.inputValue()).toBe(CRISIS_NOTE);
  });

  it("a draft that differs from the saved day wins on screen and says so; discarding goes back to what was saved", async () => {
    const { page } = journey;
    await signIn(journey, "/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    // Today was saved in the test before (or is saved now): change it and leave unsaved.
    await checkin.pick("Mood", 4);
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: /^Saved\./ }).waitFor();
    await checkin.pick("Mood", 7);
    await page.reload();
    await checkin.waitUntilToday();
    await checkin.draftNotice.waitFor();
    expect(await checkin.draftNotice.textContent()).toContain("different from what you saved");
    expect(await checkin.chosen("Mood")).toBe(7);
    // Letting it go asks once more: "Keep it" keeps it, "Yes, discard it" lets it go.
    await checkin.discardDraftButton.click();
    await checkin.draftNotice.getByRole("button", { name: "Keep it" }).click();
    expect(await checkin.chosen("Mood")).toBe(7);
    await checkin.discardDraftButton.click();
    await checkin.draftNotice.getByRole("button", { name: "Yes, discard it" }).click();
    expect(await checkin.chosen("Mood")).toBe(4);
    expect(await checkin.draftNotice.count()).toBe(0);
    expect(await draftKeys(page)).toEqual([]);
  });

  it("a broken or old draft on the device is dropped quietly, never a crash", async () => {
    const { page, server } = journey;
    await signIn(journey);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    const session = await (await page.request.get(`${server.baseUrl}/api/session`)).json();
    const userId: string = session.user.id;
    const today = localDateOf(new Date());
    const key = `reconnect:draft:checkin:${userId}:${today}`;
    for (const stored of [
      "{not json",
      JSON.stringify({ v: 0, value: { scales: { mood: 3 } } }),
      JSON.stringify({ v: 1, value: { scales: { mood: 99 }, note: 5 } }),
      JSON.stringify({ v: 1, value: "<script>alert(1)</script>" }),
    ]) {
      await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [key, stored] as const);
      await page.reload();
      await checkin.waitUntilToday();
      await page.getByText("You checked in for this day.").waitFor();
      expect(await checkin.draftNotice.count(), stored).toBe(0);
      expect(await draftKeys(page), stored).toEqual([]);
    }
  });

  it("signing out asks first when words are not saved, then clears the person's drafts, and only theirs", async () => {
    const { page } = journey;
    await signIn(journey);
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkin.openMore();
    await checkin.note.fill("Talked to nobody today.");
    // Someone else's draft on this shared device (their session ran out, or the next sign-in
    // signed them out here): theirs, kept under their id for their next sign-in.
    await page.evaluate(() =>
      window.localStorage.setItem("reconnect:draft:safety-plan:someone", '{"v":1,"value":{}}'),
    );
    expect((await draftKeys(page)).length).toBe(2);

    // The person's own unsaved words are named before anything goes; staying keeps them.
    await checkin.signOutAsked("Something you wrote isn't saved yet");
    await page.getByText("One thing you were writing isn't saved yet.").waitFor();
    await page.getByRole("button", { name: "Stay signed in" }).click();
    await checkin.waitUntilToday();
    await checkin.openMore();
    expect(await checkin.note.inputValue()).toBe("Talked to nobody today.");
    expect((await draftKeys(page)).length).toBe(2);

    await checkin.signOutAsked("Something you wrote isn't saved yet");
    await page.getByRole("button", { name: "Sign out and delete them" }).click();
    await checkin.waitForHeading("Sign in");
    expect(await draftKeys(page)).toEqual(["reconnect:draft:safety-plan:someone"]);
    const signInPage = new SignInPage(page);
    await signInPage.signIn(OWNER.username, OWNER.password);
    await checkin.waitUntilToday();
    await page.getByText("You checked in for this day.").waitFor();
    expect(await checkin.draftNotice.count()).toBe(0);
    await checkin.openMore();
    expect(await checkin.note.inputValue()).not.toContain("Talked to nobody today.");
  });

  it("a thought record not yet saved keeps its words and its step through 'Get help now', 'Back to Reconnect' and Back", async () => {
    const { page } = journey;
    await signIn(journey, "/thoughts/new");
    const record = new ThoughtRecordPage(page);
    await record.toTheThought("Lena didn't answer my message all weekend.");
    await record.thought.fill("She's tired of me. I'm just a burden to everyone.");

    await record.helpLink.click();
    await page.waitForURL(/\/crisis(\?from=[^&]*)?$/);
    // The page's own way back leads to the record, not to the check-in screen.
    await page.getByRole("link", { name: "Back to Reconnect" }).click();
    await page.waitForURL(/\/thoughts\/new$/);
    await record.waitUntilNew();
    await record.draftNotice.waitFor();
    // And the browser's Back, from help, as well.
    await record.helpLink.click();
    await page.waitForURL(/\/crisis(\?from=[^&]*)?$/);
    await page.goBack();
    await record.waitUntilNew();
    await record.draftNotice.waitFor();
    expect(await record.draftNotice.textContent()).toContain("Your draft is still here");
    await record.waitForStep("What went through your mind?");
    expect(await record.thought.inputValue()).toBe(
      "She's tired of me. I'm just a burden to everyone.",
    );
    await record.backButton.click();
    expect(await record.situation.inputValue()).toBe("Lena didn't answer my message all weekend.");
    expect(await violations(page)).toEqual([]);

    // Saved, the draft goes.
    await record.saveForNowButton.click();
    await record.waitForSaved();
    expect(await draftKeys(page)).toEqual([]);
  });

  it("a share card's message not yet sent survives 'Get help now' and Back", async () => {
    const { page } = journey;
    await signIn(journey, "/share");
    await page.getByRole("heading", { level: 1, name: "Share how you're doing" }).waitFor();
    const message = page.getByLabel("A short message (optional)");
    await page.getByRole("radio", { name: "Low" }).check();
    await message.fill("Sorry I've been quiet. It's been a hard few weeks.");

    await page.getByRole("banner").getByRole("link", { name: "Get help now" }).click();
    await page.waitForURL(/\/crisis(\?from=[^&]*)?$/);
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Share how you're doing" }).waitFor();
    await page.locator(".draft-notice").getByText("Your draft is still here").waitFor();
    expect(await message.inputValue()).toBe("Sorry I've been quiet. It's been a hard few weeks.");
    expect(await page.getByRole("radio", { name: "Low" }).isChecked()).toBe(true);
    expect(await violations(page)).toEqual([]);
  });
});
