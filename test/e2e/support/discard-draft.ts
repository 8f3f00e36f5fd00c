import type { Locator, Page } from "playwright-core";
import { expectFocusSettles, tabTo } from "./focus.js";

/**
 * Lets a kept draft go by keyboard alone, checking focus at each step as a screen-reader user
 * needs it: "Discard the draft" asks with focus on the question, "Keep it" goes back to the button
 * (then `stillKept` checks nothing was lost), and "Yes, discard it" takes the notice away and
 * leaves focus on `heading`, the screen's, which leads on into the form.
 */
export async function discardDraftByKeyboard(
  page: Page,
  notice: Locator,
  heading: Locator,
  stillKept: () => Promise<void>,
): Promise<void> {
  const discard = notice.getByRole("button", { name: "Discard the draft" });
  await tabTo(page, discard, "Discard the draft");
  await page.keyboard.press("Enter");
  // The button pressed is gone: the question in its place has focus, so it is read out.
  await expectFocusSettles(page, notice.getByText("Let this draft go for good?"), "the question");
  await tabTo(page, notice.getByRole("button", { name: "Keep it" }), "Keep it");
  await page.keyboard.press("Enter");
  // Back as it was, focus included: on "Discard the draft", not on the page.
  await expectFocusSettles(page, discard, "Discard the draft");
  await stillKept();

  await page.keyboard.press("Enter");
  await tabTo(page, notice.getByRole("button", { name: "Yes, discard it" }), "Yes, discard it");
  await page.keyboard.press("Enter");
  await notice.waitFor({ state: "detached" });
  // The notice is gone with its buttons: the screen's heading leads on into the form.
  await expectFocusSettles(page, heading, "the screen's heading");
}
