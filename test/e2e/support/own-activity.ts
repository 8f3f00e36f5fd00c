import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Adds an own activity straight through the API (under Body and routine, tiny, five minutes), so
 * a journey starts with it listed; the page is reloaded after to show it.
 */
export async function addOwnActivity(page: Page, baseUrl: string, title: string): Promise<void> {
  const added = await page.request.post(`${baseUrl}/api/activities`, {
    data: {
      title,
      area: "body-routine",
      effort: "tiny",
      minutes: 5,
      social: false,
      firstStep: "Start",
    },
  });
  expect(added.ok(), await added.text()).toBe(true);
}
