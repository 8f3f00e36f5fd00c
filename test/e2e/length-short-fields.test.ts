import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PERSON_NAME_MAX } from "../../src/core/circle/person.schema.js";
import { FIRST_STEP_MAX } from "../../src/core/plan/activity.schema.js";
import { SAFETY_PLAN_ENTRY_MAX } from "../../src/core/safety-plan/safety-plan.schema.js";
import { SHARE_MESSAGE_MAX_LENGTH } from "../../src/core/shares/share.schema.js";
import { SEARCH_MAX_LENGTH } from "../../src/core/thoughts/thought.schema.js";
import { CirclePage } from "./pages/CirclePage.js";
import { PlanPage } from "./pages/PlanPage.js";
import { SafetyPlanPage } from "./pages/SafetyPlanPage.js";
import { SharePage } from "./pages/SharePage.js";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const PHONE = { width: 390, height: 844 };
/**
 * One character to a person, and several to the box (UTF-16 units) and the server (code
 * points): a family is 11 units.
 */
const FAMILY = "👨‍👩‍👧‍👦";
/** A line written out elsewhere and pasted in whole, longer than any short box holds. */
const PASTED = `My oldest friend from school, who still rings on my birthday and ${"knows when to just sit with me, ".repeat(8)}`;

/** Everything read out with a box: the words its `aria-describedby` points to, in order. */
function heardWith(box: Locator): Promise<string> {
  return box.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

/** Whether the words are in a polite live region, so a screen reader hears them as they come. */
function spokenPolitely(words: Locator): Promise<boolean> {
  return words.evaluate((element) => element.closest("[aria-live='polite']") !== null);
}

/** Pastes over whatever the box holds, as a person would with the whole line copied. */
async function paste(page: Page, box: Locator, text: string): Promise<void> {
  await box.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(text);
}

/**
 * Pasted into, the box kept the start of the paste up to its limit, and says so beside it and to a screen
 * reader; a few letters taken back, it says the room there is again.
 */
async function expectTold(
  page: Page,
  scope: Locator,
  box: Locator,
  max: number,
  full: string,
): Promise<void> {
  await paste(page, box, PASTED);
  await expect(box.inputValue()).resolves.toBe(PASTED.slice(0, max));
  const said = scope.getByText(full);
  await said.waitFor();
  expect(await heardWith(box)).toContain(full);
  expect(await spokenPolitely(said)).toBe(true);

  for (let taken = 0; taken < 3; taken += 1) await page.keyboard.press("Backspace");
  const room = "You can write 3 more characters.";
  await scope.getByText(room).waitFor();
  await said.waitFor({ state: "detached" });
  expect(await heardWith(box)).toContain(room);
}

describe.skipIf(browserUnavailable())("a paste longer than a short box holds", () => {
  const journey = useJourney({ locale: "en-GB", viewport: PHONE, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("tells the person, in a circle name, an activity's first step and a safety plan line, that the rest did not fit", async () => {
    const page = await signIn("/circle");
    const circle = new CirclePage(page);
    await circle.waitForHeading("Your circle");
    await circle.waitUntilSettled();
    await circle.addButton.click();
    await expectTold(
      page,
      circle.addForm,
      circle.field(circle.addForm, "Name"),
      PERSON_NAME_MAX,
      `That's the most a name can hold (${PERSON_NAME_MAX} characters). Anything past that wasn't added.`,
    );
    expect(await violations(page)).toEqual([]);

    await page.goto(`${journey.server.baseUrl}/plan`);
    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    await plan.activities.open();
    await plan.activities.waitUntilSettled();
    await plan.activities.press(page.getByRole("button", { name: "Add your own", exact: true }));
    const form = plan.activities.form("Add your own activity");
    await expectTold(
      page,
      form,
      form.getByLabel("A tiny first step", { exact: true }),
      FIRST_STEP_MAX,
      `That's the most a first step can hold (${FIRST_STEP_MAX} characters). Anything past that wasn't added.`,
    );
    expect(await violations(page)).toEqual([]);

    await page.goto(`${journey.server.baseUrl}/safety-plan`);
    const safety = new SafetyPlanPage(page);
    await safety.editWhenLoaded();
    const step = safety.step("My warning signs");
    await expectTold(
      page,
      step,
      safety.entries("My warning signs").first(),
      SAFETY_PLAN_ENTRY_MAX,
      `This box holds ${SAFETY_PLAN_ENTRY_MAX} characters, so anything past that was not kept here. To write more, use "Add another".`,
    );
    expect(await violations(page)).toEqual([]);
  });

  it("keeps an emoji of several characters whole or not at all, and says when one did not fit", async () => {
    const flag = "🇬🇧";
    const thumbsUp = "👍🏽";
    const page = await signIn("/circle");
    const circle = new CirclePage(page);
    await circle.waitForHeading("Your circle");
    await circle.waitUntilSettled();
    await circle.addButton.click();
    const box = circle.field(circle.addForm, "Name");
    const start = "a".repeat(PERSON_NAME_MAX - 5);

    // Five units of room: a browser would keep a man and a joiner, a different emoji.
    await paste(page, box, `${start}${FAMILY}`);
    await expect(box.inputValue()).resolves.toBe(start);
    const cut = (left: string) =>
      `There's room for ${left} in a name, so the rest wasn't added. Some emoji count as several characters.`;
    const said = circle.addForm.getByText(cut("5 more characters"));
    await said.waitFor();
    expect(await heardWith(box)).toContain(cut("5 more characters"));
    expect(await spokenPolitely(said)).toBe(true);

    // A flag fits whole; a thumbs-up then has one unit of room, where a browser keeps half of it.
    await page.keyboard.insertText(flag);
    await expect(box.inputValue()).resolves.toBe(`${start}${flag}`);
    await circle.addForm.getByText("You can write 1 more character.").waitFor();
    await said.waitFor({ state: "detached" });
    await page.keyboard.insertText(thumbsUp);
    await expect(box.inputValue()).resolves.toBe(`${start}${flag}`);
    await circle.addForm.getByText(cut("1 more character")).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it("keeps an emoji whole or not at all in a safety plan line, a share card's message and a search", async () => {
    // Five units of room in each: a browser's own cut kept a man and a joiner, a different emoji.
    const cutInto = async (scope: Locator, box: Locator, max: number, holder: string) => {
      const start = "a".repeat(max - 5);
      await paste(page, box, `${start}${FAMILY}`);
      await expect(box.inputValue()).resolves.toBe(start);
      const cut = `There's room for 5 more characters in ${holder}, so the rest wasn't added. Some emoji count as several characters.`;
      const said = scope.getByText(cut);
      await said.waitFor();
      expect(await heardWith(box)).toContain(cut);
      expect(await spokenPolitely(said)).toBe(true);
    };

    const page = await signIn("/safety-plan");
    const safety = new SafetyPlanPage(page);
    await safety.editWhenLoaded();
    await cutInto(
      safety.step("My warning signs"),
      safety.entries("My warning signs").first(),
      SAFETY_PLAN_ENTRY_MAX,
      "this box",
    );

    await page.goto(`${journey.server.baseUrl}/share`);
    const share = new SharePage(page);
    await share.waitUntilSettled();
    await cutInto(
      share.newCardForm,
      share.newCardForm.getByLabel("A short message (optional)"),
      SHARE_MESSAGE_MAX_LENGTH,
      "a message",
    );

    await page.goto(`${journey.server.baseUrl}/thoughts`);
    const thoughts = new ThoughtListPage(page);
    await thoughts.waitUntilShown();
    await cutInto(page.locator("search"), thoughts.search, SEARCH_MAX_LENGTH, "a search");
  });
});
