import type { Locator, Page } from "playwright-core";

/** A table too wide for the screen: the box it scrolls in, named as its caption. */
export class WideTable {
  readonly table: Locator;
  readonly box: Locator;

  constructor(
    readonly page: Page,
    caption: string | RegExp,
  ) {
    this.table = page.getByRole("table", { name: caption });
    this.box = page.getByRole("region", { name: caption });
  }

  /** How far the box has been scrolled sideways. */
  scrolled(): Promise<number> {
    return this.box.evaluate((box) => box.scrollLeft);
  }
}
