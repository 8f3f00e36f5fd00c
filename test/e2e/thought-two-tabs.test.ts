import { describe, expect, it } from "vitest";
import { ThoughtListPage, ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { openPage, useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const SITUATION = "My manager asked to see me at four";
const MINE = "I'm going to get fired";
const OTHER = "she is angry with me";

/**
 * Two tabs writing a new thought shared one draft, so the last one typed replaced the other: a
 * background tab reloaded by the phone came back with the other tab's thought beside its own
 * situation, one record mixing two moments, and its own words were gone.
 */
describe.skipIf(browserUnavailable())("new thoughts written in two tabs", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  const signIn = ownerSignIn(journey);

  it("each keep their own words, and a closed tab's words are offered again", async () => {
    const tabA = await signIn("/thoughts/new");
    const a = new ThoughtRecordPage(tabA);
    await a.toTheThought(SITUATION);
    await a.thought.fill(MINE);

    // A second tab does not take over the words the first is still writing.
    const tabB = await journey.context.newPage();
    await openPage(tabB, `${journey.server.baseUrl}/thoughts/new`);
    const b = new ThoughtRecordPage(tabB);
    await b.waitUntilNew();
    await b.waitForStep("What happened?");
    expect(await b.draftNotice.count()).toBe(0);
    expect(await b.situation.inputValue()).toBe("");
    await b.next("What went through your mind?");
    expect(await b.thought.inputValue()).toBe("");
    await b.thought.fill(OTHER);
    await tabB.close();

    // The phone reloads tab A in the background: its own words, whole.
    await tabA.reload();
    await a.waitUntilNew();
    await a.thought.waitFor();
    expect(await a.thought.inputValue()).toBe(MINE);
    await a.backButton.click();
    await a.waitForStep("What happened?");
    expect(await a.situation.inputValue()).toBe(SITUATION);
    await a.saveForNowButton.click();
    await a.waitForSaved();

    // The closed tab's words are nobody's now: offered on the list, and opened again from there.
    const list = new ThoughtListPage(tabA);
    await list.thoughtsLink.click();
    await list.waitUntilShown();
    await list.unsaved.waitFor();
    await expect(list.unsaved.textContent()).resolves.toContain(`“${OTHER}”`);
    await list.unsaved.getByRole("link", { name: "Go on with it" }).click();
    await a.waitUntilNew();
    await a.draftNotice.waitFor();
    await a.thought.waitFor();
    expect(await a.thought.inputValue()).toBe(OTHER);
    await a.backButton.click();
    await a.waitForStep("What happened?");
    expect(await a.situation.inputValue()).toBe("");
  });
});
