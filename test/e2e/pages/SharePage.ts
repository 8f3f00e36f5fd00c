import type { Locator, Page } from "playwright-core";

/** The share screen: making a card, the link made, and the list of active links. */
export class SharePage {
  readonly reachNotice: Locator;
  readonly forWhom: Locator;
  readonly makeLink: Locator;
  readonly madeHeading: Locator;
  readonly linkField: Locator;
  readonly copyAsMessage: Locator;
  readonly activeHeading: Locator;
  readonly items: Locator;
  readonly noneActive: Locator;

  constructor(readonly page: Page) {
    this.reachNotice = page.getByText("Links made here open only on this computer.");
    this.forWhom = page.getByLabel("Who is it for? (optional)");
    this.makeLink = page.getByRole("button", { name: "Make the link" });
    this.madeHeading = page.getByRole("heading", { name: "Your link is ready" });
    this.linkField = page.getByLabel("Link to share");
    this.copyAsMessage = page.locator(".share-made").getByRole("button", {
      name: "Copy as a message",
    });
    this.activeHeading = page.getByRole("heading", { name: "Your active links" });
    this.items = page.locator(".share-item");
    this.noneActive = page.getByText("No active links right now.");
  }

  /** The form for a new card. */
  get newCardForm(): Locator {
    return this.page.getByRole("form", { name: "Make a new link" });
  }

  /** Until the new card's form knows which words it opens on: it is drawn only then. */
  async waitUntilSettled(): Promise<void> {
    await this.newCardForm.and(this.page.locator(":not([aria-busy='true'])")).waitFor();
  }

  /** Fills a new card the way a person in a hurry would: energy, one tap for contact, a note. */
  async makeCard(card: { forWhom?: string; energy: string; contact: string; message?: string }) {
    await this.waitUntilSettled();
    if (card.forWhom !== undefined) await this.forWhom.fill(card.forWhom);
    await this.page.getByRole("radio", { name: card.energy }).check();
    await this.page.getByRole("button", { name: card.contact }).click();
    if (card.message !== undefined) {
      await this.page.getByLabel("A short message (optional)").fill(card.message);
    }
    await this.makeLink.click();
    await this.madeHeading.waitFor();
  }

  /** A choice of energy this week, by its word ("Low", "Some", "Okay"). */
  energy(word: string): Locator {
    return this.page
      .getByRole("group", { name: "Your energy this week" })
      .getByRole("radio", { name: word, exact: true });
  }

  get ownWords(): Locator {
    return this.page.getByLabel("In your own words");
  }

  /** The link as shown; on a computer-only install it sits folded under the words. */
  async link(): Promise<string> {
    if (!(await this.linkField.isVisible())) {
      await this.page.getByText("The link, for this computer only").click();
    }
    return this.linkField.inputValue();
  }

  item(name: RegExp | string): Locator {
    return this.items.filter({ has: this.page.getByRole("heading", { name }) });
  }

  turnOffButton(item: Locator): Locator {
    return item.getByRole("button", { name: /^Turn off/ });
  }
}
