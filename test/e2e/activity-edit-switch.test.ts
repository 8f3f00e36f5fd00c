import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PlanPage } from "./pages/PlanPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles, tabTo } from "./support/focus.js";
import { useJourney } from "./support/journey.js";
import { addOwnActivity } from "./support/own-activity.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

// The file's journeys share one account, so each has two activities of its own.
const WATER = "Water the plants";
const CALL = "Call Sam";
const TYPED = "Water the plants on the sill";
const STRETCH = "Stretch by the window";
const TEXT = "Text Jo";
const TEA = "Make a pot of tea";
const READ = "Read one page";
const TYPED_TEA = "Make a pot of mint tea";
const WALK = "Walk round the block";
const POST = "Post the letter";

declare global {
  interface Window {
    /** Lets the held-back lock requests through (see holdLocks). */
    __letLocksGo?: () => void;
  }
}

/**
 * From the next page load on, every Web Lock request waits until `window.__letLocksGo()`: the
 * screen then stays, for as long as the journey needs, where it is still finding out which kept
 * change it reopens on, as it is for a moment on a slow phone.
 */
async function holdLocks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const request = LockManager.prototype.request;
    let letGo: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    window.__letLocksGo = letGo;
    LockManager.prototype.request = function (this: LockManager, ...args: unknown[]) {
      return gate.then(() => Reflect.apply(request, this, args));
    } as LockManager["request"];
  });
}

/** Signs in on Plan with two more own activities listed, and opens "Your activities". */
async function withTwoOwn(
  signIn: (path: string) => Promise<Page>,
  baseUrl: string,
  titles: readonly [string, string],
) {
  const page = await signIn("/plan");
  const plan = new PlanPage(page);
  await plan.waitUntilShown();
  for (const title of titles) await addOwnActivity(page, baseUrl, title);
  await page.reload();
  await plan.waitUntilShown();
  await plan.activities.waitUntilSettled();
  await plan.activities.open();
  return { page, plan };
}

/** The edit form of one activity, and its title field. */
function editOf(plan: PlanPage, title: string) {
  const form = plan.activities.form(`Edit: ${title}`);
  return { form, field: form.getByLabel("Activity", { exact: true }) };
}

function editButton(page: Page, title: string) {
  return page.getByRole("button", { name: `Edit: ${title}`, exact: true });
}

/** The question asked before a change not saved yet is let go for another activity's. */
function questionOn(page: Page) {
  return page.getByText("aren't saved yet. Let this draft go for good?");
}

describe.skipIf(browserUnavailable())("pressing Edit on another own activity", () => {
  const journey = useJourney({
    locale: "en-GB",
    reducedMotion: "reduce",
    viewport: { width: 390, height: 844 },
  });
  const signIn = ownerSignIn(journey);

  it("asks before letting unsaved words go: 'Keep it' goes back with them whole, discarding opens the other", async () => {
    const { page, plan } = await withTwoOwn(signIn, journey.server.baseUrl, [WATER, CALL]);
    const water = editOf(plan, WATER);
    const call = editOf(plan, CALL);

    await plan.activities.press(editButton(page, WATER));
    await plan.activities.expectFocused(water.field);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(TYPED);

    // Edit on the other activity, by keyboard alone: a question, with focus on it.
    await tabTo(page, editButton(page, CALL), "Edit: Call Sam");
    await page.keyboard.press("Enter");
    const question = questionOn(page);
    await expectFocusSettles(page, question, "the question");
    expect(await question.textContent()).toContain(WATER);
    expect(await call.form.count()).toBe(0);
    expect(await water.field.inputValue()).toBe(TYPED);
    expect(await violations(page)).toEqual([]);

    // "Keep it": back on the button pressed, the words where they were.
    await tabTo(page, page.getByRole("button", { name: "Keep it" }), "Keep it");
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, editButton(page, CALL), "Edit: Call Sam");
    await question.waitFor({ state: "detached" });
    expect(await water.field.inputValue()).toBe(TYPED);
    expect(await call.form.count()).toBe(0);

    // Asked again and let go: the other activity opens, and the words are gone from the device.
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, question, "the question");
    await tabTo(page, page.getByRole("button", { name: "Yes, discard it" }), "Yes, discard it");
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, call.field, "the other activity's first field");
    expect(await water.form.count()).toBe(0);
    expect(await call.field.inputValue()).toBe(CALL);
    expect(await editButton(page, WATER).count()).toBe(1);
    await page.reload();
    await plan.waitUntilShown();
    await plan.activities.waitUntilSettled();
    await plan.activities.open();
    expect(await page.getByText(TYPED).count()).toBe(0);
    expect(await page.locator(".draft-notice").count()).toBe(0);
  });

  it("forgets a question left unanswered once the change is closed: editing again asks nothing", async () => {
    const { page, plan } = await withTwoOwn(signIn, journey.server.baseUrl, [WALK, POST]);
    const walk = editOf(plan, WALK);
    await plan.activities.press(editButton(page, WALK));
    await plan.activities.expectFocused(walk.field);
    await page.keyboard.type(" twice");
    await plan.activities.press(editButton(page, POST));
    const question = questionOn(page);
    await expectFocusSettles(page, question, "the question");

    // Not answered: the change is closed with its own Cancel instead.
    await walk.form.getByRole("button", { name: "Cancel", exact: true }).press("Enter");
    await question.waitFor({ state: "detached" });
    await editButton(page, POST).waitFor();

    // Opened again and typed in: the old question must not come back on its own.
    await plan.activities.press(editButton(page, WALK));
    await plan.activities.expectFocused(walk.field);
    await page.keyboard.type("!");
    await expect.poll(() => walk.field.inputValue()).toMatch(/!$/);
    expect(await question.count()).toBe(0);
    expect(await editButton(page, POST).count()).toBe(1);
  });

  it("with nothing typed, opens the other activity straight away", async () => {
    const { page, plan } = await withTwoOwn(signIn, journey.server.baseUrl, [STRETCH, TEXT]);
    await plan.activities.press(editButton(page, STRETCH));
    await plan.activities.expectFocused(editOf(plan, STRETCH).field);
    await tabTo(page, editButton(page, TEXT), "Edit: Text Jo");
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, editOf(plan, TEXT).field, "the other activity's first field");
    expect(await editOf(plan, STRETCH).form.count()).toBe(0);
  });

  it("does nothing until the screen knows which kept change it reopens on, then reopens on it", async () => {
    const { page, plan } = await withTwoOwn(signIn, journey.server.baseUrl, [TEA, READ]);
    const tea = editOf(plan, TEA);
    await plan.activities.press(editButton(page, TEA));
    await plan.activities.expectFocused(tea.field);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(TYPED_TEA);

    // Reloaded on a slow phone: the list is there before the kept change is found.
    await holdLocks(page);
    await page.reload();
    await plan.waitUntilShown();
    await plan.activities.open();
    const read = editButton(page, READ);
    await read.waitFor();
    const before = await read.boundingBox();
    // Still reached by Tab (from the row above), and says why it does nothing yet.
    await editButton(page, TEA).focus();
    await tabTo(page, read, "Edit: Read one page");
    await page.keyboard.press("Enter");
    expect(await read.getAttribute("aria-disabled")).toBe("true");
    expect(await read.evaluate((button) => button.getAttribute("aria-describedby") !== null)).toBe(
      true,
    );
    const reason = await read.evaluate(
      (button) =>
        document.getElementById(button.getAttribute("aria-describedby") ?? "")?.textContent ?? "",
    );
    expect(reason).toMatch(/\S/);
    expect(await violations(page)).toEqual([]);

    await page.evaluate(() => window.__letLocksGo?.());
    // The change kept from before comes back, and the press made while waiting opened nothing.
    await tea.form.or(editOf(plan, READ).form).first().waitFor();
    expect(await editOf(plan, READ).form.count()).toBe(0);
    await tea.form.locator(".draft-notice").waitFor();
    expect(await tea.field.inputValue()).toBe(TYPED_TEA);
    await expect.poll(() => read.getAttribute("aria-disabled")).toBe(null);
    const after = await read.boundingBox();
    // Waiting changed how the button reads, not its size.
    expect(after?.width).toBe(before?.width);
    expect(after?.height).toBe(before?.height);

    // Now pressing Edit there asks first, as for any unsaved words.
    await plan.activities.press(read);
    await expectFocusSettles(page, questionOn(page), "the question");
    expect(await tea.field.inputValue()).toBe(TYPED_TEA);
  });
});

const SWEEP = "Sweep the step";
const SOUP = "Heat some soup";
const TYPED_SWEEP = "Sweep the front step";
const NEW_ONE = "Feed the birds";
const FOLD = "Fold the towels";
const BIN = "Take the bin out";

function addButton(page: Page) {
  return page.getByRole("button", { name: "Add your own", exact: true });
}

/** The question asked before a new activity, not added yet, is let go for a change to another. */
function newQuestionOn(page: Page) {
  return page.getByText("isn't added yet. Let this draft go for good?");
}

/**
 * One form at a time: "Add your own" opened the new form beside a change not saved yet, which
 * stayed further down out of sight, and Edit did the same the other way round.
 */
describe.skipIf(browserUnavailable())("adding one's own activity while a change is open", () => {
  const journey = useJourney({
    locale: "en-GB",
    reducedMotion: "reduce",
    viewport: { width: 390, height: 844 },
  });
  const signIn = ownerSignIn(journey);

  it("'Add your own' asks before unsaved changes go: 'Keep it' goes back with them whole, discarding opens the new form", async () => {
    const { page, plan } = await withTwoOwn(signIn, journey.server.baseUrl, [SWEEP, SOUP]);
    const sweep = editOf(plan, SWEEP);
    const adding = plan.activities.form("Add your own activity");

    await plan.activities.press(editButton(page, SWEEP));
    await plan.activities.expectFocused(sweep.field);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(TYPED_SWEEP);

    await plan.activities.press(addButton(page));
    const question = questionOn(page);
    await expectFocusSettles(page, question, "the question");
    expect(await question.textContent()).toContain(SWEEP);
    expect(await adding.count()).toBe(0);
    expect(await sweep.field.inputValue()).toBe(TYPED_SWEEP);
    expect(await violations(page)).toEqual([]);

    // "Keep it": back on "Add your own", the words where they were.
    await tabTo(page, page.getByRole("button", { name: "Keep it" }), "Keep it");
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, addButton(page), "Add your own");
    await question.waitFor({ state: "detached" });
    expect(await sweep.field.inputValue()).toBe(TYPED_SWEEP);
    expect(await adding.count()).toBe(0);

    // Asked again and let go: the new form opens on its first field, the change is gone.
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, question, "the question");
    await tabTo(page, page.getByRole("button", { name: "Yes, discard it" }), "Yes, discard it");
    await page.keyboard.press("Enter");
    const newTitle = adding.getByLabel("Activity", { exact: true });
    await expectFocusSettles(page, newTitle, "the new form's first field");
    expect(await newTitle.inputValue()).toBe("");
    expect(await sweep.form.count()).toBe(0);
    expect(await editButton(page, SWEEP).count()).toBe(1);
    await page.reload();
    await plan.waitUntilShown();
    await plan.activities.waitUntilSettled();
    await plan.activities.open();
    expect(await page.getByText(TYPED_SWEEP).count()).toBe(0);
    expect(await page.locator(".draft-notice").count()).toBe(0);
  });

  it("Edit asks before a new activity not added yet goes: 'Keep it' goes back with it whole, discarding opens the change", async () => {
    const { page, plan } = await withTwoOwn(signIn, journey.server.baseUrl, [FOLD, BIN]);
    const fold = editOf(plan, FOLD);
    const adding = plan.activities.form("Add your own activity");
    const newTitle = adding.getByLabel("Activity", { exact: true });

    await plan.activities.press(addButton(page));
    await plan.activities.expectFocused(newTitle);
    await page.keyboard.type(NEW_ONE);

    await plan.activities.press(editButton(page, FOLD));
    const question = newQuestionOn(page);
    await expectFocusSettles(page, question, "the question");
    expect(await fold.form.count()).toBe(0);
    expect(await newTitle.inputValue()).toBe(NEW_ONE);
    expect(await violations(page)).toEqual([]);

    // "Keep it": back on the Edit pressed, the new activity's words where they were.
    await tabTo(page, page.getByRole("button", { name: "Keep it" }), "Keep it");
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, editButton(page, FOLD), "Edit: Fold the towels");
    await question.waitFor({ state: "detached" });
    expect(await newTitle.inputValue()).toBe(NEW_ONE);
    expect(await fold.form.count()).toBe(0);

    // Asked again and let go: the change opens, and the new activity's words are gone.
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, question, "the question");
    await tabTo(page, page.getByRole("button", { name: "Yes, discard it" }), "Yes, discard it");
    await page.keyboard.press("Enter");
    await expectFocusSettles(page, fold.field, "the change's first field");
    expect(await adding.count()).toBe(0);
    expect(await addButton(page).count()).toBe(1);
    await page.reload();
    await plan.waitUntilShown();
    await plan.activities.waitUntilSettled();
    await plan.activities.open();
    expect(await page.getByText(NEW_ONE).count()).toBe(0);
    expect(await page.locator(".draft-notice").count()).toBe(0);
  });

  it("with nothing typed in either, each opens straight away in the other's place", async () => {
    const { page, plan } = await withTwoOwn(signIn, journey.server.baseUrl, [
      "Open a window",
      "Brush the cat",
    ]);
    const open = editOf(plan, "Open a window");
    const adding = plan.activities.form("Add your own activity");
    await plan.activities.press(editButton(page, "Open a window"));
    await plan.activities.expectFocused(open.field);
    await plan.activities.press(addButton(page));
    await expectFocusSettles(page, adding.getByLabel("Activity", { exact: true }), "the new form");
    expect(await open.form.count()).toBe(0);
    await plan.activities.press(editButton(page, "Open a window"));
    await expectFocusSettles(page, open.field, "the change's first field");
    expect(await adding.count()).toBe(0);
  });
});
