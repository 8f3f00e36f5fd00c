import { describe, expect, it } from "vitest";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocused, tabTo } from "./support/focus.js";
import { interceptPastTheWorker } from "./support/held-requests.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const THOUGHT = "Everyone at the dinner thought I was boring";

/**
 * Someone using only a keyboard, reading a saved record on one page, asks to delete it. The
 * button went away with the question in its place and focus fell to the page body: a screen
 * reader never said the question, and "Keep it" dropped the keyboard there again. A delete the
 * server refused said nothing at all on that page.
 */
describe.skipIf(browserUnavailable())("deleting a thought record from the keyboard", () => {
  const journey = useJourney({ viewport: { width: 1280, height: 800 } });
  const signIn = ownerSignIn(journey);

  it("focus goes to the question, back to the button on 'Keep it', and a refusal is said", async () => {
    const page = await signIn("/thoughts");
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    const record = await list.writeNewThought(THOUGHT);
    await record.saveForNowButton.click();
    await record.waitForSaved();
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "On one page" }).waitFor();

    const ask = page.getByRole("button", { name: "Delete this record" });
    const question = page.getByText("Delete this thought record for good?");
    await tabTo(page, ask, '"Delete this record"');
    await page.keyboard.press("Enter");
    await expectFocused(page, question, "the question before deleting");

    // The next Tab is the answer that deletes, the one after it the way out.
    await page.keyboard.press("Tab");
    await expectFocused(
      page,
      page.getByRole("button", { name: "Delete for good" }),
      '"Delete for good"',
    );
    await page.keyboard.press("Tab");
    await expectFocused(page, page.getByRole("button", { name: "Keep it" }), '"Keep it"');
    await page.keyboard.press("Enter");
    await expectFocused(page, ask, '"Delete this record" again');

    // The server refuses: the record stays, and the page says why beside the question.
    // Past the service worker, which would let a refused delete through at times.
    const stopRefusing = await interceptPastTheWorker(page, "**/api/thoughts/**", (request) =>
      request.method === "DELETE"
        ? request.fulfil(503, { error: "unavailable", message: "The server is busy." })
        : request.continue(),
    );
    await page.keyboard.press("Enter");
    await expectFocused(page, question, "the question before deleting");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const refused = page.getByRole("alert");
    await refused.waitFor();
    await stopRefusing();
    expect((await refused.textContent())?.trim()).not.toBe("");
    expect(page.url()).toMatch(/\/thoughts\/[^/]+$/);
    await page.getByText(THOUGHT).waitFor();
  });
});
