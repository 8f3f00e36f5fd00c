import { describe, expect, it } from "vitest";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/** Written fast on a phone, typos and all, the way a tired evening goes. */
const MESSY =
  "ok so my boss said the report was fine but she didnt smile. " +
  "i always screw evrything up and everyone can see it. im such a loser lol";

/**
 * With a screen reader, the words read out as the thought settles are all a person hears of the
 * suggestions until they go looking. They said only how many traps were noticed ("2 possible
 * traps"), not which, nor how sure: the person had to leave the thought to find out.
 */
describe.skipIf(browserUnavailable())("hearing which traps are suggested", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("names each suggested trap and how sure it is in the words read out as they arrive", async () => {
    const page = await signIn("/thoughts");
    const { record, traps: panel } = await new ThoughtListPage(page).openNewThought();
    await record.thought.tap();
    await page.keyboard.type(MESSY);
    await panel.waitForHint(/^We noticed/);

    expect(await panel.hint.getAttribute("aria-live")).toBe("polite");
    const heard = (await panel.hint.textContent()) ?? "";
    const cards = await panel.cards.all();
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const name = (await card.getByRole("heading", { level: 4 }).textContent()) ?? "";
      const sure = (await card.locator(".trap-certainty strong").textContent()) ?? "";
      const word = sure.replace(".", "").toLowerCase();
      expect(heard, `what is heard names ${name}`).toContain(`${name} (${word})`);
    }
    // Still a suggestion, never a finding.
    expect(heard).toMatch(/only suggestions|only a suggestion/);
  });
});
