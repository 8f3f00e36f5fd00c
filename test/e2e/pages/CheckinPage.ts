import type { Locator, Page } from "playwright-core";
import { screenStatus } from "../support/screen-status.js";
import { AppShell } from "./AppShell.js";

export interface ConnectionAnswer {
  name?: string;
  /** The words on screen: "Message", "Call", "Video call", "In person". */
  how: string;
  /** The words on screen: "Hard" … "Good". */
  felt?: string;
}

export class CheckinPage extends AppShell {
  readonly form: Locator;
  readonly more: Locator;
  readonly sleep: Locator;
  readonly note: Locator;
  readonly saveButton: Locator;
  readonly status: Locator;
  readonly addConnectionButton: Locator;
  /** Said when the form opens on answers typed and not yet saved, kept on the device. */
  readonly draftNotice: Locator;
  readonly discardDraftButton: Locator;
  /** The answer to a heavy day's save: two doors and one tiny step. */
  readonly heavyDay: Locator;
  /** The two links kept below "Saved" for a note with crisis words, card open or closed. */
  readonly crisisWordsDoors: Locator;

  constructor(page: Page) {
    super(page);
    this.form = page.locator("form.checkin-form");
    this.more = page.getByText("More about your day (optional)");
    this.sleep = page.getByLabel("Hours slept (optional)");
    this.note = page.getByLabel("Note (optional)");
    this.saveButton = page.getByRole("button", { name: "Save", exact: true });
    this.status = screenStatus(page);
    this.addConnectionButton = page.getByRole("button", { name: /^Add (someone|another)/ });
    this.draftNotice = page.locator(".draft-notice");
    this.discardDraftButton = page.getByRole("button", { name: "Discard the draft" });
    this.heavyDay = page.getByRole("region", { name: "Help is here if you want it" });
    this.crisisWordsDoors = page.locator(".crisis-words-doors");
  }

  async waitUntilToday(): Promise<void> {
    await this.waitForHeading("How are you today?");
    await this.form.waitFor();
    // The form is drawn (below mood busy, its room held) before the day's answers arrive.
    await this.answersArrived();
  }

  /** The day's answers are in: the form below mood is no longer busy. */
  async answersArrived(): Promise<void> {
    await this.page.locator('form.checkin-form .checkin-answers[aria-busy="false"]').waitFor();
  }

  /** A 0–10 question by the start of its label, e.g. "Mood" or "Energy". */
  scale(label: string): Locator {
    return this.page.getByRole("group", { name: new RegExp(`^${label}`) });
  }

  point(label: string, value: number): Locator {
    return this.scale(label).getByRole("radio", { name: String(value), exact: true });
  }

  async pick(label: string, value: number): Promise<void> {
    await this.point(label, value).check();
  }

  /** The number chosen on a scale, or null when none is. */
  async chosen(label: string): Promise<number | null> {
    const checked = this.scale(label).locator("input:checked");
    if ((await checked.count()) === 0) return null;
    return Number(await checked.inputValue());
  }

  connection(number: number): Locator {
    return this.page.getByRole("group", { name: `Connection ${number}` });
  }

  async addConnection(answer: ConnectionAnswer): Promise<void> {
    await this.addConnectionButton.click();
    const row = this.connection(
      await this.page.getByRole("group", { name: /^Connection/ }).count(),
    );
    if (answer.name) await row.getByLabel("Name (optional)").fill(answer.name);
    await row.getByLabel("How", { exact: true }).selectOption({ label: answer.how });
    if (answer.felt)
      await row.getByLabel("How it felt (optional)").selectOption({ label: answer.felt });
  }

  async openMore(): Promise<void> {
    if (!(await this.sleep.isVisible())) await this.more.click();
    await this.sleep.waitFor();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await this.waitForSaved();
  }

  async waitForSaved(): Promise<void> {
    await this.status.filter({ hasText: "Saved. Thank you for checking in." }).waitFor();
  }
}
