import { describe, expect, it } from "vitest";
import { recordWithNextStep } from "./pages/NextStepPanel.js";
import { PlanPage } from "./pages/PlanPage.js";
import { ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { crisisCheckAnswered } from "./support/crisis-check.js";
import { useJourney } from "./support/journey.js";
import { liesBetween } from "./support/order.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };
// One of the project's own crisis statements, as the check-in journeys write it.
const CRISIS = "Everyone would be better off without me.";

describe.skipIf(browserUnavailable())("crisis words in a thought record's next small step", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("bring the card under 'What you'll do', close for good, and never stop the step being planned", async () => {
    const { page } = journey;
    await signIn("/thoughts/new");
    const next = await recordWithNextStep(page);
    const card = new ThoughtRecordPage(page).crisisCard;
    // The record itself held no crisis words ("Well done", not the answer for heavy words): no
    // card, once the card's own check has answered.
    await crisisCheckAnswered(page);
    expect(await card.count()).toBe(0);
    await next.planThis.click();
    const day = next.planForm.getByLabel("Which day");

    await next.what.fill("");
    await next.what.pressSequentially(CRISIS);
    await card.waitFor();
    expect(await card.count()).toBe(1);
    // In place: under the words, before the day.
    expect(await liesBetween(next.what, card, day)).toBe(true);
    expect(await next.what.inputValue()).toBe(CRISIS);
    await expect(
      card.getByRole("link", { name: "See all help lines" }).getAttribute("href"),
    ).resolves.toMatch(/^\/crisis\?from=%2Fthoughts%2F/);
    expect(await violations(page)).toEqual([]);

    // Closed, it stays closed while the person writes on with no new crisis words.
    await card.getByRole("button", { name: "Close this" }).click();
    await card.waitFor({ state: "detached" });
    await next.what.press("End");
    await next.what.pressSequentially(" Call Alex.");
    // Once the words as they now read have been checked, not before.
    await crisisCheckAnswered(next.planForm);
    expect(await card.count()).toBe(0);

    // Nothing is held back, with the card shown or closed: the step goes into the plan as written.
    await next.guessEnjoyment(2);
    await next.planForm.getByRole("button", { name: "Add to my plan" }).click();
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    await expect(plan.plan.filter({ hasText: `${CRISIS} Call Alex.` }).count()).resolves.toBe(1);
  });
});
