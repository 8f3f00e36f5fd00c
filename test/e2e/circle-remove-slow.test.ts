import { describe, expect, it } from "vitest";
import { CirclePage } from "./pages/CirclePage.js";
import { browserUnavailable } from "./support/browser.js";
import { holdRequests } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/**
 * On a slow connection nothing seems to happen after "Yes, remove", so a tired thumb taps again.
 * The second tap asked to remove someone already gone, and the screen then said it could not
 * find them, just after they had been removed as asked.
 */
describe.skipIf(browserUnavailable())("removing someone on a slow connection", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("removes them once however often the answer is tapped, with no error after", async () => {
    const page = await signIn("/circle");
    const circle = new CirclePage(page);
    await circle.waitForHeading("Your circle");
    await circle.addButton.tap();
    await circle.field(circle.addForm, "Name").fill("Sam");
    await circle.button(circle.addForm, "Save").tap();
    await circle.status.getByText("Sam is in your circle.").waitFor();

    await circle.changeButton("Sam").tap();
    const change = circle.changeForm("Sam");
    await circle.button(change, "Remove from my circle").tap();

    const removals = await holdRequests(page, "**/api/people/*", (method) => method === "DELETE");
    await circle.button(change, "Yes, remove").tap();
    const removing = circle.button(change, "Removing…");
    await removing.waitFor();
    await removing.tap();
    removals.release();

    await circle.status.getByText("Sam is no longer in your circle.").waitFor();
    await removals.stop();
    expect(removals.sent).toHaveLength(1);
    expect(await page.getByText("couldn't find", { exact: false }).count()).toBe(0);
    expect(await circle.cardHeading("Sam").count()).toBe(0);
  });
});
