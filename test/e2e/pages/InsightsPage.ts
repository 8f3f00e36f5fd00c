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
