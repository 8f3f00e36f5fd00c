import { describe, expect, it } from "vitest";
import { CheckinPage } from "./pages/CheckinPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { expectFocusSettles, tabTo } from "./support/focus.js";
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

    let visits = 0;
    /**
     * One visit: a fresh load of today's check-in at `at`. The hint loads on its own after the
     * day's answers and, as it decides, counts the visit on the device and notes the time when
     * it shows. Once the count is there the decision is made: shown means the hint appears;
     * not shown means the time was not noted and nothing is on screen.
     */
    async function visit(at: number, load: () => Promise<unknown>): Promise<"shown" | "not shown"> {
      visits += 1;
      await page.clock.setFixedTime(at);
      await load();
      await checkin.waitUntilToday();
      const record = await page.waitForFunction((n) => {
        const stored = JSON.parse(window.localStorage.getItem("reconnect.installHint") ?? "{}");
        return stored.visits === n ? stored : null;
      }, visits);
      const { shownAt } = (await record.jsonValue()) as { shownAt: number | null };
      if (shownAt === at) {
        await hint.waitFor();
        return "shown";
      }
      expect(await hint.isVisible()).toBe(false);
      return "not shown";
    }

    await page.clock.setFixedTime(START);
    expect(await visit(START, () => signIn("/"))).toBe("not shown");
    expect(await visit(START + 60_000, () => page.reload())).toBe("not shown");

    expect(await visit(START + 120_000, () => page.reload())).toBe("shown");
    await expect(hint.textContent()).resolves.toMatch(/home screen/);
    await hint.getByRole("button", { name: "Not now" }).waitFor();
    expect(await violations(page)).toEqual([]);

    // Counted on this device, not by the session: visits four on, within the week, stay quiet.
    expect(await visit(START + 180_000, () => page.reload())).toBe("not shown");
    expect(await visit(START + 6 * DAY_MS, () => page.reload())).toBe("not shown");

    // A week after it last showed, once more; closing it takes it away for this visit.
    expect(await visit(START + 120_000 + 7 * DAY_MS, () => page.reload())).toBe("shown");
    // Closed from the keyboard: the hint goes with its button, and focus goes on to the
    // screen's heading rather than to the page.
    await tabTo(page, hint.getByRole("button", { name: "Not now" }), "Not now");
    await page.keyboard.press("Enter");
    await hint.waitFor({ state: "detached" });
    await expectFocusSettles(
      page,
      page.getByRole("heading", { level: 1, name: "How are you today?" }),
      "the screen's heading",
    );
    const stored = await page.evaluate(() => window.localStorage.getItem("reconnect.installHint"));
    expect(JSON.parse(stored ?? "null")).toEqual({
      visits: 6,
      shownAt: START + 120_000 + 7 * DAY_MS,
    });
  });
});
