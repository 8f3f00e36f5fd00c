import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

export class HistoryPage extends AppShell {
  readonly chart: Locator;
  readonly table: Locator;
  readonly earlier: Locator;
  readonly later: Locator;

  constructor(page: Page) {
    super(page);
    const months = page.getByRole("navigation", { name: "Other months" });
    this.earlier = months.getByRole("link", { name: /^Earlier: / });
    this.later = months.getByRole("link", { name: /^Later: / });
    this.chart = page.getByRole("img", { name: /^Chart of mood, energy and connections/ });
    this.table = page.getByRole("table", { name: "Your check-ins, newest first" });
  }

  /** `heading`: "Your last four weeks", or a month such as "October 2026". */
  async waitUntilShown(heading = "Your last four weeks"): Promise<void> {
    await this.waitForHeading(heading);
    await this.page.getByText("Getting your check-ins…").waitFor({ state: "detached" });
  }

  /** The table row for a day, found by the link that edits it (today's opens "/"). */
  row(editPath: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.locator(`a[href="${editPath}"]`) });
  }

  /** A row's cells as text: day, mood, energy, connections, edit link. */
  async rowCells(editPath: string): Promise<string[]> {
    const row = this.row(editPath);
    return row.locator("th, td").allInnerTexts();
  }
}
