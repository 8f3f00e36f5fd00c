import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PlanPage } from "./pages/PlanPage.js";
import { browserUnavailable } from "./support/browser.js";
import { openPage, useJourney } from "./support/journey.js";
import { addOwnActivity } from "./support/own-activity.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const WATER = "Water the plants";
const CALL = "Call Sam";
const TEXT = "Text Jo";

/** The edit form of one activity in `page`, and its title field. */
function editOf(page: Page, title: string) {
  const form = new PlanPage(page).activities.form(`Edit: ${title}`);
  return { form, field: form.getByLabel("Activity", { exact: true }) };
}

/**
 * Opens the edit form of `title` the way a person would, unless the section already reopened on
 * it with words kept from before. Waits first until the section has settled which kept change it
 * opens on, so a form that is about to open is never pressed over.
 */
async function openEdit(page: Page, title: string): Promise<void> {
  const plan = new PlanPage(page);
  await plan.waitUntilShown();
  await plan.activities.waitUntilSettled();
  const { form, field } = editOf(page, title);
  if (!(await form.isVisible())) {
    const opened = await plan.activities.summary.evaluate(
      (summary) =>
        summary.parentElement instanceof HTMLDetailsElement && summary.parentElement.open,
    );
    if (opened) {
      await page.getByText("Getting your activities…").waitFor({ state: "detached" });
    } else {
      await plan.activities.open();
    }
    // A change kept from before shows in its row once the list is there.
    if (!(await form.isVisible())) {
      await plan.activities.press(page.getByRole("button", { name: `Edit: ${title}` }));
    }
  }
  await field.waitFor();
}

/**
 * Every change to an own activity was kept under one name: a second tab pressing Edit on any
 * activity wiped the first tab's unsaved change, and the first tab, reloaded, came back on the
 * other activity's form with the other tab's words.
 */
describe.skipIf(browserUnavailable())("own activities changed in two tabs", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signIn = ownerSignIn(journey);

  it("changes to two different activities never replace each other", async () => {
    const tabA = await signIn("/plan");
    await new PlanPage(tabA).waitUntilShown();
    await addOwnActivity(tabA, journey.server.baseUrl, WATER);
    await addOwnActivity(tabA, journey.server.baseUrl, CALL);
    await tabA.reload();
    await openEdit(tabA, WATER);
    await editOf(tabA, WATER).field.fill("Water the plants on the sill");

    const tabB = await journey.context.newPage();
    await openPage(tabB, `${journey.server.baseUrl}/plan`);
    await openEdit(tabB, CALL);
    await editOf(tabB, CALL).field.fill("Call Sam after tea");

    // Each tab, reloaded, comes back on its own activity and its own words.
    await tabA.reload();
    await openEdit(tabA, WATER);
    expect(await editOf(tabA, WATER).field.inputValue()).toBe("Water the plants on the sill");
    expect(await editOf(tabA, CALL).form.count()).toBe(0);
    await tabB.reload();
    await openEdit(tabB, CALL);
    expect(await editOf(tabB, CALL).field.inputValue()).toBe("Call Sam after tea");
    expect(await editOf(tabB, WATER).form.count()).toBe(0);

    // Saved in one tab, that change is done; the other's stays kept.
    await editOf(tabA, WATER).form.getByRole("button", { name: "Save" }).click();
    await new PlanPage(tabA).activities.status
      .filter({ hasText: "Saved: Water the plants on the sill." })
      .waitFor();
    await tabB.reload();
    await openEdit(tabB, CALL);
    expect(await editOf(tabB, CALL).field.inputValue()).toBe("Call Sam after tea");
    await editOf(tabB, CALL).form.getByRole("button", { name: "Cancel" }).click();
    await tabB.close();
  });

  it("two tabs changing the same activity each keep their own words, and a closed tab's are offered again", async () => {
    const tabA = await signIn("/plan");
    await new PlanPage(tabA).waitUntilShown();
    await addOwnActivity(tabA, journey.server.baseUrl, TEXT);
    await tabA.reload();
    await openEdit(tabA, TEXT);
    await editOf(tabA, TEXT).field.fill("Text Jo on Sunday");

    // A second tab does not take over the words the first is still writing.
    const tabB = await journey.context.newPage();
    await openPage(tabB, `${journey.server.baseUrl}/plan`);
    await openEdit(tabB, TEXT);
    expect(await editOf(tabB, TEXT).form.locator(".draft-notice").count()).toBe(0);
    expect(await editOf(tabB, TEXT).field.inputValue()).toBe(TEXT);
    await editOf(tabB, TEXT).field.fill("Text Jo from the bus");

    // The phone reloads tab A in the background: its own words, whole.
    await tabA.reload();
    await openEdit(tabA, TEXT);
    expect(await editOf(tabA, TEXT).field.inputValue()).toBe("Text Jo on Sunday");
    await tabB.close();

    // The closed tab's words are nobody's now: a tab opened later goes on with them.
    const tabC = await journey.context.newPage();
    await openPage(tabC, `${journey.server.baseUrl}/plan`);
    await openEdit(tabC, TEXT);
    await editOf(tabC, TEXT).form.locator(".draft-notice").waitFor();
    expect(await editOf(tabC, TEXT).field.inputValue()).toBe("Text Jo from the bus");
    await tabC.close();

    // Signing out finds every kept change, whichever activity or tab it was for.
    const plan = new PlanPage(tabA);
    await plan.signOutAsked("Something you wrote isn't saved yet");
    await tabA.getByRole("button", { name: "Sign out and delete them" }).click();
    await plan.waitForHeading("Sign in");
    const left = await tabA.evaluate(() =>
      Object.keys(window.localStorage).filter((key) => key.startsWith("reconnect:draft:")),
    );
    expect(left).toEqual([]);
  });
});
