import { describe, expect, it } from "vitest";
import { SignInPage } from "./pages/SignInPage.js";
import { ThoughtListPage, ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const THOUGHT = "Everyone at work thinks I'm useless";
const SIGNED_OUT =
  "You've been signed out on this device. Anything you were writing is kept here: sign in again and it will be waiting for you.";

/**
 * Someone writing a heavy thought presses "Save for now" after their session has run out. They
 * landed on "Sign in. Good to see you." with nothing saying why, nor that their words were kept,
 * and with a screen reader nothing was said at all: focus was left on the page itself. A tired
 * person could take it that what they wrote was gone and give up there.
 */
describe.skipIf(browserUnavailable())("a session that runs out mid-sentence", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signIn = ownerSignIn(journey);

  it("says kindly why sign-in is back and that the words wait, then brings them back", async () => {
    const page = await signIn("/thoughts/new");
    const record = new ThoughtRecordPage(page);
    await record.waitUntilNew();
    // Opened afresh, as from a home-screen icon: no move inside the app has focused a heading yet.
    await page.reload();
    await record.toTheThought();
    await record.thought.fill(THOUGHT);

    await journey.context.clearCookies();
    await record.saveForNowButton.press("Enter");
    const again = new SignInPage(page);
    await again.waitUntilShown();
    await page.getByText(SIGNED_OUT).waitFor();
    // Focus is on the screen's heading, so a screen reader says where the person now is.
    expect(
      await page.evaluate(() => {
        const focused = document.activeElement;
        return `${focused?.tagName} ${focused?.textContent}`;
      }),
    ).toBe("H1 Sign in");

    await again.signIn(OWNER.username, OWNER.password);
    const back = new ThoughtRecordPage(page);
    await back.draftNotice.waitFor();
    await back.waitForStep("What went through your mind?");
    expect(await back.thought.inputValue()).toBe(THOUGHT);
  });

  it("keeps the plain welcome when Reconnect opens with no session", async () => {
    const page = await signIn("/thoughts");
    await new ThoughtListPage(page).waitUntilShown();
    await journey.context.clearCookies();
    await page.reload();
    await new SignInPage(page).waitUntilShown();
    await page.getByText("Good to see you.").waitFor();
    expect(await page.getByText(SIGNED_OUT).count()).toBe(0);
  });
});
