import type { Locator, Page } from "playwright-core";
import { openPage } from "../support/journey.js";

/** The server-rendered crisis page: it must work with JavaScript off. */
export class CrisisPage {
  readonly heading: Locator;
  readonly resources: Locator;
  readonly region: Locator;
  readonly show: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.resources = page.getByRole("list").locator("li");
    this.region = page.getByLabel("Show help lines for");
    this.show = page.getByRole("button", { name: "Show" });
  }

  async open(baseUrl: string, region?: string): Promise<void> {
    const query = region ? `?region=${encodeURIComponent(region)}` : "";
    await openPage(this.page, `${baseUrl}/crisis${query}`);
    await this.heading.waitFor();
  }

  async chooseRegion(name: string): Promise<void> {
    await this.region.selectOption({ label: name });
    await Promise.all([this.page.waitForURL(/\/crisis\?region=/), this.show.click()]);
  }
}
