import { describe, expect, it } from "vitest";
import { addDays, localDateOf } from "../../src/core/dates/local-date.js";
import { cycleHistory } from "../support/insights-history.js";
import { HistoryPage } from "./pages/HistoryPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";
import { createOwner } from "./support/server.js";

const PHONE = { width: 390, height: 844 };
const DAYS = 75;

const monthTitle = (date: string) =>
  new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric" }).format(
    new Date(`${date.slice(0, 7)}-15T12:00:00`),
  );

describe.skipIf(browserUnavailable())("history, month by month, on a phone", () => {
  const journey = useJourney({ reducedMotion: "reduce", viewport: PHONE });

  it("pages back to the first check-in, each month with its chart and table, and forward again", async () => {
    const { page, server } = journey;
    await createOwner(server.baseUrl, OWNER);
    await openPage(page, `${server.baseUrl}/history`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    const history = new HistoryPage(page);
    await history.waitUntilShown();

    // Two and a half months of check-ins, saved as the check-in screen saves them.
    const today = localDateOf(new Date());
    const seeded = cycleHistory(today, DAYS);
    for (const { date, checkin } of seeded) {
      const response = await page.request.put(`${server.baseUrl}/api/checkins/${date}`, {
        data: checkin,
      });
      expect(response.status(), `saving ${date}`).toBe(200);
    }
    const first = addDays(today, -(DAYS - 1));
    await page.reload();
    await history.waitUntilShown();
    expect(await violations(page)).toEqual([]);

    // Back a month at a time, every month named, until the one that holds the first check-in.
    const visited: string[] = [];
    while ((await history.earlier.count()) > 0) {
      const name = ((await history.earlier.textContent()) ?? "").replace(/^Earlier: /, "");
      await history.earlier.click();
      await history.waitUntilShown(name);
      visited.push(name);
      await history.chart.waitFor();
      await expect(history.table.locator("tbody tr").count()).resolves.toBeGreaterThan(0);
      expect(visited.length, "paging must stop at the first check-in").toBeLessThan(6);
    }
    expect(visited.at(-1)).toBe(monthTitle(first));
    expect(new URL(page.url()).pathname).toBe(`/history/${first.slice(0, 7)}`);
    // The first check-in's row is on that last page, with its chart drawn.
    const firstRow = history.row(`/checkin/${first}`);
    await expect(firstRow.count()).resolves.toBe(1);
    await expect(page.getByText("This month holds your first check-in.").count()).resolves.toBe(1);
    expect(await violations(page)).toEqual([]);

    // And forward again, month by month, to the last four weeks.
    for (const name of visited.slice(0, -1).reverse()) {
      await history.later.click();
      await history.waitUntilShown(name);
    }
    await history.later.click();
    await history.waitUntilShown();
    expect(new URL(page.url()).pathname).toBe("/history");
  });
});
