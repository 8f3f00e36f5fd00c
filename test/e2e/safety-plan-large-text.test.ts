import { describe, expect, it } from "vitest";
import { safetyPlanSteps } from "../../src/core/safety-plan/safety-plan.schema.js";
import { SafetyPlanPage, saveSafetyPlan } from "./pages/SafetyPlanPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { type Journey, useJourney } from "./support/journey.js";
import { readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

const lines = (name: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${name} ${from + i}`);

/** Saves `plan` as another device of the same person would, past this browser's network. */
async function saveElsewhere({ context, server }: Journey, plan: Record<string, string[]>) {
  const cookie = (await context.cookies(server.baseUrl)).map((c) => `${c.name}=${c.value}`);
  const steps = Object.fromEntries(safetyPlanSteps.map((step) => [step, plan[step] ?? []]));
  const response = await fetch(`${server.baseUrl}/api/safety-plan`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie: cookie.join("; ") },
    body: JSON.stringify(steps),
  });
  expect(response.status).toBe(200);
}

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

  it("stays one short line with two steps past their limit, the notice naming them", async () => {
    const { page } = journey;
    await readTextAt(page, 200);
    await signIn("/safety-plan");
    await new SafetyPlanPage(page).waitForHeading("My safety plan");
    const first = {
      warningSigns: lines("Warning sign", 1, 15),
      reasonsForLiving: lines("Reason", 1, 15),
    };
    expect(await saveSafetyPlan(page, first)).toBe(200);
    await page.reload();
    const plan = new SafetyPlanPage(page);
    await plan.editWhenLoaded();
    // Four lines more in two steps, kept on this device while its saves do not get through...
    await page.route("**/api/safety-plan", (route) =>
      route.request().method() === "PUT" ? route.abort() : route.continue(),
    );
    for (const line of lines("Warning sign", 16, 19)) await plan.add("My warning signs", line);
    for (const line of lines("Reason", 16, 19)) await plan.add("My reasons for living", line);
    await plan.status.filter({ hasText: "Not saved yet — kept on this device" }).waitFor();
    // ...while four others went into each on another device: kept together, each step has 23.
    await saveElsewhere(journey, {
      warningSigns: [...first.warningSigns, ...lines("Warning sign", 30, 33)],
      reasonsForLiving: [...first.reasonsForLiving, ...lines("Reason", 30, 33)],
    });
    await page.unrouteAll();
    await page.reload();

    // Counted on the pinned line, named in the notice at the top of the form.
    await plan.status
      .filter({ hasText: /^2 steps need your choice; the rest is saved\.$/ })
      .waitFor();
    await plan.notice
      .filter({
        hasText:
          /Step 1, “My warning signs” and step 7, “My reasons for living” now have more than the 20 lines/,
      })
      .waitFor();
    const pinned = await page.locator(".saving-status").boundingBox();
    expect(pinned?.height).toBeLessThanOrEqual(PHONE.height / 4);

    // Each step's own note stays beside its lines and is read with the step, but is not a live
    // region: the notice above is, so the news is heard once, not three times.
    for (const title of ["My warning signs", "My reasons for living"]) {
      const note = plan
        .step(title)
        .getByText("This step now has 23 lines, and a step can hold 20.");
      await note.waitFor();
      expect(
        await note.evaluate((element) => {
          const step = element.closest("fieldset");
          const described = step?.getAttribute("aria-describedby")?.split(" ") ?? [];
          return {
            live: element.closest("[aria-live]") !== null,
            linked: described.includes(element.id),
          };
        }),
      ).toEqual({ live: false, linked: true });
    }
    expect(
      await page
        .locator("main [aria-live]")
        .filter({ hasText: /more than the 20 lines/ })
        .count(),
    ).toBe(1);
    expect(await violations(page)).toEqual([]);
  });
});
