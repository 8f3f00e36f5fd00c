import { describe, expect, it } from "vitest";
import { ThoughtListPage, ThoughtRecordPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { holdRequests } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const FIRST = "she didnt text back so she probably hates me now";
const MORE = " or maybe her phone died, she said it was acting up";

/**
 * On a phone with a slow connection, "Save for now" takes a while, and a person goes on writing
 * while it is on its way. The save ended with "Saved" and threw away the draft that held the
 * newer words; they were never sent, so leaving the screen lost them.
 */
describe.skipIf(browserUnavailable())("writing on while a thought record saves", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const signIn = ownerSignIn(journey);

  it("keeps the words written meanwhile, says they need a save, and saves once per tap", async () => {
    const page = await signIn("/thoughts");
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    const record = await list.writeNewThought(FIRST);

    const { sent, release, stop } = await holdRequests(
      page,
      "**/api/thoughts**",
      (method) => method !== "GET",
    );
    await record.saveForNowButton.tap();
    const saving = page.getByRole("button", { name: "Saving…" });
    await saving.waitFor();
    // A second tap while the first is on its way sends nothing more.
    await saving.tap();
    await record.thought.tap();
    await page.keyboard.press("End");
    await page.keyboard.type(MORE);
    release();

    await record.status.filter({ hasText: "Press Save again" }).waitFor();
    expect(await record.status.textContent()).toBe(
      "Saved, all but what you wrote while it was saving. Press Save again to keep that too.",
    );
    expect(sent).toEqual(["POST"]);
    await stop();
    expect(await record.thought.inputValue()).toBe(FIRST + MORE);

    // Away and back: the newer words are still there, kept on this phone beside the saved record.
    await page.reload();
    const again = new ThoughtRecordPage(page);
    await again.draftNotice.waitFor();
    expect(await again.draftNotice.textContent()).toContain("different from what you saved");
    await again.waitForStep("What went through your mind?");
    expect(await again.thought.inputValue()).toBe(FIRST + MORE);

    // Saved again, they are in the record itself.
    await again.saveForNowButton.tap();
    await again.waitForSaved("Saved. You can come back and finish this any time.");
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "On one page" }).waitFor();
    await page.getByText(FIRST + MORE).waitFor();
    expect(await again.draftNotice.count()).toBe(0);
  });
  it("keeps them too when a saved record is edited and saved at its last step", async () => {
    const page = await signIn("/thoughts");
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    const record = await list.writeNewThought(FIRST);
    await record.saveForNowButton.tap();
    await record.waitForSaved();
    await record.next("How did it make you feel?");
    await record.next("Looking at the evidence");
    await record.next("A kinder, more balanced view");
    const balanced = page.getByLabel("A more balanced thought (optional)");
    await balanced.fill("She is often slow to reply");

    const saving = await holdRequests(page, "**/api/thoughts/**", (method) => method === "PUT");
    await record.saveButton.tap();
    await page.getByRole("button", { name: "Saving…" }).waitFor();
    await balanced.tap();
    await page.keyboard.press("End");
    await page.keyboard.type(" to everyone");
    saving.release();

    // Not taken off to the summary, which would show words not yet saved as if they were.
    await record.status.filter({ hasText: "Press Save again" }).waitFor();
    await saving.stop();
    expect(await balanced.inputValue()).toBe("She is often slow to reply to everyone");
    await page.reload();
    const again = new ThoughtRecordPage(page);
    await again.draftNotice.waitFor();
    await again.waitForStep("A kinder, more balanced view");
    expect(await page.getByLabel("A more balanced thought (optional)").inputValue()).toBe(
      "She is often slow to reply to everyone",
    );
  });
});
