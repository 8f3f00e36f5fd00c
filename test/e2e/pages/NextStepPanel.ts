import type { Locator, Page } from "playwright-core";

/** A finished thought record's "A next small step": Plan this, and Add to my circle. */
export class NextStepPanel {
  readonly region: Locator;
  readonly planThis: Locator;
  readonly addToCircle: Locator;
  readonly planForm: Locator;
  readonly circleForm: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "A next small step" });
    this.planThis = this.region.getByRole("button", { name: "Plan this" });
    this.addToCircle = this.region.getByRole("button", { name: "Add to my circle" });
    this.planForm = page.getByRole("form", { name: "Plan this" });
    this.circleForm = page.getByRole("form", { name: "Add to my circle" });
  }

  async guessEnjoyment(value: number): Promise<void> {
    await this.planForm
      .getByRole("radiogroup", { name: /How much do you think you'll enjoy it/ })
      .getByRole("radio", { name: String(value), exact: true })
      .check();
  }
}
