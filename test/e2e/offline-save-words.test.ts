import { describe, expect, it } from "vitest";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const THOUGHT = "Everyone at work thinks I'm useless";

/**
 * A person on a bus loses the signal and presses "Save for now". They were told "this can't
 * load. It will once you're back online", words meant for a screen that could not open: it
 * reads as if the save would go through by itself, so they could leave believing their words
 * were kept on the server. A save with no network says it did not go through and to try again.
 */
describe.skipIf(browserUnavailable())("saving with no network", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signIn = ownerSignIn(journey);

  it("says the save did not go through and to try again, not that something will load", async () => {
    const page = await signIn("/thoughts");
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    const record = await list.writeNewThought(THOUGHT);

    await journey.context.setOffline(true);
    await record.saveForNowButton.press("Enter");
    const problem = page.getByRole("alert");
    await problem.waitFor();
    const words = await problem.textContent();
    expect(words).toContain("You're offline just now, so this didn't go through.");
    expect(words).toContain("Try again once you're back online.");
    expect(words).not.toContain("can't load");
    expect(await record.thought.inputValue()).toBe(THOUGHT);

    // Back online, the same button saves it.
    await journey.context.setOffline(false);
    await record.saveForNowButton.press("Enter");
    await record.waitForSaved();
  });
});
