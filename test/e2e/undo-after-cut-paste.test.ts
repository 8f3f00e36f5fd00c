import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SAFETY_PLAN_ENTRY_MAX } from "../../src/core/safety-plan/safety-plan.schema.js";
import { SafetyPlanPage } from "./pages/SafetyPlanPage.js";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

/** A thought record's "What happened?" holds this many characters. */
const SITUATION_MAX = 5000;
/** One character to a person, 11 to the box: a paste that ends in it is cut before it. */
const FAMILY = "👨‍👩‍👧‍👦";

/**
 * Pastes with the keyboard from the clipboard, as a person does: the browser's own paste, which
 * it keeps as one step to undo, unlike text put in by a script.
 */
async function pasteFromClipboard(page: Page, text: string): Promise<void> {
  await page.evaluate((words) => navigator.clipboard.writeText(words), text);
  await page.keyboard.press("ControlOrMeta+V");
}

/**
 * Words typed, then a paste too long for the box, which keeps what fits: Undo gives back the
 * words as they were before the paste, Redo the paste as kept, and Undo again takes back what
 * was typed. The words under the box are drawn from the screen's own copy of its text, so
 * they show that copy follows each step: `cutWords` are said after the paste, `keptWords` of
 * the text as kept (after Redo), and neither of the words typed before. Returns what the box
 * holds at the end.
 */
async function expectUndoAfterCut(
  page: Page,
  box: Locator,
  scope: Locator,
  entered: { typed: string; pasted: string; kept: string },
  cutWords: string,
  keptWords: string,
): Promise<string> {
  const { typed, pasted, kept } = entered;
  await box.click();
  await page.keyboard.type(typed);
  await expect(box.inputValue()).resolves.toBe(typed);
  await pasteFromClipboard(page, pasted);
  await expect(box.inputValue()).resolves.toBe(kept);
  const cut = scope.getByText(cutWords);
  await cut.waitFor();

  await page.keyboard.press("ControlOrMeta+Z");
  await expect(box.inputValue()).resolves.toBe(typed);
  await cut.waitFor({ state: "detached" });

  await page.keyboard.press("ControlOrMeta+Shift+Z");
  await expect(box.inputValue()).resolves.toBe(kept);
  const said = scope.getByText(keptWords);
  await said.waitFor();

  await page.keyboard.press("ControlOrMeta+Z");
  await expect(box.inputValue()).resolves.toBe(typed);
  await said.waitFor({ state: "detached" });
  // Undo goes on into the typing: the browser takes back a run of it or a letter (a safety plan
  // line, as before any paste), never the paste again.
  await page.keyboard.press("ControlOrMeta+Z");
  const before = await box.inputValue();
  expect(before.length).toBeLessThan(typed.length);
  expect(typed.startsWith(before)).toBe(true);
  return before;
}

describe.skipIf(browserUnavailable())("Undo after a paste cut to fit a box", () => {
  // The paste comes from the clipboard, which the page may write only when granted.
  const journey = useJourney({
    locale: "en-GB",
    reducedMotion: "reduce",
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const signIn = ownerSignIn(journey);

  it("gives back what a thought record's box held before the paste, and the record keeps it", async () => {
    const page = await signIn("/thoughts");
    const list = new ThoughtListPage(page);
    await list.waitUntilShown();
    const record = await list.startNew();
    const typed = "Work was hard. ";
    const pasted = "The long day, again. ".repeat(300);
    const full =
      "That's the most this box can hold (5,000 characters). Anything past that wasn't added.";
    const left = await expectUndoAfterCut(
      page,
      record.situation,
      page.locator("main"),
      { typed, pasted, kept: `${typed}${pasted}`.slice(0, SITUATION_MAX) },
      full,
      full,
    );

    // Undone to the words typed, then written on: the record holds what the box shows, and
    // draws it again so after the next step and back.
    await page.keyboard.type("Then the bus was late.");
    await record.next("What went through your mind?");
    await record.backButton.click();
    await record.waitForStep("What happened?");
    await expect(record.situation.inputValue()).resolves.toBe(`${left}Then the bus was late.`);
  });

  it("gives back what a safety plan line held before the paste, and the plan saves it", async () => {
    const page = await signIn("/safety-plan");
    const safety = new SafetyPlanPage(page);
    await safety.editWhenLoaded();
    const line = safety.entries("My warning signs").first();
    const typed = "Cold hands. ";
    const start = "I stop answering ".repeat(20).slice(0, SAFETY_PLAN_ENTRY_MAX - typed.length - 5);
    const left = await expectUndoAfterCut(
      page,
      line,
      safety.step("My warning signs"),
      { typed, pasted: `${start}${FAMILY} and more`, kept: `${typed}${start}` },
      "There's room for 5 more characters in this box, so the rest wasn't added. Some emoji count as several characters.",
      // Redone, the text is as kept, and the box says the room left; that the paste was cut was
      // said when it was.
      "You can write 5 more characters.",
    );

    await page.keyboard.type("Not sleeping.");
    await safety.save();
    await page.reload();
    await safety.editWhenLoaded();
    await expect(safety.values("My warning signs")).resolves.toEqual([`${left}Not sleeping.`]);
  });

  it("gives back what a line held before text put in at once, as an input method does, was cut", async () => {
    const page = await signIn("/safety-plan");
    const safety = new SafetyPlanPage(page);
    await safety.editWhenLoaded();
    const line = safety.entries("Things I can do on my own").first();
    const typed = "Jo. ";
    const start = "Sitting in the park "
      .repeat(12)
      .slice(0, SAFETY_PLAN_ENTRY_MAX - typed.length - 5);
    await line.click();
    await page.keyboard.type(typed);
    // Typed, not pasted: the browser sends its input for this only after the event that cut it.
    await page.keyboard.insertText(`${start}${FAMILY}`);
    await expect(line.inputValue()).resolves.toBe(`${typed}${start}`);
    const step = safety.step("Things I can do on my own");
    const cut = step.getByText("There's room for 5 more characters in this box");
    await cut.waitFor();
    await page.keyboard.press("ControlOrMeta+Z");
    await expect(line.inputValue()).resolves.toBe(typed);
    await cut.waitFor({ state: "detached" });
    // Said of the text as cut: had the screen kept that, and not the words given back.
    await expect(step.getByText("You can write 5 more characters.").count()).resolves.toBe(0);
  });
});
