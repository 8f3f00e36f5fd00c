import type { Locator, Page } from "playwright-core";

/** The panel that says what waits on this device to sync, and asks about a day changed elsewhere. */
export class OfflineSyncPanel {
  readonly region: Locator;
  readonly conflict: Locator;
  readonly keepMine: Locator;
  readonly keepOther: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Check-ins saved on this device" });
    this.conflict = this.region.locator(".conflict");
    this.keepMine = this.region.getByRole("button", { name: "Keep this device's" });
    this.keepOther = this.region.getByRole("button", { name: "Keep the other one" });
  }

  /** One side of a conflict: "On this device" or "Saved elsewhere". */
  version(title: string): Locator {
    return this.region.locator(".conflict-version").filter({
      has: this.page.getByRole("heading", { name: title }),
    });
  }

  async waitFor(words: string | RegExp): Promise<void> {
    await this.region.getByRole("status").filter({ hasText: words }).waitFor();
  }
}
