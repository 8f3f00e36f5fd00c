import { describe, it } from "vitest";
import { PeoplePage } from "./pages/PeoplePage.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * "Make an invitation link" pressed: the new panel with the link appeared above the button, but
 * focus stayed on the button and nothing was said, so a keyboard or screen reader never met it.
 */
describe.skipIf(browserUnavailable())("an invitation link just made", () => {
  const journey = useJourney({ reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("takes focus to the panel's heading, which names it", async () => {
    const page = await signIn("/admin");
    const people = new PeoplePage(page);
    await people.waitForHeading("People on this Reconnect");
    await people.inviteButton.focus();
    await page.keyboard.press("Enter");
    await expectFocusSettles(
      page,
      page.getByRole("heading", { name: "Here is an invitation" }),
      "the new invitation's heading",
    );
  });
});
