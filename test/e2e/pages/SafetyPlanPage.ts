import type { Locator, Page } from "playwright-core";
import { safetyPlanSteps } from "../../../src/core/safety-plan/safety-plan.schema.js";
import { screenStatus } from "../support/screen-status.js";
import { AppShell } from "./AppShell.js";

/**
 * `/safety-plan`: seven steps, each an editable list that saves as it is typed; once a plan is
 * saved, it opens as a calm view with "Edit" beside it.
 */
export class SafetyPlanPage extends AppShell {
  readonly planLink: Locator;
  readonly saveButton: Locator;
  readonly editButton: Locator;
  readonly printButton: Locator;
  readonly status: Locator;
  /** The whole of what the short saving line sums up, near the top of the form, not pinned. */
  readonly notice: Locator;
  /** The calm view's list of steps, present once a plan is saved and not being edited. */
  readonly view: Locator;

  constructor(page: Page) {
    super(page);
    this.planLink = page.getByRole("banner").getByRole("link", { name: "My safety plan" });
    this.saveButton = page.getByRole("button", { name: "Save my plan" });
    this.editButton = page.getByRole("button", { name: "Edit my safety plan" });
    this.printButton = page.getByRole("button", { name: "Print or save as PDF" });
    this.status = screenStatus(page);
    this.notice = page.locator("main .plan-notice");
    this.view = page.locator("main ol.plan-view");
  }

  /** The editor, as shown for a plan not saved yet or after "Edit". */
  async waitUntilShown(): Promise<void> {
    await this.waitForHeading("My safety plan");
    await this.saveButton.waitFor();
  }

  /** The calm view, as shown once a plan is saved. */
  async waitUntilViewed(): Promise<void> {
    await this.waitForHeading("My safety plan");
    await this.editButton.waitFor();
  }

  /**
   * Opens the editor whether the plan arrives saved (the calm view) or not yet: waits for one of
   * the two first, since a plan still loading shows neither and looking too early skips the edit.
   */
  async editWhenLoaded(): Promise<void> {
    await this.editButton.or(this.saveButton).first().waitFor();
    if (await this.editButton.isVisible()) await this.edit();
  }

  async edit(): Promise<void> {
    await this.editButton.click();
    await this.saveButton.waitFor();
  }

  /** A step by the start of its title, e.g. "My warning signs". */
  step(title: string): Locator {
    return this.page.getByRole("group", { name: new RegExp(`^\\d\\. ${title}`) });
  }

  /** The text boxes of a step, in order. */
  entries(title: string): Locator {
    return this.step(title).getByRole("textbox");
  }

  async values(title: string): Promise<string[]> {
    const boxes = await this.entries(title).all();
    return Promise.all(boxes.map((box) => box.inputValue()));
  }

  /** Types into the first empty box of a step, adding a box when none is empty. */
  async add(title: string, text: string): Promise<void> {
    const values = await this.values(title);
    const empty = values.indexOf("");
    if (empty === -1) {
      await this.step(title)
        .getByRole("button", { name: /^Add another/ })
        .click();
      await this.entries(title).nth(values.length).fill(text);
    } else {
      await this.entries(title).nth(empty).fill(text);
    }
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await this.status
      .filter({ hasText: "Saved. Your plan is here whenever you need it." })
      .waitFor();
  }

  /** Waits for the quiet "Saved." that follows typing. */
  async waitForAutosave(): Promise<void> {
    await this.status.filter({ hasText: /^Saved\.$/ }).waitFor();
  }

  /** A step of the calm view, by its title. */
  viewed(title: string): Locator {
    return this.view.locator("li.plan-view-step").filter({
      has: this.page.getByRole("heading", { name: title }),
    });
  }

  /** The entries of a step of the calm view, as written. */
  async shown(title: string): Promise<string[]> {
    return this.viewed(title).locator(".plan-view-text").allTextContents();
  }

  /** One entry of the calm view, by its words. */
  shownEntry(text: string): Locator {
    return this.view.locator("li.plan-view-entry").filter({ hasText: text });
  }
}

/**
 * Saves a safety plan the way the app does, from inside the signed-in page, and answers the
 * status: how a journey starts from a plan it knows (steps left out are saved empty).
 */
export function saveSafetyPlan(page: Page, plan: Record<string, string[]> = {}): Promise<number> {
  // Every step named, as the editor sends them: a save naming none is refused.
  const steps = Object.fromEntries(safetyPlanSteps.map((step) => [step, plan[step] ?? []]));
  return page.evaluate(async (body) => {
    const response = await fetch("/api/safety-plan", {
      method: "PUT",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
    return response.status;
  }, steps);
}
