import type { Locator, Page } from "playwright-core";
import { screenStatus } from "../support/screen-status.js";
import { AppShell } from "./AppShell.js";
import { TrapSuggestionsPanel } from "./TrapSuggestionsPanel.js";

/** The thoughts list: past records, search, and the traps that come up most. */
export class ThoughtListPage extends AppShell {
  readonly newLink: Locator;
  readonly search: Locator;
  readonly searchButton: Locator;
  readonly records: Locator;
  readonly commonTraps: Locator;
  readonly searchStatus: Locator;
  /** A new record begun on this device and not saved yet. */
  readonly unsaved: Locator;

  constructor(page: Page) {
    super(page);
    this.newLink = page.getByRole("link", { name: "Write down a thought" });
    this.search = page.getByLabel("Search your thoughts");
    this.searchButton = page.getByRole("button", { name: "Search", exact: true });
    this.records = page.locator(".thought-list li");
    this.commonTraps = page.getByRole("region", { name: "Traps that come up most for you" });
    this.searchStatus = screenStatus(page);
    this.unsaved = page.getByRole("region", { name: "Started, not saved yet" });
  }

  get thoughtsLink(): Locator {
    return this.nav.getByRole("link", { name: "Thoughts" });
  }

  async waitUntilShown(): Promise<void> {
    await this.waitForHeading("Your thoughts");
    await this.page.getByText(/Getting your thoughts/).waitFor({ state: "detached" });
  }

  async searchFor(words: string): Promise<void> {
    await this.search.fill(words);
    await this.searchButton.click();
  }

  /** "Write down a thought": a new record, shown at its first step. */
  async startNew(): Promise<ThoughtRecordPage> {
    await this.newLink.click();
    const record = new ThoughtRecordPage(this.page);
    await record.waitUntilNew();
    await record.waitForStep("What happened?");
    return record;
  }

  /**
   * From the list as it opens: waits for it, begins a new record and takes it on to the step where
   * the thought is written, with the trap suggestions beside it. The journeys about the thought
   * and its suggestions all start this way.
   */
  async openNewThought(): Promise<{ record: ThoughtRecordPage; traps: TrapSuggestionsPanel }> {
    await this.waitUntilShown();
    const record = await this.startNew();
    await record.toTheThought();
    return { record, traps: new TrapSuggestionsPanel(this.page) };
  }

  /** A new record taken on to the step where the thought is written, with `words` written there. */
  async writeNewThought(words: string): Promise<ThoughtRecordPage> {
    const record = await this.startNew();
    await record.toTheThought();
    await record.thought.fill(words);
    return record;
  }
}

/** One thought record, one step at a time. */
export class ThoughtRecordPage extends AppShell {
  readonly stepHeading: Locator;
  readonly nextButton: Locator;
  readonly saveForNowButton: Locator;
  readonly saveButton: Locator;
  readonly status: Locator;
  readonly thought: Locator;
  readonly allTraps: Locator;
  readonly situation: Locator;
  readonly draftNotice: Locator;
  readonly backButton: Locator;

  constructor(page: Page) {
    super(page);
    this.stepHeading = page.getByRole("heading", { level: 2 });
    this.nextButton = page.getByRole("button", { name: "Next", exact: true });
    this.saveForNowButton = page.getByRole("button", { name: "Save for now", exact: true });
    this.saveButton = page.getByRole("button", { name: "Save", exact: true });
    this.status = screenStatus(page);
    this.thought = page.getByLabel("The thought", { exact: true });
    this.allTraps = page.getByRole("group", { name: "Your thinking traps" });
    this.situation = page.getByLabel("What happened? (optional)");
    this.draftNotice = page.locator(".draft-notice");
    this.backButton = page.getByRole("button", { name: "Back", exact: true });
  }

  async waitUntilNew(): Promise<void> {
    await this.waitForHeading("Untangle a thought");
  }

  /**
   * A new record, from its first step (with `situation` written there, if given) on to the step
   * where the thought itself is written: most journeys about the thought start here.
   */
  async toTheThought(situation?: string): Promise<void> {
    await this.waitUntilNew();
    await this.waitForStep("What happened?");
    if (situation !== undefined) await this.situation.fill(situation);
    await this.next("What went through your mind?");
  }

  async waitForStep(title: string): Promise<void> {
    await this.page.getByRole("heading", { level: 2, name: title }).waitFor();
  }

  /** A saved record reopens on one page; "Edit" goes back to its first step. */
  async edit(): Promise<void> {
    await this.page.getByRole("heading", { level: 2, name: "On one page" }).waitFor();
    await this.page.getByRole("button", { name: "Edit", exact: true }).click();
    await this.waitForStep("What happened?");
  }

  async next(title: string): Promise<void> {
    await this.nextButton.click();
    await this.waitForStep(title);
  }

  /** A suggested trap's card, found by the trap's name. */
  suggestion(name: string): Locator {
    return this.page
      .locator(".trap-card")
      .filter({ has: this.page.getByRole("heading", { level: 4, name }) });
  }

  handPicked(name: string): Locator {
    return this.allTraps.getByRole("checkbox", { name });
  }

  async waitForSaved(words: string | RegExp = /^Saved\./): Promise<void> {
    await this.status.filter({ hasText: words }).waitFor();
  }
}
