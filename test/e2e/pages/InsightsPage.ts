import type { Locator, Page } from "playwright-core";
import { AppShell } from "./AppShell.js";

export class InsightsPage extends AppShell {
  readonly insightsLink: Locator;
  readonly cycleSection: Locator;
  readonly diagram: Locator;
  readonly arrowSentences: Locator;
  readonly cycleTable: Locator;
  readonly headsUp: Locator;
  readonly emptyState: Locator;
  readonly takeaway: Locator;
  readonly details: Locator;
  readonly withdrawalSection: Locator;
  readonly withdrawalTable: Locator;

  constructor(page: Page) {
    super(page);
    this.insightsLink = this.nav.getByRole("link", { name: "Insights" });
    this.cycleSection = page.getByRole("region", { name: "Your cycle map" });
    this.diagram = this.cycleSection.getByRole("img", { name: /^Diagram of your cycle\./ });
    this.arrowSentences = this.cycleSection
      .getByRole("list", { name: "Each arrow in words" })
      .getByRole("listitem");
    this.cycleTable = page.getByRole("table", { name: "Your cycle map in numbers" });
    this.headsUp = page.getByRole("note", { name: "A gentle heads-up" });
    this.emptyState = page.getByRole("region", { name: "Nothing to show yet, and that's okay" });
    this.takeaway = this.cycleSection.locator(".insights-takeaway");
    this.details = this.cycleSection.locator("details", {
      has: page.getByText("Details: the numbers behind the map"),
    });
    this.withdrawalSection = page.getByRole("region", {
      name: "This week compared with your usual",
    });
    this.withdrawalTable = page.getByRole("table", {
      name: "Your last 7 days and the 4 weeks before",
    });
  }

  /** Opens the cycle map's details fold, where its numbers and table are. */
  async openDetails(): Promise<void> {
    await this.details.locator("summary").click();
    await this.cycleTable.waitFor();
  }

  /** The withdrawal table's rows as [what, last 7 days, usual, stands out?]. */
  async withdrawalRows(): Promise<string[][]> {
    const rows = await this.withdrawalTable.locator("tbody tr").all();
    return Promise.all(rows.map((row) => row.locator("th, td").allInnerTexts()));
  }

  async waitUntilShown(): Promise<void> {
    await this.waitForHeading("Your patterns");
    // The figures arrive after the heading; the questionnaire section is always last.
    await this.page.getByRole("heading", { level: 2, name: "Check-up scores over time" }).waitFor();
    await this.page
      .getByRole("status")
      .filter({ hasText: "Working out" })
      .waitFor({ state: "detached" });
  }
}
