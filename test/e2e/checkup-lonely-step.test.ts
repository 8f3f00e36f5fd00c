import { describe, expect, it } from "vitest";
import { CheckupsPage } from "./pages/CheckupsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles, tabTo } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { pageWidth, readTextAt } from "./support/large-text.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

describe.skipIf(browserUnavailable())("a loneliness check-up's result", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("offers one small step toward someone, not only the list of scores", async () => {
    const { page } = journey;
    await readTextAt(page, 200);
    await signIn("/check-ups");
    const checkups = new CheckupsPage(page);
    await checkups.openLoneliness();
    await checkups.answerAllButSend(["Often", "Often", "Often"]);
    await checkups.resultButton.click();
    await checkups.waitForResult();
    await page.getByText("Often lonely", { exact: true }).waitFor();

    // The result says it "can change with small steps": the way to one is a Tab away.
    const step = page.getByRole("link", { name: "Find one small way back to someone" });
    await tabTo(page, step, "the link to a small step toward someone");
    await expect(step.getAttribute("href")).resolves.toBe("/circle");
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Your circle" }).waitFor();
  });

  it("puts focus on the result when the check-up was opened straight from its address", async () => {
    const { page } = journey;
    await signIn("/check-ups/ucla3");
    const checkups = new CheckupsPage(page);
    await checkups.question("Question 1 of 3").waitFor();
    // Coming back to it later: a fresh load of its address, not a move inside the app.
    await page.reload();
    await checkups.question("Question 1 of 3").waitFor();
    await checkups.answerAllButSend(["Often", "Often", "Often"]);
    await checkups.resultButton.focus();
    await page.keyboard.press("Enter");
    // "See my result" goes as the result comes: its heading takes focus, so a screen reader
    // says it, rather than focus dropping onto the page with nothing said.
    await expectFocusSettles(
      page,
      page.getByRole("heading", { level: 1, name: "Your result" }),
      "the result's heading",
    );
  });
});
