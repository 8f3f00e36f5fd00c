import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, localDateOf, mondayOf } from "../../src/core/dates/local-date.js";
import { createOwnerSession, seedFourMonths } from "../support/four-months.js";
import { CheckinPage } from "./pages/CheckinPage.js";
import { HistoryPage } from "./pages/HistoryPage.js";
import { SafetyPlanPage } from "./pages/SafetyPlanPage.js";
import { SignInPage } from "./pages/SignInPage.js";
import { browserUnavailable } from "./support/browser.js";
import { OWNER, openPage, useJourney } from "./support/journey.js";

/**
 * The page's entry starts the screen's GETs before the app's script has arrived; the app then
 * takes those answers instead of asking again. Only the requests the entry starts are counted:
 * the app asks for other things (reminders, the safety plan) when it is idle.
 */
describe.skipIf(browserUnavailable())("requests started before the app arrives", () => {
  const journey = useJourney({ viewport: { width: 390, height: 844 } });
  let cookie = "";
  const today = localDateOf(new Date());
  const todaysRange = `/api/checkins?from=${addDays(today, -2)}&to=${today}`;
  const fourWeeks = `/api/checkins?from=${addDays(today, -27)}&to=${today}`;

  beforeAll(async () => {
    cookie = await createOwnerSession(journey.server.baseUrl, OWNER);
    await seedFourMonths(journey.server.baseUrl, cookie, today);
  }, 60_000);

  /** Every API GET the page sends, path and query, in order. */
  async function open(path: string): Promise<{ page: Page; asked: string[] }> {
    const { context, page, server } = journey;
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: server.baseUrl }]);
    const asked: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (request.method() === "GET" && url.pathname.startsWith("/api/")) {
        asked.push(`${url.pathname}${url.search}`);
      }
    });
    await openPage(page, `${server.baseUrl}${path}`);
    return { page, asked };
  }

  /**
   * Holds the app's own script until `path` has been asked for (or a few seconds have passed),
   * and says whether it was: a request sent while the app cannot have run is the entry's.
   */
  async function holdAppUntilAsked(page: Page, path: string | RegExp): Promise<() => boolean> {
    let askedFirst = false;
    const asked = new Promise<void>((resolve) => {
      page.on("request", (request) => {
        const url = new URL(request.url());
        const asked = `${url.pathname}${url.search}`;
        if (typeof path === "string" ? asked === path : path.test(asked)) resolve();
      });
    });
    await page.route(/\/assets\/app-[^/]+\.js$/, async (route) => {
      askedFirst = await Promise.race([
        asked.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
      ]);
      await route.continue();
    });
    return () => askedFirst;
  }

  const count = (asked: string[], path: string) => asked.filter((p) => p === path).length;

  it("the check-in screen asks once for who is signed in and for the day, and shows the day", async () => {
    const early = await holdAppUntilAsked(journey.page, todaysRange);
    const { page, asked } = await open("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    expect(early(), "the day asked for before the app's script ran").toBe(true);
    // Today's answers from the seed are in the form.
    await expect(checkin.chosen("Mood")).resolves.toBe(6);
    await expect(page.getByRole("group", { name: /^Connection/ }).count()).resolves.toBe(2);
    expect(count(asked, "/api/session")).toBe(1);
    expect(count(asked, todaysRange)).toBe(1);
  });

  it("history asks once for its four weeks and for how far back they go", async () => {
    const early = await holdAppUntilAsked(journey.page, "/api/checkins/span");
    const { page, asked } = await open("/history");
    const history = new HistoryPage(page);
    await history.waitUntilShown();
    await history.table.waitFor();
    expect(early(), "the span asked for before the app's script ran").toBe(true);
    expect(count(asked, "/api/session")).toBe(1);
    expect(count(asked, fourWeeks)).toBe(1);
    expect(count(asked, "/api/checkins/span")).toBe(1);
  });

  it("insights ask once for their patterns and check-ups, before the app has run", async () => {
    const patterns = `/api/insights?to=${today}`;
    const early = await holdAppUntilAsked(journey.page, patterns);
    const { page, asked } = await open("/insights");
    await page.getByRole("heading", { name: "Your cycle map" }).waitFor();
    await page.getByRole("heading", { name: /PHQ-9 scores/ }).waitFor();
    expect(early(), "the patterns asked for before the app's script ran").toBe(true);
    expect(count(asked, "/api/session")).toBe(1);
    expect(count(asked, patterns)).toBe(1);
    expect(count(asked, "/api/assessments")).toBe(1);
  });

  it("insights come in two files beside the app's: the screen's and what the check-ups share", async () => {
    const { page } = journey;
    const scripts: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (/^\/assets\/.+\.js$/.test(url.pathname)) scripts.push(url.pathname);
    });
    await open("/insights");
    await page.getByRole("heading", { name: /PHQ-9 scores/ }).waitFor();
    // The app's own files, named in the page as served (preload-app.ts), and the entry. Not the
    // page as it is now: the bundler's loader adds a preload for every file it loads later.
    const served = await (await page.request.get(`${journey.server.baseUrl}/insights`)).text();
    const named = [...served.matchAll(/(?:href|src)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    const screenFiles = [...new Set(scripts.filter((path) => !named.includes(path)))];
    // Six small files before (vite.config.ts, CHECKUPS_SHARED): on a phone's six connections
    // they held the insights' own answers back.
    expect(screenFiles.map((path) => path.replace(/-[\w-]{8}\.js$/, ".js")).sort()).toEqual([
      "/assets/InsightsScreen.js",
      "/assets/checkups-shared.js",
    ]);
  });

  // A slow network: the patterns arrive long after the page has loaded; at six seconds, past the
  // copies' few seconds' wait as well. The screen's own file comes only once they are answered, as on a
  // loaded phone, where it can arrive (or be run) seconds after the page's load: until then the
  // screen has asked nothing itself, and the answers on their way are the entry's.
  it.each([
    ["a second and a half", 1500],
    ["six seconds", 6000],
  ])(
    "the safety plan is kept for offline only once the screen's answers are in, even when they take %s",
    async (_, delay) => {
      const { page } = journey;
      const patterns = `/api/insights?to=${today}`;
      // Answered, not finished: a body is read off the network only as the page reads it, and
      // the screen that reads it is in the file held here.
      const patternsAnswered = new Promise<void>((resolve) => {
        page.on("response", (response) => {
          const url = new URL(response.url());
          if (`${url.pathname}${url.search}` === patterns) resolve();
        });
      });
      await page.route(`**${patterns}`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await route.continue();
      });
      await page.route(/\/assets\/InsightsScreen-[^/]+\.js$/, async (route) => {
        await patternsAnswered;
        await route.continue();
      });
      await open("/insights");
      await page.getByRole("heading", { name: "Your cycle map" }).waitFor();
      // Kept: the plan's answer is in the page's offline copies.
      await page.waitForFunction(
        async () => {
          const names = await caches.keys();
          for (const name of names) {
            const cache = await caches.open(name);
            if (await cache.match("/api/safety-plan")) return true;
          }
          return false;
        },
        undefined,
        { timeout: 30_000, polling: 250 },
      );
      // The browser's own times, not the order its events reach this test in. An entry is
      // added a moment after its answer has been read, so it is waited for.
      const times = () =>
        page.evaluate((patterns) => {
          const entries = (path: string) =>
            performance
              .getEntriesByType("resource")
              .map((entry) => entry as PerformanceResourceTiming)
              .filter((entry) => {
                const url = new URL(entry.name);
                return `${url.pathname}${url.search}` === path;
              });
          return {
            planAsked: entries("/api/safety-plan").map((entry) => entry.startTime),
            patternsIn: entries(patterns).map((entry) => entry.responseEnd),
          };
        }, patterns);
      await expect.poll(async () => (await times()).planAsked).toHaveLength(1);
      const { planAsked, patternsIn } = await times();
      expect(patternsIn, "the patterns answered once").toHaveLength(1);
      expect(planAsked[0]).toBeGreaterThanOrEqual(patternsIn[0] ?? Number.POSITIVE_INFINITY);
    },
  );

  it("the plan screen's own file (the \"plan\" group, vite.config.ts) is fetched before the app's script has run", async () => {
    const early = await holdAppUntilAsked(journey.page, /^\/assets\/plan-[^/]+\.js$/);
    const { page } = await open("/plan");
    await page.getByRole("list", { name: "Your plan" }).getByRole("listitem").first().waitFor();
    expect(early(), "the plan's file asked for before the app's script ran").toBe(true);
  });

  it("the plan asks once for each of its parts, its ideas before the app has run", async () => {
    const early = await holdAppUntilAsked(journey.page, "/api/suggestions");
    const { page, asked } = await open("/plan");
    await page.getByRole("list", { name: "Suggestions" }).getByRole("listitem").first().waitFor();
    await page.getByRole("list", { name: "Your plan" }).getByRole("listitem").first().waitFor();
    // The sections below the week load once the ideas are in.
    await page.getByRole("heading", { name: "In your calendar" }).waitFor();
    await page.waitForLoadState("networkidle");
    const parts = [
      "/api/session",
      "/api/suggestions",
      "/api/plans",
      "/api/plans/forecast",
      "/api/routine",
      `/api/routine/week?start=${mondayOf(today)}`,
      "/api/calendar/feed",
      "/api/reminders",
    ];
    expect(early(), "the ideas asked for before the app's script ran").toBe(true);
    expect(Object.fromEntries(parts.map((part) => [part, count(asked, part)]))).toEqual(
      Object.fromEntries(parts.map((part) => [part, 1])),
    );
    // An early request the screen did not take would be a second one for the same thing.
    expect(asked.filter((path, i) => asked.indexOf(path) !== i)).toEqual([]);
  });

  it("the circle asks once for its people, before the app has run", async () => {
    const early = await holdAppUntilAsked(journey.page, "/api/people");
    const { page, asked } = await open("/circle");
    // Drawn from the people's answer: the names from the four months' check-ins.
    await page.getByRole("heading", { name: "People from your check-ins" }).waitFor();
    expect(early(), "the people asked for before the app's script ran").toBe(true);
    expect(count(asked, "/api/session")).toBe(1);
    expect(count(asked, "/api/people")).toBe(1);
  });

  it("share asks once for its links, before the app has run", async () => {
    const early = await holdAppUntilAsked(journey.page, "/api/shares");
    const { page, asked } = await open("/share");
    await page.getByText("No active links right now.").waitFor();
    expect(early(), "the links asked for before the app's script ran").toBe(true);
    expect(count(asked, "/api/session")).toBe(1);
    expect(count(asked, "/api/shares")).toBe(1);
  });

  it("the safety plan asks once for the plan, before the app has run", async () => {
    const early = await holdAppUntilAsked(journey.page, "/api/safety-plan");
    const { page, asked } = await open("/safety-plan");
    const plan = new SafetyPlanPage(page);
    // No plan is seeded: it opens ready to write, once the server has said so.
    await plan.waitUntilShown();
    // Counted as the editor is drawn: the app asks again at idle, for its offline copy.
    const askedByThen = [...asked];
    expect(early(), "the plan asked for before the app's script ran").toBe(true);
    expect(count(askedByThen, "/api/session")).toBe(1);
    expect(count(askedByThen, "/api/safety-plan")).toBe(1);
  });

  it("after a save, the day is asked of the server again and shows what was saved", async () => {
    const { page, asked } = await open("/");
    const checkin = new CheckinPage(page);
    await checkin.waitUntilToday();
    await checkin.pick("Mood", 8);
    await checkin.saveButton.click();
    await checkin.status.filter({ hasText: /^Saved\./ }).waitFor();
    // To history and back, in the app: the check-in screen reads the day afresh.
    await (await checkin.reveal(checkin.historyLink)).click();
    await new HistoryPage(page).waitUntilShown();
    await (await checkin.reveal(checkin.checkinLink)).click();
    await checkin.waitUntilToday();
    await expect(checkin.chosen("Mood")).resolves.toBe(8);
    expect(count(asked, todaysRange)).toBe(2);
  });

  it("a visit signed out asks for no one's data, so nothing is refused on the way to sign-in", async () => {
    const { page, server } = journey;
    const refused: string[] = [];
    const asked: string[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith("/api/")) return;
      asked.push(url.pathname);
      if (response.status() >= 400) refused.push(`${response.status()} ${url.pathname}`);
    });
    await openPage(page, `${server.baseUrl}/`);
    await new SignInPage(page).waitUntilShown();
    // Long after the entry's requests: the service worker is installed once the page has loaded.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(asked).toContain("/api/session");
    expect(asked.filter((path) => path.startsWith("/api/checkins"))).toEqual([]);
    expect(refused).toEqual([]);
  });
});
