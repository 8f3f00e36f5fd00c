import type { Locator, Page } from "playwright-core";

/**
 * The screen's own polite status lines: every `role="status"` but the "Get help now" links' sign
 * ("Opening help…"), which every page carries, empty until a link is tapped.
 */
export function screenStatus(page: Page): Locator {
  return page.getByRole("status").and(page.locator(":not(.help-now-status)"));
}
