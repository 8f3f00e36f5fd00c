import { describe, expect, it } from "vitest";
import { SharePage } from "./pages/SharePage.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * A link made and then turned off at once, before "Done". The list emptied and the status said
 * the link was off, but the "Your link is ready" panel above went on offering that dead link's
 * words to copy as a message, as if it still worked.
 */
describe.skipIf(browserUnavailable())("a link turned off while its ready panel is open", () => {
  const journey = useJourney();
  const signIn = ownerSignIn(journey);

  it("closes the panel, takes focus to the list and says the link is off", async () => {
    const page = await signIn("/share");
    const share = new SharePage(page);
    await share.makeCard({
      forWhom: "Sam",
      energy: "Low",
      contact: "Texts welcome, calls are hard",
    });
    expect(await share.copyAsMessage.isVisible()).toBe(true);

    const item = share.item(/Sam/);
    await share.turnOffButton(item).click();
    await page.getByRole("button", { name: "Yes, turn it off" }).click();

    await share.noneActive.waitFor();
    await expectFocusSettles(page, share.activeHeading, "the active links heading");
    await page.getByRole("status").filter({ hasText: "Link turned off." }).waitFor();
    expect(await share.madeHeading.count()).toBe(0);
    expect(await share.copyAsMessage.count()).toBe(0);
  });
});
