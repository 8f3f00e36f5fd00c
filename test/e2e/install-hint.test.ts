import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { useJourney } from "./support/journey.js";
import { ownerSignIn } from "./support/owner-sign-in.js";

const DAY_MS = 86_400_000;
const START = new Date("2026-12-03T09:00:00Z").getTime();

describe.skipIf(browserUnavailable())("the install hint on the check-in screen", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
  const signIn = ownerSignIn(journey);

  it("waits for the third visit, then not again within a week, and closes", async () => {
    const { page } = journey;
    const hint = page.getByRole("complementary", { name: "Keep Reconnect on your home screen" });
    const checkin = new CheckinPage(page);

    /** One visit: a fresh load of today's check-in at `at`, waited for until its answers are in. */
    async function visit(at: number, load: () => Promise<unknown>): Promise<boolean> {
      await page.clock.setFixedTime(at);
      await load();
      await checkin.waitUntilToday();
      await page.getByText("Getting your answers for this day…").waitFor({ state: "detached" });
      // The hint is decided with the first paint of the day's answers: nothing comes later.
      return hint.isVisible();
    }

    await page.clock.setFixedTime(START);
    expect(await visit(START, () => signIn("/"))).toBe(false);
    expect(await visit(START + 60_000, () => page.reload())).toBe(false);

    expect(await visit(START + 120_000, () => page.reload())).toBe(true);
    await expect(hint.textContent()).resolves.toMatch(/home screen/);
    await hint.getByRole("button", { name: "Not now" }).waitFor();
    expect(await violations(page)).toEqual([]);

    // Counted on this device, not by the session: visits four on, within the week, stay quiet.
    expect(await visit(START + 180_000, () => page.reload())).toBe(false);
    expect(await visit(START + 6 * DAY_MS, () => page.reload())).toBe(false);

    // A week after it last showed, once more; closing it takes it away for this visit.
    expect(await visit(START + 120_000 + 7 * DAY_MS, () => page.reload())).toBe(true);
    await hint.getByRole("button", { name: "Not now" }).click();
    await hint.waitFor({ state: "detached" });
    const stored = await page.evaluate(() => window.localStorage.getItem("reconnect.installHint"));
    expect(JSON.parse(stored ?? "null")).toEqual({
      visits: 6,
      shownAt: START + 120_000 + 7 * DAY_MS,
    });
  });
});
