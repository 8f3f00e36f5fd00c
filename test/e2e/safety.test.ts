import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { CheckupsPage } from "./pages/CheckupsPage.js";
import { SafetyPlanPage } from "./pages/SafetyPlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { crisisCheckAnswered } from "./support/crisis-check.js";
import { interceptPastTheWorker } from "./support/held-requests.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { comesBefore } from "./support/order.js";
import { createOwner } from "./support/server.js";

let ownerMade = false;

async function signIn(journey: Journey): Promise<void> {
  const { page, server } = journey;
  if (!ownerMade) {
    await createOwner(server.baseUrl, OWNER);
    ownerMade = true;
  }
  await openPage(page, server.baseUrl);
  const signInPage = new SignInPage(page);
  await signInPage.waitUntilShown();
  await signInPage.signIn(OWNER.username, OWNER.password);
  await new CheckinPage(page).waitUntilToday();
}

const NOT_AT_ALL = "Not at all";

describe.skipIf(browserUnavailable())("the safety net", () => {
  // A British browser, so the region's lines are the UK's.
  const journey = useJourney({ locale: "en-GB", reducedMotion: "reduce" });

  it("PHQ-9 with item 9 at 'Several days' leads with care, crisis lines and the safety plan, then the score", async () => {
    const { page } = journey;
    await signIn(journey);
    const checkups = new CheckupsPage(page);
    await checkups.checkupsLink.click();
    await checkups.waitUntilShown();
    expect(await violations(page)).toEqual([]);

    await checkups.start(/mood has been over the last 2 weeks/);
    await checkups.question("Question 1 of 9").waitFor();
    expect(await violations(page)).toEqual([]);
    // The published frame and wording, word for word.
    await page
      .getByText(
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
      )
      .waitFor();
    expect(await checkups.question("Question 1 of 9").textContent()).toContain(
      "Little interest or pleasure in doing things",
    );
    await checkups.answer("Question 1 of 9", "More than half the days");
    // Back keeps the answer given.
    await checkups.backButton.click();
    await expect(
      checkups
        .question("Question 1 of 9")
        .getByRole("radio", { name: "More than half the days" })
        .isChecked(),
    ).resolves.toBe(true);
    await checkups.nextButton.click();
    for (let n = 2; n <= 8; n += 1) await checkups.answer(`Question ${n} of 9`, NOT_AT_ALL);
    await checkups
      .question("Question 9 of 9")
      .getByText("Thoughts that you would be better off dead or of hurting yourself in some way")
      .waitFor();
    await checkups.answer("Question 9 of 9", "Several days");
    // The difficulty question is optional: skipped here.
    await checkups.question("One last question").waitFor();
    await checkups.resultButton.click();
    await checkups.waitForResult();

    await checkups.safetyFirst.waitFor();
    const lines = checkups.safetyFirst.getByRole("listitem");
    await lines.first().waitFor();
    expect(await checkups.safetyFirst.textContent()).toContain("Samaritans");
    const invitation = checkups.safetyFirst.getByRole("link", {
      name: "Make your safety plan now",
    });
    await invitation.waitFor();
    expect(await comesBefore(checkups.safetyFirst, checkups.scoreHeading)).toBe(true);
    const box = await checkups.safetyFirst.boundingBox();
    const scoreBox = await checkups.scoreHeading.boundingBox();
    expect(box && scoreBox && box.y < scoreBox.y).toBe(true);
    expect(await checkups.scoreHeading.textContent()).toContain("3 out of 27");
    expect(await page.locator("main").textContent()).toContain("not a diagnosis");
    expect(await violations(page)).toEqual([]);

    // The flag stays in the person's history, never hidden.
    await page.getByRole("link", { name: "See all your check-ups" }).click();
    await checkups.waitUntilShown();
    const row = page
      .getByRole("table", { name: /PHQ-9 scores/ })
      .getByRole("row")
      .nth(1);
    expect(await row.textContent()).toContain("Yes");
    expect(await violations(page)).toEqual([]);
  });

  it("PHQ-9 with item 9 above 0 shows care and crisis help the moment it is sent, while saving and when saving fails", async () => {
    const { page } = journey;
    await signIn(journey);
    const checkups = new CheckupsPage(page);
    await checkups.checkupsLink.click();
    await checkups.waitUntilShown();
    await checkups.start(/mood has been over the last 2 weeks/);
    await checkups.answerAll([...Array.from({ length: 8 }, () => NOT_AT_ALL), "Several days"]);

    // The save is held until help is on screen, then fails as if the server were gone: help
    // must never wait for, or depend on, the server's answer.
    const saving = page.getByRole("button", { name: "Saving…" });
    let shownWhileSaving = false;
    // Past the service worker, which would let the save through at times.
    const stopRefusing = await interceptPastTheWorker(page, "**/api/assessments", async (save) => {
      if (save.method !== "POST") return save.continue();
      // A loaded machine can take seconds to draw; this leaves the failed save's notice time to
      // come within the journey's usual wait for it.
      const waits = [checkups.safetyFirst, saving].map((l) => l.waitFor({ timeout: 10_000 }));
      shownWhileSaving = await Promise.all(waits).then(
        () => true,
        () => false,
      );
      await save.fail();
    });
    await checkups.resultButton.click();
    await checkups.problem.filter({ hasText: "couldn't reach Reconnect" }).waitFor();
    expect(shownWhileSaving).toBe(true);

    expect(await checkups.safetyFirst.isVisible()).toBe(true);
    expect(await checkups.safetyFirst.textContent()).toContain("you don't have to face those");
    await checkups.safetyFirst.getByRole("listitem").first().waitFor();
    expect(await checkups.safetyFirst.textContent()).toContain("Samaritans");
    await expect(
      checkups.safetyFirst.getByRole("link", { name: "See all help lines" }).getAttribute("href"),
    ).resolves.toMatch(/^\/crisis\?from=%2Fcheck-ups%2Fphq9/);
    await expect(
      checkups.safetyFirst
        .getByRole("link", { name: "Make your safety plan now" })
        .getAttribute("href"),
    ).resolves.toBe("/safety-plan");
    // Help comes first, before the failed save and its retry.
    expect(await comesBefore(checkups.safetyFirst, checkups.problem)).toBe(true);
    expect(await violations(page)).toEqual([]);

    // The answers are kept: Back shows item 9 as given, and one more press saves them.
    await checkups.backButton.click();
    await expect(
      checkups.question("Question 9 of 9").getByRole("radio", { name: "Several days" }).isChecked(),
    ).resolves.toBe(true);
    expect(await checkups.safetyFirst.isVisible()).toBe(true);
    await checkups.nextButton.click();
    await stopRefusing();
    await checkups.resultButton.click();
    await checkups.waitForResult();
    await checkups.safetyFirst.waitFor();
    expect(await checkups.scoreHeading.textContent()).toContain("1 out of 27");
    expect(await comesBefore(checkups.safetyFirst, checkups.scoreHeading)).toBe(true);
  });

  it("keeps help and the answers on screen when the sign-in has ended as a risk answer is sent", async () => {
    const { page } = journey;
    await signIn(journey);
    const checkups = new CheckupsPage(page);
    await checkups.checkupsLink.click();
    await checkups.waitUntilShown();
    await checkups.start(/mood has been over the last 2 weeks/);
    await checkups.answerAll([...Array.from({ length: 8 }, () => NOT_AT_ALL), "Several days"]);
    const stopRefusing = await interceptPastTheWorker(page, "**/api/assessments", (save) =>
      save.method === "POST"
        ? save.fulfil(401, {
            error: { code: "unauthorized", message: "Please sign in to continue." },
          })
        : save.continue(),
    );
    await checkups.resultButton.click();
    await checkups.problem.filter({ hasText: "sign-in has ended" }).waitFor();
    await stopRefusing();
    expect(await checkups.safetyFirst.isVisible()).toBe(true);
    expect(await page.getByRole("heading", { level: 1, name: "Sign in" }).count()).toBe(0);
  });

  it("a closed crisis card stays closed until new crisis words are written", async () => {
    const { page } = journey;
    await signIn(journey);
    const checkin = new CheckinPage(page);
    await checkin.pick("Mood", 2);
    await checkin.openMore();
    const words = "Honestly I can't go on like this, everyone would be better off without me.";
    await checkin.note.fill(words);
    await checkin.crisisCard.waitFor();
    await checkin.crisisCard.getByRole("button", { name: "Close this" }).click();
    await checkin.crisisCard.waitFor({ state: "detached" });
    await crisisCheckAnswered(page);
    expect(await checkin.crisisCard.count()).toBe(0);

    // Writing on, with no new crisis words, leaves it closed.
    await checkin.note.press("End");
    await checkin.note.pressSequentially(" I went for a walk.");
    // Once the words as they now read have been checked, not before.
    await crisisCheckAnswered(page);
    expect(await checkin.crisisCard.count()).toBe(0);

    // New crisis words bring it back.
    await checkin.note.pressSequentially(" I want to kill myself.");
    await checkin.crisisCard.waitFor();
    expect(await checkin.note.inputValue()).toBe(
      `${words} I went for a walk. I want to kill myself.`,
    );
  });

  it("the note's crisis card stays in view when 'More about your day' is folded", async () => {
    const { page } = journey;
    await signIn(journey);
    const checkin = new CheckinPage(page);
    await checkin.pick("Mood", 2);
    await checkin.openMore();
    await checkin.note.fill("Everyone would be better off without me");
    await checkin.crisisCard.waitFor();

    await checkin.more.click();
    await checkin.sleep.waitFor({ state: "hidden" });
    expect(await checkin.note.isVisible()).toBe(false);
    expect(await checkin.crisisCard.isVisible()).toBe(true);
    expect(
      await checkin.crisisCard.getByRole("link", { name: "See all help lines" }).isVisible(),
    ).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it("crisis language in a check-in note shows the card, keeps the note, and a failed save hides neither", async () => {
    const { page } = journey;
    await signIn(journey);
    const checkin = new CheckinPage(page);
    await checkin.pick("Mood", 2);
    await checkin.openMore();
    const words = "Honestly I can't go on like this, everyone would be better off without me";
    await checkin.note.fill(words);
    const card = page.getByRole("region", { name: "You don't have to carry this alone" });
    await card.waitFor();
    expect(await checkin.note.inputValue()).toBe(words);
    expect(await card.getByRole("link", { name: "Open your safety plan" }).count()).toBe(1);

    // The server cannot be reached: the check-in is kept on the device, and the card and the
    // note stay.
    const stopRefusing = await interceptPastTheWorker(page, "**/api/checkins/**", (save) =>
      save.fail(),
    );
    await checkin.saveButton.click();
    // The screen's own notice (the sync panel's count says the same in other words).
    await checkin.status
      .filter({
        hasText:
          /^Saved on this device\. Reconnect couldn't be reached, so it will be sent as soon as it can be\./,
      })
      .waitFor();
    await stopRefusing();
    expect(await card.isVisible()).toBe(true);
    expect(await checkin.note.inputValue()).toBe(words);
  });

  it("the safety plan is one tap from the crisis control, and is filled in, saved, reloaded and printed", async () => {
    const { page } = journey;
    await signIn(journey);
    const plan = new SafetyPlanPage(page);
    // Beside "Get help now", in the same header row.
    const helpBox = await plan.helpLink.boundingBox();
    const planBox = await plan.planLink.boundingBox();
    expect(helpBox && planBox && Math.abs(helpBox.y - planBox.y) < 60).toBe(true);
    await plan.planLink.click();
    await plan.waitUntilShown();
    expect(await violations(page)).toEqual([]);

    // Professionals start with the region's crisis lines.
    const professionals = await plan.values("Professionals and services");
    expect(professionals.join("\n")).toContain("Samaritans: call 116 123");
    expect(professionals).toContain("In an emergency: call 999");

    await plan.add("My warning signs", "I stop answering messages");
    await plan.add("My warning signs", "I lie awake going over the same thoughts");
    await plan.add("Things I can do on my own", "A hot shower");
    await plan.add("People I can ask for help", "Jo, 07700 900123");
    await plan.add("My reasons for living", "My cat, Miso");
    expect(await violations(page)).toEqual([]);
    await plan.save();

    await page.reload();
    // Once saved, the plan opens to be read, with "Edit" beside it.
    await plan.waitUntilViewed();
    expect(await plan.shown("My warning signs")).toEqual([
      "I stop answering messages",
      "I lie awake going over the same thoughts",
    ]);
    await plan.edit();
    expect(await plan.values("My warning signs")).toEqual([
      "I stop answering messages",
      "I lie awake going over the same thoughts",
    ]);
    expect(await plan.values("Things I can do on my own")).toEqual(["A hot shower"]);
    expect(await plan.values("People I can ask for help")).toEqual(["Jo, 07700 900123"]);
    expect(await plan.values("My reasons for living")).toEqual(["My cat, Miso"]);
    expect((await plan.values("Professionals and services")).join("\n")).toContain("Samaritans");

    // Printed: the plan as plain lists, without the header, the boxes or the buttons.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("banner").isVisible()).toBe(false);
    expect(await plan.saveButton.isVisible()).toBe(false);
    // The boxes, now multi-line, hold the same words as text: only the printed list may show.
    const printed = page.locator(".print-only li").filter({ hasText: /^My cat, Miso$/ });
    expect(await printed.isVisible()).toBe(true);
    expect(await plan.entries("My reasons for living").first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(2_000);
    await page.emulateMedia({ media: "screen" });

    // With a plan saved, a PHQ-9 with item 9 above 0 shows the person's own plan at once.
    const checkups = new CheckupsPage(page);
    await checkups.checkupsLink.click();
    await checkups.waitUntilShown();
    await checkups.start(/mood has been over the last 2 weeks/);
    await checkups.answerAll([...Array.from({ length: 8 }, () => NOT_AT_ALL), "Nearly every day"]);
    await checkups.resultButton.click();
    await checkups.waitForResult();
    await checkups.safetyFirst.getByText("My cat, Miso").waitFor();
    expect(await checkups.safetyFirst.textContent()).toContain("A hot shower");
    expect(await comesBefore(checkups.safetyFirst, checkups.scoreHeading)).toBe(true);
  });
});
