import { describe, expect, it } from "vitest";
import { PlanPage } from "./pages/PlanPage.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles, tabTo } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

describe.skipIf(browserUnavailable())("planning a step without a guess, from the keyboard", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("is refused with focus on the guess, where the arrow keys answer it, and then planned", async () => {
    const { page } = journey;
    await signIn("/plan");
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    const first = page.getByRole("button", { name: /^Plan this:/ }).first();
    const title = ((await first.getAttribute("aria-label")) ?? "").replace(/^Plan this: /, "");
    await tabTo(page, first, "the first 'Plan this'");
    await page.keyboard.press("Enter");
    const form = plan.planForm(title);
    await form.waitFor();

    // Straight to "Add to my plan", past the guess, as a tired person might.
    await tabTo(page, form.getByRole("button", { name: "Add to my plan" }), "Add to my plan");
    await page.keyboard.press("Enter");
    await form.getByRole("alert").filter({ hasText: "Pick a guess from 0 to 10" }).waitFor();
    // Not left on the button, a Shift+Tab trip back up the phone from what is missing: the
    // guess itself has focus, so the next arrow key answers it.
    const guess = form.getByRole("radiogroup", { name: "How much do you think you'll enjoy it?" });
    await expectFocusSettles(
      page,
      guess.getByRole("radio", { name: "0", exact: true }),
      "the guess's first point",
    );

    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await guess.getByRole("radio", { name: "2", exact: true }).isChecked()).toBe(true);
    await page.keyboard.press("Enter");
    await form.waitFor({ state: "detached" });
    await plan.plan.filter({ hasText: title }).first().waitFor();
  });
});
