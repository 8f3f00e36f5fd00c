import { describe, expect, it } from "vitest";
import { SharePage } from "./pages/SharePage.js";
import { browserUnavailable } from "./support/browser.js";
import { holdRequests, tapTwiceAtOnce } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * On a phone with a slow connection nothing seems to happen after "Make the link", and a tired
 * thumb taps again before the screen says "Making the link…". Each such tap made one more live
 * link to the person's week: a second card out in the world that they never sent to anyone.
 */
describe.skipIf(browserUnavailable())(
  "a share link made and turned off on a slow connection",
  () => {
    const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const signIn = ownerSignIn(journey);

    it("makes one link however fast the button is tapped, and turns it off once", async () => {
      const page = await signIn("/share");
      const share = new SharePage(page);
      await share.makeLink.waitFor();
      await share.energy("Some").check();
      await page.getByRole("button", { name: "A short call is okay" }).click();

      const made = await holdRequests(page, "**/api/shares", (method) => method === "POST");
      await tapTwiceAtOnce(share.makeLink);
      made.release();
      await share.madeHeading.waitFor();
      await made.stop();
      expect(made.sent).toEqual(["POST"]);

      const item = share.items.first();
      await share.turnOffButton(item).click();
      const off = await holdRequests(page, "**/api/shares/*", (method) => method === "DELETE");
      await tapTwiceAtOnce(page.getByRole("button", { name: "Yes, turn it off" }));
      off.release();
      await share.noneActive.waitFor();
      await off.stop();
      expect(off.sent).toEqual(["DELETE"]);

      const listed = await page.request.get(`${journey.server.baseUrl}/api/shares`);
      const { shares } = (await listed.json()) as { shares: { active: boolean }[] };
      expect(shares.map((s) => s.active)).toEqual([false]);
    });
  },
);
