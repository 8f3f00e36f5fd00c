import { describe, expect, it } from "vitest";
import { planFromThought } from "./pages/NextStepPanel.js";
import { RemindersSection } from "./pages/RemindersSection.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * Planning a step from a thought record opens Plan. It used to open at the top with no word of
 * the step, which sat out of sight in the week below: a tired person could not tell it had
 * worked, and might plan it again. Now Plan says so and takes them to it, as it does for a step
 * planned on Plan itself.
 */
describe.skipIf(browserUnavailable())("a step planned from a thought record, on a phone", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("Plan says the step was planned, focus is on it, and the calendar says it once", async () => {
    const page = await signIn("/thoughts/new");
    const plan = await planFromThought(page, "Send Alex one line");
    await page
      .getByRole("status")
      .filter({ hasText: "Planned: Send Alex one line, today." })
      .waitFor();
    const step = page.getByRole("heading", { level: 3, name: "Send Alex one line" });
    await expect(step.evaluate((heading) => heading === document.activeElement)).resolves.toBe(
      true,
    );
    expect(await plan.plan.filter({ hasText: "Send Alex one line" }).count()).toBe(1);

    // In the calendar the step is said once: its first step is its own words, not repeated.
    const link = await new RemindersSection(page).makeCalendarLink();
    const feed = await (await page.request.get(link)).text();
    expect(feed).toContain("SUMMARY:Send Alex one line");
    expect(feed).not.toContain("First step: Send Alex one line");
  });
});
