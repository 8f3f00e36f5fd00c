import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, type LocalDate, localDateOf } from "../../src/core/dates/local-date.js";
import { CIRCLE, seedCircleMonths } from "../support/circle-months.js";
import { createOwnerSession, FOUR_MONTHS_DAYS, seedFourMonths } from "../support/four-months.js";
import { seedSettledAccount } from "../support/lived-in-account.js";
import { seedThoughtRecords, THOUGHT_RECORDS } from "../support/thought-months.js";
import { CirclePage } from "./pages/CirclePage.js";
import { SharePage } from "./pages/SharePage.js";
import { ThoughtListPage } from "./pages/ThoughtsPage.js";
import { violations } from "./support/axe.js";
import { browserUnavailable } from "./support/browser.js";
import { interceptPastTheWorker } from "./support/held-requests.js";
import { type Journey, OWNER, openPage, useJourney } from "./support/journey.js";

/** Web Vitals' line between a good and a poor page: past it, people lose their place. */
const GOOD_LAYOUT_SHIFT = 0.1;
/** Nothing a person would see move: well under the header's old 0.007, which nobody noticed. */
const STILL = 0.005;

interface Shift {
  value: number;
  moved: string[];
}

interface LargestPaint {
  time: number;
  words: string;
}

declare global {
  interface Window {
    __layoutShifts?: Shift[];
    __largestPaints?: LargestPaint[];
    __frameHint?: Element;
    __largestElement?: Element | null;
    __frames?: number;
    __drawnInFrame?: Record<string, number>;
  }
}

/** Every largest-contentful-paint candidate the browser reports, with when and what it was. */
async function recordLargestPaints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const paints: LargestPaint[] = [];
    window.__largestPaints = paints;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const paint = entry as PerformanceEntry & { element: Element | null };
        paints.push({ time: paint.startTime, words: paint.element?.textContent ?? "" });
        window.__largestElement = paint.element;
      }
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
}

/**
 * Every layout shift from the first paint on, with what moved, as the browser reports it. Their
 * sum bounds the page's cumulative layout shift from above (CLS keeps only the worst burst).
 */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    window.__layoutShifts = shifts;
    const describe = (node: Node | null) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(" ").join(".")}` : ""}`
        : String(node?.nodeName);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node: Node | null }[];
        };
        if (shift.hadRecentInput) continue;
        shifts.push({
          value: shift.value,
          moved: (shift.sources ?? []).map((source) => describe(source.node)),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Waits until the screen has everything it asked for and has drawn it, then totals the shifts. */
async function shiftsAfterLoad(page: Page): Promise<{ total: number; shifts: Shift[] }> {
  await page.waitForLoadState("networkidle");
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const shifts = await page.evaluate(() => window.__layoutShifts ?? []);
  return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
}

/**
 * Holds the screen's data requests until its waiting state is on screen, so each journey sees
 * what a person on a slow line sees: the screen drawn first, its data arriving into it after.
 * The returned function stops holding, once the data is in, and lets the page's requests go
 * through the service worker again.
 */
function holdDataUntilDrawn(
  page: Page,
  data: RegExp,
  waiting: Locator,
): Promise<() => Promise<void>> {
  // Past the service worker, which would let the data through unheld at times.
  return interceptPastTheWorker(page, data, async (request) => {
    await waiting.waitFor();
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await request.continue();
  });
}

/**
 * Signs the owner in once, before the describe block's journeys, and seeds their account with
 * `seed` through the API; the journeys read the session's cookie (`name=value`) from the answer.
 */
function useSeededOwner(
  journey: Journey,
  seed: (baseUrl: string, cookie: string, today: LocalDate) => Promise<unknown>,
  timeoutMs: number,
): { readonly cookie: string } {
  const owner = { cookie: "" };
  beforeAll(async () => {
    const { baseUrl } = journey.server;
    owner.cookie = await createOwnerSession(baseUrl, OWNER);
    await seed(baseUrl, owner.cookie, localDateOf(new Date()));
  }, timeoutMs);
  return owner;
}

/** Scrolls to the foot of the page, reloads it, and waits with `drawn` until it is drawn again. */
async function reloadScrolledDown(page: Page, drawn: () => Promise<void>): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const place = await page.evaluate(() => window.scrollY);
  expect(place, "the screen is long enough to scroll").toBeGreaterThan(0);
  await page.reload();
  await drawn();
  return place;
}

/** Opens `path` signed in with `cookie` (`name=value`), recording every shift from the first paint. */
async function openSignedIn(journey: Journey, cookie: string, path: string): Promise<Page> {
  const { context, page, server } = journey;
  const [name, value] = cookie.split("=");
  await context.addCookies([{ name: name ?? "", value: value ?? "", url: server.baseUrl }]);
  await recordLayoutShifts(page);
  await openPage(page, `${server.baseUrl}${path}`);
  return page;
}

describe.skipIf(browserUnavailable())("layout shift for a person four months in", () => {
  // A phone, as most people check in on one.
  const journey = useJourney({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
  const owner = useSeededOwner(journey, seedFourMonths, 60_000);

  const open = (path: string) => openSignedIn(journey, owner.cookie, path);

  it("the check-in screen stays still when today's answers arrive", async () => {
    const page = await open("/");
    await page.locator("form.checkin-form .checkin-answers[aria-busy=false]").waitFor();
    // Today's answers are in the form: both people, and the optional part opened to show them.
    await expect(page.getByRole("group", { name: /^Connection/ }).count()).resolves.toBe(2);
    await expect(page.getByLabel("Hours slept (optional)").inputValue()).resolves.toBe("7");
    const { total, shifts } = await shiftsAfterLoad(page);
    expect(total, JSON.stringify(shifts)).toBeLessThan(GOOD_LAYOUT_SHIFT);
    expect(await violations(page)).toEqual([]);
  });

  it("the check-in screen's largest words are painted with its frame and kept with the answers", async () => {
    // Lighthouse times the largest paint from everything asked for before it: words redrawn
    // with the day's answers would be timed from those answers and the files they bring. So the
    // words drawn with the frame, before any answer, must be the very element still shown after.
    const { page } = journey;
    await recordLargestPaints(page);
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const form = document.querySelector("form.checkin-form .checkin-answers[aria-busy=true]");
        const hint = form?.querySelector("section.connections p.hint");
        if (hint) {
          window.__frameHint = hint;
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await open("/");
    await page.locator("form.checkin-form .checkin-answers[aria-busy=false]").waitFor();
    await shiftsAfterLoad(page);
    const paints = await page.evaluate(() => window.__largestPaints ?? []);
    const largest = paints.at(-1);
    expect(largest?.words, JSON.stringify(paints)).toContain("Any contact counts");
    await expect(
      page.evaluate(() => {
        const hint = window.__frameHint;
        return hint !== undefined && hint === window.__largestElement && hint.isConnected;
      }),
      "the largest paint is the hint drawn with the frame, still on screen",
    ).resolves.toBe(true);
  });

  it("the header stays still when the app, signed in, takes over the page's first frame", async () => {
    // The first frame has "Get help now" alone; the app adds "My safety plan" beside it.
    const page = await open("/thoughts");
    await page.getByRole("heading", { name: "Your thoughts" }).waitFor();
    await page.getByRole("link", { name: "My safety plan" }).waitFor();
    const { shifts } = await shiftsAfterLoad(page);
    const moved = shifts.flatMap((shift) => shift.moved);
    expect(moved, JSON.stringify(shifts)).not.toContain("div.help-links");
    expect(moved, JSON.stringify(shifts)).not.toContain("a.help-link");
  });

  it("the check-in screen stays still for a day with no answers yet", async () => {
    const unanswered = addDays(localDateOf(new Date()), -(FOUR_MONTHS_DAYS + 30));
    const page = await open(`/checkin/${unanswered}`);
    await page.locator("form.checkin-form .checkin-answers[aria-busy=false]").waitFor();
    await expect(page.getByRole("group", { name: /^Connection/ }).count()).resolves.toBe(0);
    const { total, shifts } = await shiftsAfterLoad(page);
    expect(total, JSON.stringify(shifts)).toBeLessThan(GOOD_LAYOUT_SHIFT);
  });

  it("the plan screen stays still when its ideas and the week's plan arrive", async () => {
    const page = await open("/plan");
    await page.getByRole("list", { name: "Suggestions" }).getByRole("listitem").first().waitFor();
    await page.getByRole("list", { name: "Your plan" }).getByRole("listitem").first().waitFor();
    const { total, shifts } = await shiftsAfterLoad(page);
    // The energy line is reworded when the ideas arrive, in room held for it.
    expect(shifts.flatMap((shift) => shift.moved)).not.toContain("label.choice");
    expect(total, JSON.stringify(shifts)).toBeLessThan(GOOD_LAYOUT_SHIFT);
    expect(await violations(page)).toEqual([]);
  });

  it("the insights screen stays still when its patterns and scores arrive", async () => {
    const { page } = journey;
    const stopHolding = await holdDataUntilDrawn(
      page,
      /\/api\/(insights|assessments)\b/,
      page.getByText("Working out your patterns…"),
    );
    await open("/insights");
    await page.getByRole("heading", { name: "Your cycle map" }).waitFor();
    await page.getByRole("heading", { name: /PHQ-9 scores/ }).waitFor();
    await stopHolding();
    const { total, shifts } = await shiftsAfterLoad(page);
    expect(total, JSON.stringify(shifts)).toBeLessThan(GOOD_LAYOUT_SHIFT);
    expect(await violations(page)).toEqual([]);
  });

  it("the insights screen paints its largest words a frame before its charts are drawn", async () => {
    // Lighthouse times the largest paint from all the main-thread work before it: the first
    // section's words are that paint, so the charts below (cycle map, scores) must not be drawn
    // in the same task. A frame counter shows which frame each was added in.
    const { page } = journey;
    await recordLargestPaints(page);
    await page.addInitScript(() => {
      window.__frames = 0;
      window.__drawnInFrame = {};
      const count = () => {
        window.__frames = (window.__frames ?? 0) + 1;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      new MutationObserver(() => {
        const drawn = window.__drawnInFrame ?? {};
        const seen: [string, string][] = [
          ["words", "#withdrawal-heading"],
          ["cycle map", ".insights-section svg"],
          ["scores", "#scores-heading"],
        ];
        for (const [name, selector] of seen) {
          if (drawn[name] === undefined && document.querySelector(selector)) {
            drawn[name] = window.__frames ?? 0;
          }
        }
      }).observe(document, { subtree: true, childList: true });
    });
    await open("/insights");
    await page.getByRole("heading", { name: "Your cycle map" }).waitFor();
    await page.getByRole("heading", { name: "Check-up scores over time" }).waitFor();
    await shiftsAfterLoad(page);
    const paints = await page.evaluate(() => window.__largestPaints ?? []);
    const section = page.locator("section[aria-labelledby=withdrawal-heading]");
    expect(paints.at(-1)?.words, JSON.stringify(paints)).toBe(
      await section.locator("p").first().textContent(),
    );
    const drawn = await page.evaluate(() => window.__drawnInFrame ?? {});
    expect(drawn.words, JSON.stringify(drawn)).toBeDefined();
    expect(drawn["cycle map"], JSON.stringify(drawn)).toBeGreaterThan(drawn.words ?? Infinity);
    expect(drawn.scores, JSON.stringify(drawn)).toBeGreaterThan(drawn.words ?? Infinity);
  });

  it("the history screen stays still when four weeks of check-ins arrive", async () => {
    const { page } = journey;
    const stopHolding = await holdDataUntilDrawn(
      page,
      /\/api\/checkins\b/,
      page.getByText("Getting your check-ins…"),
    );
    await open("/history");
    await page.getByRole("table", { name: "Your check-ins, newest first" }).waitFor();
    await page.getByRole("navigation", { name: "Other months" }).waitFor();
    await stopHolding();
    const { total, shifts } = await shiftsAfterLoad(page);
    expect(total, JSON.stringify(shifts)).toBeLessThan(GOOD_LAYOUT_SHIFT);
    expect(await violations(page)).toEqual([]);
  });
});

describe.skipIf(browserUnavailable())(
  "layout shift for a person four months in, who writes thoughts down and links their circle",
  () => {
    const journey = useJourney({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
    const owner = useSeededOwner(
      journey,
      async (baseUrl, cookie, today) => {
        await seedCircleMonths(baseUrl, cookie, today);
        await seedThoughtRecords(baseUrl, cookie);
      },
      90_000,
    );

    it("the thoughts list stays still when months of records arrive below a record not saved yet", async () => {
      const page = await openSignedIn(journey, owner.cookie, "/thoughts");
      const list = new ThoughtListPage(page);
      await list.waitUntilShown();
      // Begun on this device and left before its first save, then the list opened afresh.
      await list.writeNewThought("I let everyone down again at work today");
      const stopHolding = await holdDataUntilDrawn(
        page,
        /\/api\/thoughts\b/,
        page.getByText("Getting your thoughts…"),
      );
      await openPage(page, `${journey.server.baseUrl}/thoughts`);
      await list.unsaved.getByRole("link", { name: "Go on with it" }).waitFor();
      await list.commonTraps.waitFor();
      await expect.poll(() => list.records.count()).toBe(THOUGHT_RECORDS);
      await stopHolding();
      const { total, shifts } = await shiftsAfterLoad(page);
      // The records, and the traps counted from them, arrive below all that was drawn before
      // them: with the traps above the past records, the search moved down as they came.
      expect(shifts.flatMap((shift) => shift.moved)).not.toContain("section");
      expect(total, JSON.stringify(shifts)).toBeLessThan(GOOD_LAYOUT_SHIFT);
      expect(await violations(page)).toEqual([]);
    });

    it("the check-in screen stays still when a connection linked to the circle says who it was with", async () => {
      const { page } = journey;
      const first = page.getByRole("group", { name: "Connection 1" });
      // The circle's names come after the day's answers, as on a slow line.
      const stopHolding = await holdDataUntilDrawn(page, /\/api\/people\b/, first);
      await openSignedIn(journey, owner.cookie, "/");
      await page.locator("form.checkin-form .checkin-answers[aria-busy=false]").waitFor();
      await first.getByText(`With ${CIRCLE[0]}`).waitFor();
      await stopHolding();
      await expect(page.getByRole("group", { name: /^Connection/ }).count()).resolves.toBe(2);
      const { total, shifts } = await shiftsAfterLoad(page);
      expect(total, JSON.stringify(shifts)).toBeLessThan(GOOD_LAYOUT_SHIFT);
      expect(await violations(page)).toEqual([]);
    });
  },
);

describe.skipIf(browserUnavailable())(
  "layout shift for a settled person: a circle of eight, a share link, words left in a form",
  () => {
    const journey = useJourney({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
    const owner = useSeededOwner(journey, seedSettledAccount, 120_000);

    it("the share screen stays still when its links arrive, with the notice that they open only here", async () => {
      const { page } = journey;
      const share = new SharePage(page);
      // This server answers on 127.0.0.1 alone, so the notice is said; its answer comes late.
      const stopHolding = await holdDataUntilDrawn(page, /\/api\/shares\b/, share.newCardForm);
      await openSignedIn(journey, owner.cookie, "/share");
      await share.waitUntilSettled();
      await share.items.first().waitFor();
      await share.reachNotice.waitFor();
      await stopHolding();
      const { total, shifts } = await shiftsAfterLoad(page);
      expect(total, JSON.stringify(shifts)).toBeLessThan(STILL);
      expect(await violations(page)).toEqual([]);
    });

    it("the share screen stays still when it opens on a card begun before a reload", async () => {
      const page = await openSignedIn(journey, owner.cookie, "/share");
      const share = new SharePage(page);
      await share.waitUntilSettled();
      await share.forWhom.fill("Lena");
      await page.reload();
      await share.waitUntilSettled();
      await expect(share.forWhom.inputValue()).resolves.toBe("Lena");
      await page.getByRole("button", { name: /Discard/ }).waitFor();
      await share.items.first().waitFor();
      const { total, shifts } = await shiftsAfterLoad(page);
      expect(total, JSON.stringify(shifts)).toBeLessThan(STILL);
    });

    it("the circle stays still when eight people arrive above 'Add someone'", async () => {
      const { page } = journey;
      const circle = new CirclePage(page);
      const stopHolding = await holdDataUntilDrawn(
        page,
        /\/api\/people\b/,
        page.getByRole("heading", { name: "Your circle" }),
      );
      await openSignedIn(journey, owner.cookie, "/circle");
      await circle.waitUntilSettled();
      await expect.poll(() => page.locator(".card-list > li").count()).toBe(8);
      await stopHolding();
      const { total, shifts } = await shiftsAfterLoad(page);
      expect(total, JSON.stringify(shifts)).toBeLessThan(STILL);
      expect(await violations(page)).toEqual([]);
    });

    it("the circle stays still when it opens on someone being added before a reload", async () => {
      const page = await openSignedIn(journey, owner.cookie, "/circle");
      const circle = new CirclePage(page);
      await circle.waitUntilSettled();
      await circle.addButton.click();
      await circle.addForm.getByLabel("Name").fill("Nadia");
      // From the top: a reload scrolled down lands on a page still short, and its footer moves as
      // the circle arrives whatever the form does (the browser's own scroll restoring, not this).
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.reload();
      await circle.addForm.waitFor();
      await expect(circle.addForm.getByLabel("Name").inputValue()).resolves.toBe("Nadia");
      await expect.poll(() => page.locator(".card-list > li").count()).toBe(8);
      const { total, shifts } = await shiftsAfterLoad(page);
      expect(total, JSON.stringify(shifts)).toBeLessThan(STILL);
    });

    it("the plan screen stays still when reloaded scrolled down, and goes back to where it was", async () => {
      const page = await openSignedIn(journey, owner.cookie, "/plan");
      const drawn = async () => {
        await page.getByRole("list", { name: "Your plan" }).getByRole("listitem").first().waitFor();
        // The sections below the week, last to come, each with what it asked for.
        await page.locator("#activities-add[aria-busy=false]").waitFor({ state: "attached" });
        await page.getByRole("heading", { name: "Reminders" }).waitFor();
      };
      await drawn();
      // Reloaded, the page was scrolled back by the browser before the screen had its words:
      // to the foot of a short page, the footer in view and pushed away as they came (0.13).
      const place = await reloadScrolledDown(page, drawn);
      const { total, shifts } = await shiftsAfterLoad(page);
      expect(total, JSON.stringify(shifts)).toBeLessThan(STILL);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(place);

      // Back at the top and reloaded again, it stays at the top: the place left before is gone.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.reload();
      await drawn();
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });

    it("the plan screen stays still when reloaded on a new activity being added, and goes back to where it was", async () => {
      const page = await openSignedIn(journey, owner.cookie, "/plan");
      const form = page.getByRole("form", { name: "Add your own activity" });
      await page.locator("#activities-add[aria-busy=false]").waitFor({ state: "attached" });
      await page.getByText("Add, change or hide activities").click();
      await page.getByRole("button", { name: "Add your own" }).click();
      // Typing scrolls the page down to the form, low on the screen, as a person's would be.
      await form.getByLabel("Activity").fill("Feed the ducks");
      await page.getByRole("heading", { name: "Reminders" }).waitFor();
      const place = await page.evaluate(() => window.scrollY);
      expect(place, "the form sits below the first screen").toBeGreaterThan(0);
      await page.reload();
      await expect(form.getByLabel("Activity").inputValue()).resolves.toBe("Feed the ducks");
      await page.getByRole("heading", { name: "Reminders" }).waitFor();
      // The section opened on the words a moment after the scroll went back, above "Daily
      // anchors" and "Reminders" in view, and pushed them down (0.40).
      const { total, shifts } = await shiftsAfterLoad(page);
      expect(total, JSON.stringify(shifts)).toBeLessThan(STILL);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(place);
    });

    it("the circle stays still when reloaded scrolled down, and goes back to where it was", async () => {
      const page = await openSignedIn(journey, owner.cookie, "/circle");
      const circle = new CirclePage(page);
      const drawn = async () => {
        await circle.waitUntilSettled();
        await expect.poll(() => page.locator(".card-list > li").count()).toBe(8);
      };
      await drawn();
      // As on the plan screen: the footer was in view and pushed away by eight people (0.16).
      const place = await reloadScrolledDown(page, drawn);
      const { total, shifts } = await shiftsAfterLoad(page);
      expect(total, JSON.stringify(shifts)).toBeLessThan(STILL);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(place);
    });
  },
);
