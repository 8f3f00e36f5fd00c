import { describe, expect, it } from "vitest";
import { CheckupsPage } from "./pages/CheckupsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { holdRequests, tapTwiceAtOnce } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

describe.skipIf(browserUnavailable())("a check-up saved on a slow connection", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("is saved once, even when the person, tired of waiting, leaves and asks to save it again", async () => {
    const { page } = journey;
    await signIn("/check-ups");
    const checkups = new CheckupsPage(page);
    await checkups.openLoneliness();
    await checkups.answerAllButSend(["Some of the time", "Hardly ever", "Often"]);

    const held = await holdRequests(page, "**/api/assessments", (method) => method === "POST");
    await checkups.resultButton.click();
    const saving = page.getByRole("button", { name: "Saving…" });
    await saving.click();
    // Still waiting, so away: "Save them as they are" is the one way on that sounds like progress.
    await checkups.leaveButton.click();
    await checkups.leaveChoice("Save them as they are").click();
    await saving.waitFor();
    expect(held.sent).toEqual(["POST"]);
    held.release();
    await checkups.waitForResult();
    await held.stop();

    const saved = await page.evaluate(async () => {
      const response = await fetch("/api/assessments", { headers: { Accept: "application/json" } });
      return ((await response.json()) as { assessments: unknown[] }).assessments.length;
    });
    expect(saved).toBe(1);
  });

  it("is saved once when 'See my result' is tapped twice in one go", async () => {
    const { page } = journey;
    await signIn("/check-ups");
    const checkups = new CheckupsPage(page);
    await checkups.openLoneliness();
    await checkups.answerAllButSend(["Often", "Often", "Often"]);

    const held = await holdRequests(page, "**/api/assessments", (method) => method === "POST");
    // Both taps land before the page has drawn "Saving…".
    await tapTwiceAtOnce(checkups.resultButton);
    held.release();
    await checkups.waitForResult();
    await held.stop();
    expect(held.sent).toEqual(["POST"]);
  });
});
