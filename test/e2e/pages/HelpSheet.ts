import type { Locator, Page } from "playwright-core";

/** The help sheet the crisis card opens over the screen: help lines, or the safety plan. */
export class HelpSheet {
  readonly dialog: Locator;
  readonly heading: Locator;
  readonly closeButton: Locator;
  /** Every call and text link in the sheet. */
  readonly contactLinks: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole("dialog");
    this.heading = this.dialog.getByRole("heading", { level: 2 }).first();
    this.closeButton = this.dialog.getByRole("button", { name: "Close", exact: true });
    this.contactLinks = this.dialog.locator('a[href^="tel:"], a[href^="sms:"]');
  }

  async waitUntilOpen(title: string): Promise<void> {
    await this.dialog.getByRole("heading", { level: 2, name: title }).waitFor();
  }

  async waitUntilClosed(): Promise<void> {
    await this.dialog.waitFor({ state: "hidden" });
  }

  /** The `href` of every call and text link in the sheet, in order. */
  async hrefs(): Promise<string[]> {
    return this.contactLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? ""),
    );
  }

  /**
   * True when an element of the screen behind holds focus. As with any modal dialog, Tab past the
   * sheet's last control goes to the browser itself (the page's body, here), never to the screen.
   */
  async focusBehind(): Promise<boolean> {
    return this.dialog.evaluate((sheet) => {
      const focused = document.activeElement;
      return focused !== null && focused !== document.body && !sheet.contains(focused);
    });
  }

  /** One entry of the plan shown in the sheet, by its words. */
  planEntry(text: string): Locator {
    return this.dialog.locator("li.plan-view-entry").filter({ hasText: text });
  }

  /** True when the element with focus is inside the sheet. */
  async holdsFocus(): Promise<boolean> {
    return this.dialog.evaluate((sheet) => sheet.contains(document.activeElement));
  }
}
