import { describe, expect, it } from "vitest";
import { CheckupsPage } from "./pages/CheckupsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles } from "./support/focus.js";
import { holdRequests } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

describe.skipIf(browserUnavailable())("a check-up answer reached while its save hangs", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("cannot be changed behind the save: what shows, what is stored and the result agree", async () => {
    const { page } = journey;
    await signIn("/check-ups");
    const checkups = new CheckupsPage(page);
    await checkups.openLoneliness();
    await checkups.answerAllButSend(["Some of the time", "Hardly ever", "Often"]);

    // Sent from the keyboard, Enter on the chosen answer, on a connection that does not answer.
    // The key goes wherever focus is: it is waited on the chosen answer first, so a loaded
    // machine's late focus fails here, named, not as a save that never started.
    const held = await holdRequests(page, "**/api/assessments", (method) => method === "POST");
    const chosen = checkups.question("Question 3 of 3").getByRole("radio", { checked: true });
    await expectFocusSettles(page, chosen, "the chosen answer to question 3");
    await page.keyboard.press("Enter");
    const saving = page.getByRole("button", { name: "Saving…" });
    await saving.waitFor();
    // Focus is not dropped on the page when the answers are locked: it waits on "Saving…".
    await expectFocusSettles(page, saving, "the Saving… button");
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Saving your answers" }).count())
      .toBe(1);

    // Tired of waiting, the person goes back and taps another answer to question 2.
    await checkups.backButton.click();
    const two = checkups.question("Question 2 of 3");
    await two.waitFor();
    await two.getByRole("radio", { name: "Often", exact: true }).click({ force: true });
    const onScreen = await two.getByRole("radio", { checked: true }).getAttribute("value");
    // Said, not just greyed: a screen reader hears each answer as unavailable while it saves.
    expect(await two.getByRole("radio", { name: "Often", exact: true }).isDisabled()).toBe(true);

    held.release();
    await checkups.waitForResult();
    await held.stop();

    const stored = await page.evaluate(async () => {
      const response = await fetch("/api/assessments", { headers: { Accept: "application/json" } });
      return ((await response.json()) as { assessments: { answers: number[]; score: number }[] })
        .assessments;
    });
    expect(stored).toHaveLength(1);
    // The answer the person last saw on screen is the one stored, and the result is its score.
    expect(String(stored[0]?.answers[1])).toBe(onScreen);
    expect(stored[0]?.answers).toEqual([2, 1, 3]);
    expect(await checkups.scoreHeading.textContent()).toContain(`score: ${stored[0]?.score} out`);
  });
});
