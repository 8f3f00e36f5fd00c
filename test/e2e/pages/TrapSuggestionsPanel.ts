import type { Locator, Page } from "playwright-core";

/** The thinking-trap suggestions beside a thought, as the thought record shows them. */
export class TrapSuggestionsPanel {
  readonly region: Locator;
  readonly hint: Locator;
  readonly cards: Locator;
  readonly noneFitButton: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Thinking traps this thought might fit" });
    this.hint = this.region.locator("p.hint");
    this.cards = this.region.locator(".trap-card");
    this.noneFitButton = this.region.getByRole("button", { name: "None of these fit" });
  }

  /** A suggested trap's card, found by the trap's name. */
  card(name: string): Locator {
    return this.cards.filter({ has: this.page.getByRole("heading", { level: 4, name }) });
  }

  /** Waits until the suggestions settle on `words` (they follow typing after a pause). */
  async waitForHint(words: string | RegExp): Promise<void> {
    await this.hint.filter({ hasText: words }).waitFor();
  }
}
