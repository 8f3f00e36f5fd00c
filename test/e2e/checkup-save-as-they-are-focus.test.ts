import { describe, expect, it } from "vitest";
import { CheckupsPage } from "./pages/CheckupsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles, tabTo } from "./support/focus.js";
import { holdRequests } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };

describe.skipIf(browserUnavailable())("'Save them as they are' from the keyboard", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("keeps focus on 'Saving…' while the answers save, then gives it to the result", async () => {
    const { page } = journey;
    await signIn("/check-ups");
    const checkups = new CheckupsPage(page);
    await checkups.openLoneliness();
    await checkups.answerAllButSend(["Some of the time", "Hardly ever", "Often"]);

    await tabTo(page, checkups.leaveButton, "Leave this check-up");
    await page.keyboard.press("Enter");
    await expectFocusSettles(
      page,
      checkups.leaveQuestion.getByRole("heading", { name: "Keep your answers?" }),
      "the question's heading",
    );

    // A slow connection, so what focus does while the answers save can be seen.
    const held = await holdRequests(page, "**/api/assessments", (method) => method === "POST");
    await tabTo(page, checkups.leaveChoice("Save them as they are"), "Save them as they are");
    await page.keyboard.press("Enter");
    // The question goes, the answers come back locked: focus waits where "See my result" leaves
    // it, on the button that now says "Saving…", not on the page where a screen reader hears nothing.
    await expectFocusSettles(
      page,
      page.getByRole("button", { name: "Saving…" }),
      "the Saving… button",
    );

    held.release();
    await checkups.waitForResult();
    await held.stop();
    // Then the result is read out from its heading, as after "See my result".
    await expectFocusSettles(
      page,
      page.getByRole("heading", { name: "Your result", level: 1 }),
      "the result's heading",
    );
  });

  it("asked again while the first save hangs, keeps focus on 'Saving…' with nothing sent twice", async () => {
    const { page } = journey;
    await signIn("/check-ups");
    const checkups = new CheckupsPage(page);
    await checkups.openLoneliness();
    await checkups.answerAllButSend(["Often", "Often", "Often"]);

    const held = await holdRequests(page, "**/api/assessments", (method) => method === "POST");
    await page.keyboard.press("Enter");
    // The save is on its way and held: were it not (once, under load, "Saving…" went again at
    // once), the journey would say so here, not as a focus that never settled.
    await expect.poll(() => held.sent).toEqual(["POST"]);
    const saving = page.getByRole("button", { name: "Saving…" });
    await expectFocusSettles(page, saving, "the Saving… button");

    await tabTo(page, checkups.leaveButton, "Leave this check-up");
    await page.keyboard.press("Enter");
    await tabTo(page, checkups.leaveChoice("Save them as they are"), "Save them as they are");
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, saving, "the Saving… button");
    expect(held.sent).toEqual(["POST"]);

    held.release();
    await checkups.waitForResult();
    await held.stop();
    await expectFocusSettles(
      page,
      page.getByRole("heading", { name: "Your result", level: 1 }),
      "the result's heading",
    );
  });
});
