import type { Locator, Page } from "playwright-core";

/** The Reminders section of the Plan screen, and the calendar link beside it. */
export class RemindersSection {
  readonly section: Locator;
  readonly daily: Locator;
  readonly time: Locator;
  readonly steps: Locator;
  readonly howEarly: Locator;
  readonly save: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole("region", { name: "Reminders" });
    this.daily = this.section.getByRole("checkbox", { name: "A daily check-in nudge" });
    this.time = this.section.getByLabel("At what time?");
    this.steps = this.section.getByRole("checkbox", {
      name: "A nudge before each step I plan for a time",
    });
    this.howEarly = this.section.getByLabel("How early?");
    this.save = this.section.getByRole("button", { name: "Save reminders" });
    this.status = this.section.getByRole("status");
  }

  /** Waits until the saved settings have arrived and the form can be used. */
  async waitUntilReady(): Promise<void> {
    await this.section.locator("form:not([aria-busy='true'])").waitFor();
  }

  async chooseDaily(time: string): Promise<void> {
    await this.daily.check();
    await this.time.fill(time);
  }

  async chooseSteps(howEarly: string): Promise<void> {
    await this.steps.check();
    await this.howEarly.selectOption({ label: howEarly });
  }

  /** Makes a private calendar link and gives its full address. */
  async makeCalendarLink(): Promise<string> {
    const calendar = this.page.getByRole("region", { name: "In your calendar" });
    await calendar.getByRole("button", { name: "Make a private link" }).click();
    const link = calendar.getByLabel("Your private calendar link");
    await link.waitFor();
    return link.inputValue();
  }
}
