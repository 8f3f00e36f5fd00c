import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { localDateOf } from "../../src/core/dates/local-date.js";
import { ThoughtListPage, ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { refuseWithTheWorkerInCharge } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";
import { seedCheckins } from "./support/seed-checkins.js";

const SAVED = {
  situation: "Mum rang and I didn't pick up.",
  thought: "I'm a terrible daughter and she knows it.",
  evidenceAgainst: "I visited her on Sunday and we laughed a lot.",
};
const ON_THE_PHONE = "Mum rang while I was on the bus and I let it ring out. Written on the phone.";
const ON_THE_LAPTOP = "Mum rang during dinner. Written later on the laptop, at home.";
const CHANGED_AGAIN = "It changed again on another device. Here is the newest version.";

/** Several months of a person's life in the app: daily check-ins and a record most weeks. */
async function seedMonths(page: Page, baseUrl: string): Promise<void> {
  await seedCheckins(page.request, baseUrl, localDateOf(new Date()), 120, (back) => ({
    mood: 3 + (back % 5),
    sleepHours: 6 + (back % 3),
    ...(back % 9 === 0 ? { note: "A slow day, but I went outside." } : {}),
  }));
  for (let week = 0; week < 16; week += 1) {
    const response = await page.request.post(`${baseUrl}/api/thoughts`, {
      data: {
        situation: `Week ${week + 1}: a quiet evening on my own.`,
        thought: week % 2 === 0 ? "Nobody would notice if I stayed in." : "I always get it wrong.",
      },
    });
    expect(response.status()).toBe(201);
  }
}

/**
 * A record edited on a phone with no connection keeps a draft; meanwhile the same record is
 * changed on a laptop. Saving the draft later wrote over the laptop's words without the person
 * ever seeing them. Now the save is refused, both texts are shown, and the person chooses.
 */
describe.skipIf(browserUnavailable())("a thought record changed on another device", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);
  let seeded = false;

  /**
   * The reproduction, up to the refused save: the page on the reopened record with its draft.
   * `elsewhere`: the laptop changes the record before it is reopened, or deletes it after.
   */
  async function draftOverAChangeElsewhere(
    elsewhere: "changed" | "deleted" = "changed",
    { save } = { save: true },
  ): Promise<{ record: ThoughtRecordPage; id: string }> {
    const page = await signIn("/thoughts");
    // Signed in once the list shows; the API calls below go with that session.
    await new ThoughtListPage(page).waitUntilShown();
    const { baseUrl } = journey.server;
    if (!seeded) {
      await seedMonths(page, baseUrl);
      seeded = true;
    }
    const created = await page.request.post(`${baseUrl}/api/thoughts`, { data: SAVED });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const address = `${baseUrl}/thoughts/${encodeURIComponent(id)}`;

    await page.goto(address);
    const record = new ThoughtRecordPage(page);
    await record.waitForHeading("Your thought record");
    await record.edit();
    // No connection: "Save for now" fails, and the words are kept on the phone.
    const offline = await refuseWithTheWorkerInCharge(page, "*/api/thoughts/*", "PUT");
    await record.situation.fill(ON_THE_PHONE);
    await record.saveForNowButton.click();
    await page.getByRole("alert").first().waitFor();
    expect(offline.refused()).toBe(1);
    await offline.stop();

    // Meanwhile, on the laptop.
    if (elsewhere === "changed") {
      const laptop = await page.request.put(`${baseUrl}/api/thoughts/${id}`, {
        data: { ...SAVED, situation: ON_THE_LAPTOP },
      });
      expect(laptop.status()).toBe(200);
    }

    // Back online, the record is opened again: the draft is still there, and saved.
    await page.goto(address);
    await record.draftNotice.waitFor();
    expect(await record.draftNotice.textContent()).toContain("different from what you saved");
    await record.waitForStep("What happened?");
    expect(await record.situation.inputValue()).toBe(ON_THE_PHONE);
    if (elsewhere === "deleted") {
      const laptop = await page.request.delete(`${baseUrl}/api/thoughts/${id}`, { data: {} });
      expect(laptop.status()).toBe(204);
    }
    if (save) await record.saveForNowButton.click();
    return { record, id };
  }

  async function stored(page: Page, id: string): Promise<{ situation?: string }> {
    const response = await page.request.get(`${journey.server.baseUrl}/api/thoughts/${id}`);
    return (await response.json()) as { situation?: string };
  }

  // Longer than the others: it seeds the months of data and runs axe, which on a busy shared
  // machine took 47 s of the 60 allowed.
  it("shows both texts, writes nothing until the person chooses, and keeps theirs when asked", {
    timeout: 120_000,
  }, async () => {
    const { record, id } = await draftOverAChangeElsewhere();
    const { page } = record;
    const panel = page.getByRole("region", { name: "This record was changed somewhere else" });
    await panel.waitFor();
    // Focus is on the choice, so a keyboard or a screen reader starts there.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "This record was changed somewhere else",
    );
    expect(await panel.textContent()).toContain("your words are still on this device");
    // One set of choices: the draft notice's "Discard the draft" is not offered beside them.
    expect(await record.draftNotice.count()).toBe(0);
    const mine = panel
      .locator(".conflict-version")
      .filter({ hasText: "Your words on this device" });
    const theirs = panel.locator(".conflict-version").filter({ hasText: "Saved elsewhere" });
    expect(await mine.textContent()).toContain(ON_THE_PHONE);
    expect(await theirs.textContent()).toContain(ON_THE_LAPTOP);
    // The words saved on both sides stay in view too.
    expect(await theirs.textContent()).toContain(SAVED.evidenceAgainst);
    // Nothing was overwritten while the person has not chosen.
    expect((await stored(page, id)).situation).toBe(ON_THE_LAPTOP);
    // Labelled and reachable for a screen reader, as every screen is checked.
    expect(await violations(page)).toEqual([]);

    // By keyboard: from the heading, the first choice is the next stop.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Keep my words");
    await page.keyboard.press("Enter");
    await record.waitForSaved("Saved. You can come back and finish this any time.");
    await panel.waitFor({ state: "detached" });
    expect((await stored(page, id)).situation).toBe(ON_THE_PHONE);
    // The draft did its work: reopened, the record is as saved, with no draft beside it.
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "On one page" }).waitFor();
    await page.getByText(ON_THE_PHONE).waitFor();
    expect(await record.draftNotice.count()).toBe(0);
  });

  it("keeps the other device's version when the person chooses it, letting the draft go", async () => {
    const { record, id } = await draftOverAChangeElsewhere();
    const { page } = record;
    const panel = page.getByRole("region", { name: "This record was changed somewhere else" });
    await panel.waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Keep the other version",
    );
    await page.keyboard.press("Enter");
    await panel.waitFor({ state: "detached" });
    await page.getByRole("heading", { level: 2, name: "On one page" }).waitFor();
    await page.getByText(ON_THE_LAPTOP).waitFor();
    expect(await page.getByText(ON_THE_PHONE).count()).toBe(0);
    expect((await stored(page, id)).situation).toBe(ON_THE_LAPTOP);
    await page.reload();
    await page.getByText(ON_THE_LAPTOP).waitFor();
    expect(await record.draftNotice.count()).toBe(0);
  });

  it("offers to save the words as a new record when the other device deleted it", async () => {
    const { record, id } = await draftOverAChangeElsewhere("deleted");
    const { page } = record;
    const panel = page.getByRole("region", { name: "This record was deleted somewhere else" });
    await panel.waitFor();
    expect(await panel.textContent()).toContain(ON_THE_PHONE);
    await page.getByRole("button", { name: "Save my words as a new record" }).click();
    await record.waitForSaved("Saved. You can come back and finish this any time.");
    await panel.waitFor({ state: "detached" });
    expect((await page.request.get(`${journey.server.baseUrl}/api/thoughts/${id}`)).status()).toBe(
      404,
    );
    // The new record holds the phone's words, and it is where the screen now is.
    const newId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    expect(newId).not.toBe(id);
    expect((await stored(page, newId)).situation).toBe(ON_THE_PHONE);
  });

  it("after the draft is discarded, an edit of the other device's version saves without a refusal", async () => {
    const { record, id } = await draftOverAChangeElsewhere("changed", { save: false });
    const { page } = record;
    await record.draftNotice.getByRole("button", { name: "Discard the draft" }).click();
    await record.draftNotice.getByRole("button", { name: "Yes, discard it" }).click();
    await record.draftNotice.waitFor({ state: "detached" });
    await record.waitForStep("What happened?");
    expect(await record.situation.inputValue()).toBe(ON_THE_LAPTOP);
    await record.situation.fill(`${ON_THE_LAPTOP} Then I rang her back.`);
    await record.saveForNowButton.click();
    await record.waitForSaved("Saved. You can come back and finish this any time.");
    expect(await page.getByRole("region", { name: /somewhere else/ }).count()).toBe(0);
    expect((await stored(page, id)).situation).toBe(`${ON_THE_LAPTOP} Then I rang her back.`);
  });

  // Longer than most: run alone it seeds the months of data, and it runs axe.
  it("keeping my words over the version shown never writes over a third change made meanwhile", {
    timeout: 120_000,
  }, async () => {
    const { record, id } = await draftOverAChangeElsewhere();
    const { page } = record;
    const panel = page.getByRole("region", { name: "This record was changed somewhere else" });
    await panel.waitFor();
    // While the person reads both texts, a tablet changes the record once more.
    const ON_THE_TABLET = "Mum rang at lunch. Written last, on the tablet.";
    const tablet = await page.request.put(`${journey.server.baseUrl}/api/thoughts/${id}`, {
      data: { ...SAVED, situation: ON_THE_TABLET },
    });
    expect(tablet.status()).toBe(200);
    // Until the record changes again, nothing says it did.
    expect(await panel.getByText(CHANGED_AGAIN).count()).toBe(0);
    await panel.getByRole("button", { name: "Keep my words" }).click();
    // Asked again, now beside the tablet's words, and nothing was overwritten.
    const theirs = panel.locator(".conflict-version").filter({ hasText: "Saved elsewhere" });
    await theirs.getByText(ON_THE_TABLET).waitFor();
    expect((await stored(page, id)).situation).toBe(ON_THE_TABLET);
    // Said plainly, so the person knows the words beside theirs are new ones, not the ones they
    // just read: focused, so a screen reader says it, and said once (no live region repeats it).
    const again = panel.getByText(CHANGED_AGAIN);
    await again.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(CHANGED_AGAIN);
    expect(await page.getByText(CHANGED_AGAIN).count()).toBe(1);
    expect(
      await page
        .locator("[role=alert], [role=status], [aria-live]")
        .filter({ hasText: CHANGED_AGAIN })
        .count(),
    ).toBe(0);
    expect(await violations(page)).toEqual([]);
    await panel.getByRole("button", { name: "Keep my words" }).click();
    await record.waitForSaved("Saved. You can come back and finish this any time.");
    expect((await stored(page, id)).situation).toBe(ON_THE_PHONE);
  });

  it("a wrong tap on keeping the other version can be undone, bringing the choice back", async () => {
    const { record, id } = await draftOverAChangeElsewhere();
    const { page } = record;
    const panel = page.getByRole("region", { name: "This record was changed somewhere else" });
    await panel.getByRole("button", { name: "Keep the other version" }).click();
    await panel.waitFor({ state: "detached" });
    const undo = page.getByRole("button", { name: "Undo", exact: true });
    await undo.waitFor();
    // Focus is on the way back, so a keyboard or screen reader finds it straight away.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Undo");
    await undo.click();
    await panel.waitFor();
    expect(await panel.textContent()).toContain(ON_THE_PHONE);
    // The words are kept on the device again, as before the tap.
    await page.reload();
    await record.draftNotice.waitFor();
    expect(await record.situation.inputValue()).toBe(ON_THE_PHONE);
    await record.saveForNowButton.click();
    await panel.getByRole("button", { name: "Keep my words" }).click();
    await record.waitForSaved("Saved. You can come back and finish this any time.");
    expect((await stored(page, id)).situation).toBe(ON_THE_PHONE);
  });

  it("words let go after a delete elsewhere can be brought back and saved as a new record", async () => {
    const { record } = await draftOverAChangeElsewhere("deleted");
    const { page } = record;
    const panel = page.getByRole("region", { name: "This record was deleted somewhere else" });
    await panel.getByRole("button", { name: "Let my words go" }).click();
    await panel.waitFor({ state: "detached" });
    const undo = page.getByRole("button", { name: "Undo", exact: true });
    await undo.waitFor();
    expect(await page.getByText("Your words from this device were let go.").count()).toBe(1);
    // Nothing above still says the draft is here: it was just let go.
    expect(await record.draftNotice.count()).toBe(0);
    await undo.click();
    // Brought back, the choice is shown again, still with no second set of choices above it.
    await panel.waitFor();
    expect(await record.draftNotice.count()).toBe(0);
    await panel.getByRole("button", { name: "Save my words as a new record" }).click();
    await record.waitForSaved("Saved. You can come back and finish this any time.");
    const newId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    expect((await stored(page, newId)).situation).toBe(ON_THE_PHONE);
  });

  it("deleting does not erase a change made elsewhere since the record was opened", async () => {
    const page = await signIn("/thoughts");
    await new ThoughtListPage(page).waitUntilShown();
    const { baseUrl } = journey.server;
    const created = await page.request.post(`${baseUrl}/api/thoughts`, { data: SAVED });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${baseUrl}/thoughts/${encodeURIComponent(id)}`);
    await page.getByRole("heading", { level: 2, name: "On one page" }).waitFor();
    const laptop = await page.request.put(`${baseUrl}/api/thoughts/${id}`, {
      data: { ...SAVED, situation: ON_THE_LAPTOP },
    });
    expect(laptop.status()).toBe(200);
    await page.getByRole("button", { name: "Delete this record" }).click();
    await page.getByRole("button", { name: "Delete for good" }).click();
    const notice = page.getByText("it wasn't deleted");
    await notice.waitFor();
    // The person did nothing wrong: said calmly, as the draft and changed-elsewhere notices are,
    // and politely (no alert breaking in), never in the error style.
    expect(await notice.evaluate((element) => element.closest(".form-error, [role=alert]"))).toBe(
      null,
    );
    expect(await notice.evaluate((element) => element.closest(".record-notice") !== null)).toBe(
      true,
    );
    expect(await notice.evaluate((element) => element.closest("[role=status]") !== null)).toBe(
      true,
    );
    // The newer words are shown, and still saved.
    await page.getByText(ON_THE_LAPTOP).waitFor();
    // Focus goes up to the record as it is now, off "Delete for good": a second press of Enter (a
    // tired hand, a key held) must not delete words the person has not yet seen.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("On one page");
    expect((await stored(page, id)).situation).toBe(ON_THE_LAPTOP);
    expect(await violations(page)).toEqual([]);
    // Asked again, having seen them, the person's delete goes ahead.
    await page.getByRole("button", { name: "Delete for good" }).click();
    await new ThoughtListPage(page).waitUntilShown();
    expect((await page.request.get(`${baseUrl}/api/thoughts/${id}`)).status()).toBe(404);
  });
});
