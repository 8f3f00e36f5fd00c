import { describe, expect, it } from "vitest";
import { type NextStepPanel, recordWithNextStep } from "./pages/NextStepPanel.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles, tabTo } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

describe.skipIf(browserUnavailable())("the next small step, from the keyboard on a phone", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("Cancel goes back to the button that opened the form, and what is missing has focus put on it", async () => {
    const { page } = journey;
    await signIn("/thoughts/new");
    const next: NextStepPanel = await recordWithNextStep(page);
    await next.region.waitFor();

    await tabTo(page, next.planThis, "Plan this");
    await page.keyboard.press("Enter");
    await next.planForm.waitFor();
    await tabTo(page, next.planForm.getByRole("button", { name: "Cancel" }), "Cancel");
    await page.keyboard.press("Enter");
    // The form goes with its Cancel: focus is back where the person opened it, not on the page.
    await expectFocusSettles(page, next.planThis, "Plan this");

    await tabTo(page, next.addToCircle, "Add to my circle");
    await page.keyboard.press("Enter");
    await next.circleForm.waitFor();
    await tabTo(page, next.circleForm.getByRole("button", { name: "Cancel" }), "Cancel");
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, next.addToCircle, "Add to my circle");

    // Planned with no guess: refused, with focus on the guess, where an arrow key answers it.
    await tabTo(page, next.planThis, "Plan this");
    await page.keyboard.press("Enter");
    await tabTo(
      page,
      next.planForm.getByRole("button", { name: "Add to my plan" }),
      "Add to my plan",
    );
    await page.keyboard.press("Enter");
    await next.planForm.getByText(/make a guess at how much you'll enjoy it/).waitFor();
    const guess = next.planForm.getByRole("radiogroup", {
      name: /How much do you think you'll enjoy it/,
    });
    await expectFocusSettles(
      page,
      guess.getByRole("radio", { name: "0", exact: true }),
      "the guess's first point",
    );
    await page.keyboard.press("ArrowRight");
    expect(await guess.getByRole("radio", { name: "1", exact: true }).isChecked()).toBe(true);

    // And with what to do emptied: focus on the box that needs it.
    const what = next.planForm.getByLabel("What you'll do");
    await what.fill("");
    await tabTo(
      page,
      next.planForm.getByRole("button", { name: "Add to my plan" }),
      "Add to my plan",
    );
    await page.keyboard.press("Enter");
    await next.planForm.getByText("Please say what you'd like to do.").waitFor();
    await expectFocusSettles(page, what, "What you'll do");

    // The same in "Add to my circle", its name emptied.
    await tabTo(page, next.planForm.getByRole("button", { name: "Cancel" }), "Cancel");
    await page.keyboard.press("Enter");
    await tabTo(page, next.addToCircle, "Add to my circle");
    await page.keyboard.press("Enter");
    const name = next.circleForm.getByLabel("Name", { exact: true });
    await name.fill("");
    await tabTo(
      page,
      next.circleForm.getByRole("button", { name: "Add to my circle" }),
      "the form's Add to my circle",
    );
    await page.keyboard.press("Enter");
    await next.circleForm.getByText("Please add a name, or a nickname.").waitFor();
    await expectFocusSettles(page, name, "Name");
  });
});
