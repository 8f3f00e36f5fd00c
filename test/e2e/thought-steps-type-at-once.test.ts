import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocused } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/** What a screen reader is given for the focused element, as the browser itself works it out. */
async function heardOnFocus(page: Page): Promise<{ role: string; name: string; said: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send("Runtime.evaluate", { expression: "document.activeElement" });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", {
      objectId: result.objectId,
      fetchRelatives: false,
    });
    const node = nodes[0];
    return {
      role: String(node?.role?.value ?? ""),
      name: String(node?.name?.value ?? ""),
      said: String(node?.description?.value ?? ""),
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * A tired person presses Next and starts writing straight away. Focus went to the new step's
 * heading, so every word typed went nowhere and was lost. It now goes to the step's box, and the
 * box is read with the step's heading, so a screen reader still says which step this is.
 */
describe.skipIf(browserUnavailable())("typing straight after Next in a thought record", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  /** Presses Next from the keyboard and types at once, before anything is waited for. */
  async function nextAndType(page: Page, next: Locator, words: string): Promise<void> {
    await next.press("Enter");
    await page.keyboard.type(words);
  }

  it("keeps the words in the step's box, and says the step's heading with it", async () => {
    const page = await signIn("/thoughts");
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    const record = await list.startNew();
    await record.situation.fill("The bus was late and I missed the start of the meeting.");

    const thought = "Everyone thinks I'm unreliable.";
    await nextAndType(page, record.nextButton, thought);
    await record.waitForStep("What went through your mind?");
    expect(await record.thought.inputValue()).toBe(thought);
    const heard = await heardOnFocus(page);
    expect(heard).toMatchObject({ role: "textbox", name: "The thought" });
    expect(heard.said).toMatch(/^What went through your mind\? Write it just as it came to you/);
    expect(await violations(page)).toEqual([]);

    // The feelings start with words to tap, and no box: the heading says where the person is.
    await record.nextButton.press("Enter");
    await record.waitForStep("How did it make you feel?");
    await expectFocused(page, record.stepHeading, "the feelings step's heading");

    const seen = "I walked in ten minutes late and everyone looked up.";
    await nextAndType(page, record.nextButton, seen);
    await record.waitForStep("Looking at the evidence");
    const seemsTrue = page.getByLabel("What makes the thought seem true? (optional)");
    expect(await seemsTrue.inputValue()).toBe(seen);
    expect((await heardOnFocus(page)).said).toMatch(/^Looking at the evidence Facts, not feelings/);
    expect(await violations(page)).toEqual([]);

    const balanced = "I was late once. That isn't who I am.";
    await nextAndType(page, record.nextButton, balanced);
    await record.waitForStep("A kinder, more balanced view");
    const kinder = page.getByLabel("A more balanced thought (optional)");
    expect(await kinder.inputValue()).toBe(balanced);
    expect((await heardOnFocus(page)).said).toMatch(/^A kinder, more balanced view Something fair/);
    expect(await violations(page)).toEqual([]);

    // Back to words already written: what is typed goes on after them, not in front.
    await nextAndType(page, record.backButton, " It was one morning.");
    await record.waitForStep("Looking at the evidence");
    expect(await seemsTrue.inputValue()).toBe(`${seen} It was one morning.`);
  });
});
