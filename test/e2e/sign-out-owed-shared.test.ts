import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";
import {
  OWED,
  owedAnsweredRobinStays,
  robinJoins,
  samSignsOutOffline,
  samsTabLeftOpen,
} from "./support/shared-browser.js";

/** Counts, in `page`, the changes to the mark that other tabs make (the app's listener is first). */
async function countMarkChanges(page: Page): Promise<void> {
  await page.evaluate((key) => {
    const seen = { count: 0 };
    Object.assign(window, { markChangesSeen: seen });
    window.addEventListener("storage", (event) => {
      if (event.key === key) seen.count += 1;
    });
  }, OWED);
}

function markChangesSeen(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { markChangesSeen: { count: number } }).markChangesSeen.count,
  );
}

/*
 * A shared family computer: Sam's tab was left open when Robin signed in in another. Sam's stale
 * tab then signs out with no network. The sign-out owed is Sam's: Robin's tab stays where it is,
 * and once the network is back, Robin's session (the browser's cookie now) is not ended by it.
 */
describe.skipIf(browserUnavailable())("a sign-out owed on a shared browser", () => {
  const journey = useJourney();
  beforeAll(async () => {
    await createOwner(journey.server.baseUrl, OWNER);
  });

  it("is only the signed-out person's: Robin's tab stays, and Robin's session lives", async () => {
    const { robinsId } = await robinJoins(journey);
    const { samsTab, robinsTab } = await samsTabLeftOpen(journey);
    await countMarkChanges(robinsTab.page);
    await samSignsOutOffline(journey, samsTab, robinsId);

    // Robin's tab has seen the mark, and stays on Robin's check-in.
    await expect.poll(() => markChangesSeen(robinsTab.page)).toBeGreaterThan(0);
    await robinsTab.waitUntilToday();
    expect(new URL(robinsTab.page.url()).pathname).not.toBe("/sign-in");
    expect(await robinsTab.page.getByRole("heading", { name: "Sign in" }).count()).toBe(0);

    // The network returns: the owed sign-out is answered and dropped, and Robin is still signed
    // in, in this browser and in their tab.
    await owedAnsweredRobinStays(journey, robinsTab, robinsId);
    await robinsTab.page.reload();
    await robinsTab.waitUntilToday();
    await robinsTab.page.close();
  });
});
