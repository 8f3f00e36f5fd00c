import { describe, expect, it, vi } from "vitest";
import { type OwnActivity, PlanPage } from "./pages/PlanPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { crisisCheckAnswered } from "./support/crisis-check.js";
import { useJourney } from "./support/journey.js";
import { liesBetween } from "./support/order.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };
// One of the project's own crisis statements, as the check-in journeys write it.
const CRISIS = "Everyone would be better off without me.";

// Each journey here types, waits for the crisis check and runs axe more than once: 30 to 40 s on
// a busy machine, and past the suite's minute on a loaded one (seen: 63 s and 66 s).
vi.setConfig({ testTimeout: 120_000 });

describe.skipIf(browserUnavailable())("crisis words in an own activity on the Plan screen", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  /** Signed in on the Plan, the "Add your own" form open, and the parts of it these journeys use. */
  async function openOwnActivityForm() {
    const page = await signIn("/plan");
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    await plan.activities.open();
    await plan.activities.press(page.getByRole("button", { name: "Add your own", exact: true }));
    const form = plan.activities.form("Add your own activity");
    return {
      page,
      plan,
      form,
      title: form.getByLabel("Activity", { exact: true }),
      area: form.getByLabel("Area", { exact: true }),
      firstStep: form.getByLabel("A tiny first step", { exact: true }),
      card: plan.crisisCard,
    };
  }

  it("bring the card under the field they were written in, close for good, and never stop a save", async () => {
    const { page, plan, form, title, area, firstStep, card } = await openOwnActivityForm();
    const save = form.getByRole("button", { name: "Save", exact: true });

    // The activity's own words: the card right under them, before the next choice.
    await title.pressSequentially(CRISIS);
    await card.waitFor();
    expect(await card.count()).toBe(1);
    expect(await liesBetween(title, card, area)).toBe(true);
    expect(await title.inputValue()).toBe(CRISIS);
    await expect(
      card.getByRole("link", { name: "Open your safety plan" }).getAttribute("href"),
    ).resolves.toBe("/safety-plan");
    expect(await violations(page)).toEqual([]);

    // Closed, it stays closed while the person writes on with no new crisis words.
    await card.getByRole("button", { name: "Close this" }).click();
    await card.waitFor({ state: "detached" });
    await plan.activities.expectFocused(title);
    await title.press("End");
    await title.pressSequentially(" Tea first.");
    // Once the words as they now read have been checked, not before.
    await crisisCheckAnswered(form);
    expect(await card.count()).toBe(0);

    // The first step is watched on its own: its card comes under it, above Save.
    await form.getByLabel("Minutes", { exact: true }).fill("5");
    await firstStep.pressSequentially(CRISIS);
    await card.waitFor();
    expect(await liesBetween(firstStep, card, save)).toBe(true);
    expect(await violations(page)).toEqual([]);

    // Nothing is held back: Save adds the activity with every word as written.
    await save.click();
    const added = `${CRISIS} Tea first.`;
    await plan.activities.status.filter({ hasText: "It's listed under Connection." }).waitFor();
    await expect(
      plan.activities.area("Connection").filter({ hasText: added }).count(),
    ).resolves.toBe(1);
  });

  it("in both the activity and its first step bring one card, under the first, closed for both at once", async () => {
    const { page, plan, form, title, area, firstStep, card } = await openOwnActivityForm();

    await title.pressSequentially(CRISIS);
    await card.waitFor();
    await firstStep.pressSequentially(CRISIS);
    // Once the first step's words have been checked too: still the one card.
    await crisisCheckAnswered(form);
    expect(await card.count()).toBe(1);
    expect(await liesBetween(title, card, area)).toBe(true);
    expect(await violations(page)).toEqual([]);

    // Closed by keyboard, it goes for the words of both fields, and no second card takes its place.
    await card.getByRole("button", { name: "Close this" }).focus();
    await page.keyboard.press("Enter");
    await card.waitFor({ state: "detached" });
    await plan.activities.expectFocused(title);
    await crisisCheckAnswered(form);
    expect(await card.count()).toBe(0);

    // Both fields back at once, from the draft kept on the device: still one card, under the first.
    await page.reload();
    await plan.waitUntilShown();
    await form.waitFor();
    expect(await firstStep.inputValue()).toBe(CRISIS);
    await card.first().waitFor();
    await crisisCheckAnswered(form);
    expect(await card.count()).toBe(1);
    expect(await liesBetween(title, card, area)).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it("are watched the same way when an activity is edited", async () => {
    const page = await signIn("/plan");
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    await plan.activities.open();
    const own: OwnActivity = {
      title: "Water the plants",
      area: "Achievement",
      effort: "Tiny",
      minutes: 5,
      social: false,
      firstStep: "Fill the watering can",
    };
    await plan.activities.startOwn(own);
    await plan.activities.submit();
    await plan.activities.status.filter({ hasText: "It's listed under Achievement." }).waitFor();

    await plan.activities.press(page.getByRole("button", { name: `Edit: ${own.title}` }));
    const form = plan.activities.form(`Edit: ${own.title}`);
    const firstStep = form.getByLabel("A tiny first step", { exact: true });
    await firstStep.waitFor();
    // Words with nothing in them to worry about open with no card, once they have been checked.
    await crisisCheckAnswered(form);
    expect(await plan.crisisCard.count()).toBe(0);

    await firstStep.press("End");
    await firstStep.pressSequentially(`. ${CRISIS}`);
    await plan.crisisCard.waitFor();
    const save = form.getByRole("button", { name: "Save", exact: true });
    expect(await liesBetween(firstStep, plan.crisisCard, save)).toBe(true);
    expect(await violations(page)).toEqual([]);
    await save.click();
    await plan.activities.status.filter({ hasText: `Saved: ${own.title}.` }).waitFor();
  });
});
