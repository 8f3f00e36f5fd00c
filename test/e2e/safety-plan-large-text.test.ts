import { describe, expect, it } from "vitest";
import { SafetyPlanPage, saveSafetyPlan } from "./pages/SafetyPlanPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

/*
 * While the safety plan is edited, the line about saving is pinned to the bottom of the screen.
 * With a save that did not go through, it used to hold the whole reason and "Try saving again"
 * too: at 200% text on a phone that was most of the screen, over the words being written.
 */
describe.skipIf(browserUnavailable())("the safety plan's saving line at 200% text", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("stays short when a save does not go through, with the reason and a retry in the page", async () => {
    const { page } = journey;
    await readTextAt(page, 200);
    await signIn("/safety-plan");
    await new SafetyPlanPage(page).waitForHeading("My safety plan");
    expect(await saveSafetyPlan(page, { warningSigns: ["I stop eating properly"] })).toBe(200);
    await page.reload();
    const plan = new SafetyPlanPage(page);
    await plan.editWhenLoaded();
    // The save is lost on its way, as on a dropped signal; the page itself stays.
    await page.route("**/api/safety-plan", (route) =>
      route.request().method() === "PUT" ? route.abort() : route.continue(),
    );
    await plan.add("People I can ask for help", "Alex, who said to call any time");
    await plan.status.filter({ hasText: "Not saved yet — kept on this device" }).waitFor();
    const pinned = await page.locator(".saving-status").boundingBox();
    expect(pinned?.height).toBeLessThanOrEqual(PHONE.height / 4);
    expect(await violations(page)).toEqual([]);

    // The way to try again is still there, and works once the save can get through.
    await page.unrouteAll();
    await page.getByRole("button", { name: "Try saving again" }).click();
    await plan.waitForAutosave();
  });
});
