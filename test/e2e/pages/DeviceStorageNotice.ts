import type { Locator, Page } from "playwright-core";

/** What the app says when the device's storage refuses it. */
export class DeviceStorageNotice {
  readonly notice: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.notice = page.getByRole("region", { name: "This device's storage" });
    this.closeButton = this.notice.getByRole("button", { name: "Got it" });
  }
}
