import { describe, expect, it } from "vitest";
import { SAFETY_PLAN_ENTRY_MAX } from "../../src/core/safety-plan/safety-plan.schema.js";
import { SafetyPlanPage } from "./pages/SafetyPlanPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { pageWidth, readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };
/** A step written out at length elsewhere and pasted in whole: 500 characters. */
const PASTED = `When the evenings get long I ${"stop answering messages and ".repeat(18)}`.slice(
  0,
  500,
);

describe.skipIf(browserUnavailable())("a safety plan entry longer than a box holds", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("says, on screen and to a screen reader, that the words past the limit were not kept", async () => {
    const { page } = journey;
    await readTextAt(page, 200);
    await signIn("/safety-plan");
    const plan = new SafetyPlanPage(page);
    await plan.editWhenLoaded();
    await plan.add("My warning signs", "I stop eating properly");
    const entries = plan.entries("My warning signs");
    // Nothing said of a box that is not full.
    expect(await plan.step("My warning signs").getByText("This box holds").count()).toBe(0);

    await plan.add("My warning signs", PASTED);
    const box = entries.nth(1);
    expect((await box.inputValue()).length).toBe(SAFETY_PLAN_ENTRY_MAX);
    const said = `This box holds ${SAFETY_PLAN_ENTRY_MAX} characters, so anything past that was not kept here. To write more, use "Add another".`;
    await plan.step("My warning signs").getByText(said).waitFor();
    // Heard with the box itself, by someone who cannot see the words under it.
    const description = await box.evaluate((element) =>
      (element.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    );
    expect(description).toContain(said);
    expect(await pageWidth(page)).toBe(PHONE.width);
    expect(await violations(page)).toEqual([]);

    // The first box, not full, says nothing.
    await expect(entries.nth(0).getAttribute("aria-describedby")).resolves.toBeNull();
  });
});
