import { describe, expect, it } from "vitest";
import { CheckupsPage } from "./pages/CheckupsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

describe.skipIf(browserUnavailable())("going back in a check-up", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("shows the answer given, when the question left had another answer chosen", async () => {
    const { page } = journey;
    await signIn("/check-ups");
    const checkups = new CheckupsPage(page);
    await checkups.openLoneliness();
    await checkups.answerAllButSend(["Some of the time", "Hardly ever", "Often"]);

    await checkups.backButton.click();
    const two = checkups.question("Question 2 of 3");
    await two.waitFor();
    expect(await two.getByRole("radio", { name: "Hardly ever", exact: true }).isChecked()).toBe(
      true,
    );
    await checkups.backButton.click();
    expect(
      await checkups
        .question("Question 1 of 3")
        .getByRole("radio", { name: "Some of the time", exact: true })
        .isChecked(),
    ).toBe(true);
    // And forward again, each answer still there as given.
    await checkups.nextButton.click();
    await checkups.nextButton.click();
    expect(
      await checkups
        .question("Question 3 of 3")
        .getByRole("radio", { name: "Often", exact: true })
        .isChecked(),
    ).toBe(true);
  });
});
