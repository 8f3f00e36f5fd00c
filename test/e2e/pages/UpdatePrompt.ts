import type { Locator, Page } from "playwright-core";

/** What a page opened before an update shows: the notice, and a screen that could not open. */
export class UpdatePrompt {
  readonly notice: Locator;
  readonly reloadButton: Locator;
  readonly screenFailed: Locator;

  constructor(readonly page: Page) {
    this.notice = page.locator(".release-notice");
    this.reloadButton = page.getByRole("button", { name: "Reload Reconnect" });
    this.screenFailed = page.getByRole("heading", { level: 1, name: "This screen couldn't open" });
  }

  /** Marks this page load, so a journey can tell a whole new page from the same one moving on. */
  async markPage(): Promise<void> {
    await this.page.evaluate(() => {
      (window as Window & { __samePage?: boolean }).__samePage = true;
    });
  }

  async isSamePage(): Promise<boolean> {
    return this.page.evaluate(
      () => (window as Window & { __samePage?: boolean }).__samePage === true,
    );
  }
}
