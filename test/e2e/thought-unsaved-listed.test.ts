import { describe, expect, it } from "vitest";
import { ThoughtListPage, ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const THOUGHT = "I spoiled the whole evening for everyone again";

/**
 * A tired person starts a thought record, is called away, and comes back to the list later,
 * looking for what they wrote. Its words were kept on the device, but the list showed only
 * saved records, so they seemed lost.
 */
describe.skipIf(browserUnavailable())("a thought record begun and left unsaved", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signIn = ownerSignIn(journey);

  it("is shown on the list, opens again with its words, and goes from there once saved", async () => {
    const page = await signIn("/thoughts");
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    expect(await list.unsaved.count()).toBe(0);

    await list.writeNewThought(THOUGHT);
    await list.thoughtsLink.click();
    await list.waitUntilShown();
    await list.unsaved.waitFor();
    await expect(list.unsaved.textContent()).resolves.toContain(`“${THOUGHT}”`);
    expect(await list.records.count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    // Still there after the page is closed and opened again.
    await page.reload();
    await list.waitUntilShown();
    await list.unsaved.getByRole("link", { name: "Go on with it" }).click();
    const again = new ThoughtRecordPage(page);
    await again.waitUntilNew();
    await again.thought.waitFor();
    expect(await again.thought.inputValue()).toBe(THOUGHT);

    await again.saveForNowButton.click();
    await again.waitForSaved();
    await list.thoughtsLink.click();
    await list.waitUntilShown();
    await expect(list.records.first().textContent()).resolves.toContain(THOUGHT);
    expect(await list.unsaved.count()).toBe(0);
  });
});
