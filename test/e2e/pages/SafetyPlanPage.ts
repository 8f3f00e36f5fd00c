import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

/** `/safety-plan`: seven steps, each an editable list. */
export class SafetyPlanPage extends AppShell {
  readonly planLink: Locator;
  readonly saveButton: Locator;
  readonly printButton: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    super(page);
    this.planLink = page.getByRole("banner").getByRole("link", { name: "My safety plan" });
    this.saveButton = page.getByRole("button", { name: "Save my plan" });
    this.printButton = page.getByRole("button", { name: "Print or save as PDF" });
    this.status = page.getByRole("status");
  }

  async waitUntilShown(): Promise<void> {
    await this.waitForHeading("My safety plan");
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
}
