import { describe, expect, it } from "vitest";
import { CheckupsPage } from "./pages/CheckupsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { pageWidth, readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

describe.skipIf(browserUnavailable())("a check-up on a phone with text at twice the size", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("keeps Back, Next and 'See my result' inside the screen on every question", async () => {
    const { page } = journey;
    await readTextAt(page, 200);
    await signIn("/check-ups");
    const checkups = new CheckupsPage(page);
    await checkups.waitUntilShown();
    await checkups.start(/mood has been over the last 2 weeks/);

    const widths: Record<string, number> = {};
    for (let n = 1; n <= 9; n += 1) {
      const progress = `Question ${n} of 9`;
      await checkups.question(progress).waitFor();
      widths[progress] = await pageWidth(page);
      await checkups.answer(progress, "Several days");
    }
    await checkups.question("One last question").waitFor();
    widths["One last question"] = await pageWidth(page);

    // Nothing reaches past the phone's edge, where a button would be cut off or need scrolling.
    const past = Object.entries(widths).filter(([, width]) => width > PHONE.width);
    expect(past, "questions whose page reaches past the screen").toEqual([]);
    // And each button is whole on screen, where a thumb can reach it.
    for (const button of [checkups.backButton, checkups.resultButton]) {
      const box = await button.boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    }
  });
});
