import type { Locator, Page } from "playwright-core";
import { PlanPage } from "./PlanPage.js";
import { ThoughtRecordPage } from "./ThoughtsPage.js";

/** A finished thought record's "A next small step": Plan this, and Add to my circle. */
export class NextStepPanel {
  readonly region: Locator;
  readonly planThis: Locator;
  readonly addToCircle: Locator;
  readonly planForm: Locator;
  readonly circleForm: Locator;
  /** "What you'll do" in "Plan this". */
  readonly what: Locator;
  /** "Name" in "Add to my circle". */
  readonly name: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "A next small step" });
    this.planThis = this.region.getByRole("button", { name: "Plan this" });
    this.addToCircle = this.region.getByRole("button", { name: "Add to my circle" });
    this.planForm = page.getByRole("form", { name: "Plan this" });
    this.circleForm = page.getByRole("form", { name: "Add to my circle" });
    this.what = this.planForm.getByLabel("What you'll do");
    this.name = this.circleForm.getByLabel("Name", { exact: true });
  }

  /** The note in either form that words typed before and not yet added are still there. */
  draftNotice(form: Locator): Locator {
    return form.locator(".draft-notice");
  }

  /** The guess chosen in "Plan this", or null when none is. */
  async guessed(): Promise<number | null> {
    const checked = this.planForm.getByRole("radio", { checked: true });
    return (await checked.count()) === 0 ? null : Number(await checked.getAttribute("value"));
  }

  async guessEnjoyment(value: number): Promise<void> {
    await this.planForm
      .getByRole("radiogroup", { name: /How much do you think you'll enjoy it/ })
      .getByRole("radio", { name: String(value), exact: true })
      .check();
  }
}

/**
 * From a new thought record already open: writes and saves one whose balanced thought offers a
 * next step (a step to plan, and Alex to add to the circle), and gives back its panel.
 */
export async function recordWithNextStep(page: Page): Promise<NextStepPanel> {
  const record = new ThoughtRecordPage(page);
  await record.toTheThought();
  await record.thought.fill("I always ruin everything, nobody wants to hear from me");
  await record.next("How did it make you feel?");
  await record.next("Looking at the evidence");
  await record.next("A kinder, more balanced view");
  await page
    .getByLabel("A more balanced thought (optional)")
    .fill("Alex keeps writing to me. I can send Alex one line.");
  await record.saveButton.click();
  await record.waitForSaved("Well done");
  return new NextStepPanel(page);
}

/**
 * From a new thought record already open: writes one whose balanced thought offers a next step,
 * plans `step` from it for today (sometime that day, enjoyment guessed 3), and waits for Plan,
 * which opens next. The journeys that start from a step planned this way share these lines.
 */
export async function planFromThought(page: Page, step: string): Promise<PlanPage> {
  const next = await recordWithNextStep(page);
  await next.planThis.click();
  await next.planForm.getByLabel("What you'll do").fill(step);
  await next.guessEnjoyment(3);
  await next.planForm.getByRole("button", { name: "Add to my plan" }).click();

  const plan = new PlanPage(page);
  await plan.waitUntilShown();
  return plan;
}
