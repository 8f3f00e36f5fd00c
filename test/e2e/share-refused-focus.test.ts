import { describe, expect, it } from "vitest";
import { SharePage } from "./pages/SharePage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * "Make the link" pressed before saying how people can reach you. The words saying what was
 * missing appeared far above the button, off a phone's screen, and focus stayed on the button:
 * nothing seemed to happen, and a screen reader said nothing.
 */
describe.skipIf(browserUnavailable())("a share card sent with a choice missing", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("takes focus to the first choice that needs a look, which names what it needs", async () => {
    const page = await signIn("/share");
    const share = new SharePage(page);
    await share.makeLink.waitFor();

    // Nothing chosen at all: energy is first.
    await share.makeLink.focus();
    await page.keyboard.press("Enter");
    const energy = share.energy("Low");
    await expectFocusSettles(page, energy, "the first energy choice");
    const said = await energy.evaluate((radio) =>
      (radio.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    );
    expect(said).toContain("Choose how your energy is this week.");
    expect(await violations(page)).toEqual([]);

    // Energy chosen, how to reach you still missing: focus goes there, in view.
    await energy.check();
    await share.makeLink.focus();
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, share.ownWords, "how people can reach you");
    expect(await share.ownWords.isVisible()).toBe(true);

    await share.ownWords.fill("Texts are best");
    await share.makeLink.focus();
    await page.keyboard.press("Enter");
    await share.madeHeading.waitFor();
  });
});
