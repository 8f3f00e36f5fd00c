import { describe, expect, it } from "vitest";
import { crisisResourcesFor } from "../../src/core/crisis/crisis-resources.js";
import { emptySafetyPlan } from "../../src/core/safety-plan/prefill.js";
import { CheckupsPage } from "./pages/CheckupsPage.js";
import { saveSafetyPlan } from "./pages/SafetyPlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles, tabTo } from "./support/focus.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";
import { comesBefore } from "./support/order.js";
import { createOwner } from "./support/server.js";

const NOT_AT_ALL = "Not at all";
const PHQ9 = /mood has been over the last 2 weeks/;

describe.skipIf(browserUnavailable())("PHQ-9 item 9 is answered the moment it is answered", () => {
  const journey = useJourney({
    locale: "en-GB",
    reducedMotion: "reduce",
    viewport: { width: 390, height: 844 },
  });
  let ownerMade = false;

  async function openCheckups({ page, server }: Journey): Promise<CheckupsPage> {
    if (!ownerMade) {
      await createOwner(server.baseUrl, OWNER);
      ownerMade = true;
    }
    await openPage(page, `${server.baseUrl}/check-ups`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    const checkups = new CheckupsPage(page);
    await checkups.waitUntilShown();
    return checkups;
  }

  /** Answers items 1–8 "Not at all" and item 9 `nine`, staying on item 9's screen. */
  async function upToItemNine(checkups: CheckupsPage, nine: string): Promise<void> {
    await checkups.start(PHQ9);
    for (let n = 1; n <= 8; n += 1) await checkups.answer(`Question ${n} of 9`, NOT_AT_ALL);
    await checkups
      .question("Question 9 of 9")
      .getByRole("radio", { name: nine, exact: true })
      .check();
  }

  it("shows help on item 9's own screen, before the next question, with honest words that nobody is told", async () => {
    const { page } = journey;
    const checkups = await openCheckups(journey);
    await upToItemNine(checkups, "Several days");

    // Still on item 9: nothing else has been asked, and help is already here, just below its
    // answers and before the way on.
    await checkups.safetyFirst.waitFor();
    const nine = checkups.question("Question 9 of 9");
    expect(await nine.isVisible()).toBe(true);
    expect(await checkups.question("One last question").count()).toBe(0);
    expect(await comesBefore(nine, checkups.safetyFirst)).toBe(true);
    expect(await comesBefore(checkups.safetyFirst, checkups.nextButton)).toBe(true);
    const words = await checkups.safetyFirst.textContent();
    expect(words).toContain("Reconnect keeps this private; no one is told.");
    expect(words).toContain("If you'd like someone to know, here is how to reach them.");
    expect(await page.getByText("Thank you for telling us").count()).toBe(0);
    await checkups.safetyFirst.getByRole("listitem").first().waitFor();
    expect(await checkups.safetyFirst.textContent()).toContain("Samaritans");
    await expect(
      checkups.safetyFirst
        .getByRole("link", { name: "Make your safety plan now" })
        .getAttribute("href"),
    ).resolves.toBe("/safety-plan");
    // Seen on a phone without scrolling past anything: its heading is in view.
    const box = await checkups.safetyFirst.getByRole("heading", { level: 2 }).boundingBox();
    expect(box !== null && box.y >= 0 && box.y < 844).toBe(true);
    expect(await violations(page)).toEqual([]);

    // A change of mind back to "Not at all" leaves help where it is: it never flickers away.
    await nine.getByRole("radio", { name: NOT_AT_ALL, exact: true }).check();
    expect(await checkups.safetyFirst.isVisible()).toBe(true);
  });

  it("by keyboard, arrows go on past 'Several days' to 'Nearly every day': help shows, the keys stay with the answers and the answers stay where they are", async () => {
    const { page } = journey;
    const checkups = await openCheckups(journey);
    await checkups.start(PHQ9);
    for (let n = 1; n <= 8; n += 1) await checkups.answer(`Question ${n} of 9`, NOT_AT_ALL);
    const nine = checkups.question("Question 9 of 9");
    const radio = (name: string) => nine.getByRole("radio", { name, exact: true });
    await tabTo(page, radio(NOT_AT_ALL), "'Not at all' on question 9");
    await page.keyboard.press("Space");
    await expect.poll(() => radio(NOT_AT_ALL).isChecked()).toBe(true);
    const before = await radio("Nearly every day").boundingBox();

    // Each arrow moves the answer on by one, as in any other radio group: help showing at the
    // first one above "Not at all" takes nothing from the keyboard.
    for (const answer of ["Several days", "More than half the days", "Nearly every day"]) {
      await page.keyboard.press("ArrowDown");
      await expectFocusSettles(page, radio(answer), `'${answer}' on question 9`);
      await checkups.safetyFirst.waitFor();
    }
    expect(await radio("Nearly every day").isChecked()).toBe(true);
    expect(await radio("Several days").isChecked()).toBe(false);
    // The answers did not move under a finger or a pointer as help came.
    const after = await radio("Nearly every day").boundingBox();
    expect(after?.y).toBe(before?.y);
    // Help is on screen, on item 9's own screen, and a screen reader is told where, once.
    const box = await checkups.safetyFirst.getByRole("heading", { level: 2 }).boundingBox();
    expect(box !== null && box.y >= 0 && box.y < 844).toBe(true);
    const told = page.getByRole("status").filter({ hasText: "Help lines are" });
    await expect
      .poll(() => told.textContent())
      .toBe("Help lines are just below, if you want them.");
    expect(await checkups.question("One last question").count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    // What is sent is the answer given: the highest one, not the first the arrows passed.
    await checkups.nextButton.click();
    await checkups.question("One last question").waitFor();
    await checkups.resultButton.click();
    await checkups.waitForResult();
    expect(await checkups.scoreHeading.textContent()).toContain("3 out of 27");
    // Arriving on the result, help leads and takes focus, as before.
    await expectFocusSettles(
      page,
      checkups.safetyFirst.getByRole("heading", { level: 2 }),
      "the item-9 help's heading on the result",
    );
  });

  it("names each question plainly, with no stray space before its colon", async () => {
    const checkups = await openCheckups(journey);
    await checkups.start(PHQ9);
    await journey.page
      .getByRole("group", {
        name: "Question 1 of 9: Little interest or pleasure in doing things",
        exact: true,
      })
      .waitFor();
  });

  it("the item-9 panel's 'See all help lines' leads back to the check-up, and Back finds focus on that help", async () => {
    const { page } = journey;
    const checkups = await openCheckups(journey);
    await upToItemNine(checkups, "Several days");
    await checkups.safetyFirst.waitFor();
    const allLines = checkups.safetyFirst.getByRole("link", { name: "See all help lines" });
    // As the header's "Get help now" does: the crisis page's way back names the check-up.
    await expect(allLines.getAttribute("href")).resolves.toBe("/crisis?from=%2Fcheck-ups%2Fphq9");
    await expect(checkups.helpLink.getAttribute("href")).resolves.toBe(
      await allLines.getAttribute("href"),
    );

    await allLines.click();
    await page.waitForURL(/\/crisis\?from=/);
    await page.getByRole("link", { name: "Back to Reconnect" }).click();
    await page.waitForURL(/\/check-ups\/phq9$/);
    await checkups.question("Question 9 of 9").waitFor();
    await checkups.safetyFirst.waitFor();

    // The browser's own Back from the crisis page: focus where the person was, the item-9 help.
    await checkups.helpLink.click();
    await page.waitForURL(/\/crisis\?from=/);
    await page.goBack();
    await checkups.question("Question 9 of 9").waitFor();
    await expectFocusSettles(
      page,
      checkups.safetyFirst.getByRole("heading", { level: 2 }),
      "the item-9 help's heading",
    );
  });

  it("offers a call and a text for the people written in the plan, right beside item 9's help", async () => {
    const { page } = journey;
    const checkups = await openCheckups(journey);
    expect(
      await saveSafetyPlan(page, {
        copingAlone: ["Walk round the block"],
        peopleToAsk: ["My sister Lena, 07700 900456"],
      }),
    ).toBe(200);
    await upToItemNine(checkups, "Several days");
    await checkups.safetyFirst.getByText("My sister Lena, 07700 900456").waitFor();
    const call = checkups.safetyFirst.getByRole("link", { name: "Call 07700 900456" });
    await expect(call.getAttribute("href")).resolves.toBe("tel:07700900456");
    await expect(
      checkups.safetyFirst.getByRole("link", { name: "Text 07700 900456" }).getAttribute("href"),
    ).resolves.toMatch(/^sms:07700900456/);
    const box = await call.boundingBox();
    expect(box !== null && box.height >= 44 && box.width >= 44).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it("shows the plan's own words beside the help lines, without saying those lines again", async () => {
    const { page } = journey;
    const checkups = await openCheckups(journey);
    // As the editor saves a plan whose pre-filled professionals were left as they came.
    const professionals = emptySafetyPlan(crisisResourcesFor("GB")).professionals;
    expect(
      await saveSafetyPlan(page, {
        copingAlone: ["Walk round the block"],
        distractions: ["The library café"],
        professionals: ["Dr Okafor, 020 7946 0000", ...professionals],
      }),
    ).toBe(200);
    await upToItemNine(checkups, "Several days");
    const card = checkups.safetyFirst;
    await card.getByText("Dr Okafor, 020 7946 0000").waitFor();
    await card.getByRole("listitem").first().waitFor();
    expect(await card.getByText("The library café").isVisible()).toBe(true);
    // The lines once, in the list above the plan; the emergency line not again below it.
    expect(await card.getByText("Samaritans", { exact: false }).count()).toBe(1);
    expect(await card.getByText("In an emergency: call 999").count()).toBe(0);
    expect(await violations(page)).toEqual([]);
  });

  it("leaving with answers asks whether to keep them; kept, saved or let go, item-9 help stays in view", async () => {
    const { page } = journey;
    let checkups = await openCheckups(journey);
    await upToItemNine(checkups, "Several days");
    await checkups.nextButton.click();
    await checkups.question("One last question").waitFor();

    // Leave at the optional last question: asked, with help still above.
    await checkups.leaveButton.click();
    await checkups.leaveQuestion.waitFor();
    expect(await checkups.safetyFirst.isVisible()).toBe(true);
    // Counted as the check-up's first screen counts them: nine, the optional one apart.
    expect(await checkups.leaveQuestion.textContent()).toContain(
      "You have answered all 9 questions; only the last one, which you can skip, is left.",
    );
    expect(await violations(page)).toEqual([]);

    // Kept: still beside the help, with a way on.
    await checkups.leaveChoice("Keep them to finish later").click();
    await page.getByRole("heading", { name: "Your answers are kept on this device" }).waitFor();
    expect(await checkups.safetyFirst.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/check-ups/phq9");

    // Coming back finds them, where they were, with help shown at once.
    await page.getByRole("link", { name: "Go to your check-ups" }).click();
    await checkups.waitUntilShown();
    await page.getByRole("link", { name: /PHQ-9.*your answers are kept here to finish/ }).waitFor();
    await checkups.start(PHQ9);
    await checkups.draftNotice.getByText("Your draft is still here").waitFor();
    await checkups.question("One last question").waitFor();
    await checkups.safetyFirst.waitFor();

    // Saved as they are: the result leads with help, then the score.
    await checkups.leaveButton.click();
    await checkups.leaveChoice("Save them as they are").click();
    await checkups.waitForResult();
    await checkups.safetyFirst.waitFor();
    expect(await checkups.scoreHeading.textContent()).toContain("1 out of 27");
    expect(await comesBefore(checkups.safetyFirst, checkups.scoreHeading)).toBe(true);

    // Let go: nothing kept, help still in view.
    checkups = new CheckupsPage(page);
    await page.getByRole("link", { name: "See all your check-ups" }).click();
    await checkups.waitUntilShown();
    await upToItemNine(checkups, "More than half the days");
    await checkups.safetyFirst.waitFor();
    await checkups.leaveButton.click();
    await checkups.leaveChoice("Let them go").click();
    await page.getByRole("heading", { name: "Your answers are let go" }).waitFor();
    expect(await checkups.safetyFirst.isVisible()).toBe(true);
    const kept = await page.evaluate(() =>
      Object.keys(window.localStorage).filter((key) => key.startsWith("reconnect:draft:")),
    );
    expect(kept).toEqual([]);
  });

  it("leaving with no answers given goes straight back, and a check-up left by 'Get help now' keeps its answers", async () => {
    const { page } = journey;
    const checkups = await openCheckups(journey);
    await checkups.start(PHQ9);
    await checkups.leaveButton.click();
    await checkups.waitUntilShown();
    expect(await checkups.leaveQuestion.count()).toBe(0);

    await checkups.start(PHQ9);
    await checkups.answer("Question 1 of 9", "Several days");
    await checkups.answer("Question 2 of 9", "More than half the days");
    await checkups.helpLink.click();
    await page.waitForURL(/\/crisis(\?from=[^&]*)?$/);
    await page.goBack();
    await checkups.draftNotice.getByText("Your draft is still here").waitFor();
    await checkups.question("Question 3 of 9").waitFor();
    // Back is a move the person made: focus on the screen's heading, as after any, not the page.
    await expectFocusSettles(
      page,
      page.getByRole("heading", { level: 1, name: "PHQ-9 check-up" }),
      "the check-up's heading",
    );
    await checkups.backButton.click();
    await expect(
      checkups
        .question("Question 2 of 9")
        .getByRole("radio", { name: "More than half the days" })
        .isChecked(),
    ).resolves.toBe(true);
    // No item-9 answer, so no item-9 help.
    expect(await checkups.safetyFirst.count()).toBe(0);
  });
});
