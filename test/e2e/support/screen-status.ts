import type { Locator, Page } from "playwright-core";

/**
 * The screen's own polite status lines: every `role="status"` but the page's one "Opening help…"
 * sign, which every page carries (made by the page's entry, shared by every "Get help now" link),
 * empty until a link is tapped. One now, not one per link, but still there on every screen. And
 * but the thought record's "Looking for thinking traps…" line, the suggestions panel's own, there
 * (empty) while the suggestions are not being looked for.
 */
export function screenStatus(page: Page): Locator {
  return page.getByRole("status").and(page.locator(":not(.help-now-status):not(.trap-looking)"));
}
