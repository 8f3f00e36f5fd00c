import type { Route } from "playwright-core";
import { seedFourMonths } from "../test/support/four-months.js";
import { type SeededBrowser, slowDown, withSeededBrowser } from "./support/seeded-browser.js";

// A first visit to the check-in screen, history, the circle, share and the safety plan, for a
// person four months in, with the page's early requests (src/web/app/early-requests.ts) and
// without them, side by side in one run: the built server, Chromium on a phone's screen with
// Lighthouse's mobile slowdowns (CPU 4x, 150 ms round trips, 1.6 Mbit/s down), and for each visit
// the time to the largest text (the browser's own largest-contentful-paint) and to the screen's
// data on screen. "Without" answers the entry's early data requests at once with 503, which the
// app ignores by design, so it asks for the data itself once its script has run, as it did
// before they existed. The session's request is left alone in both: it has been preloaded by the
// page all along.
// Usage: npm run build, then node --import tsx bench/first-paint.ts   (ROUNDS=7 for more;
// FIRST_PAINT_SCREENS=circle,share for only those; names as printed)

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const OWNER = { username: "painter", password: "a first paint password" };
// `ready` is a selector, or words, drawn only once the screen's data is in; `early` the entry's
// data requests that "without" answers 503.
const SCREENS = [
  {
    name: "check-in screen",
    path: "/",
    ready: 'form.checkin-form .checkin-answers[aria-busy="false"]',
    early: /\/api\/checkins(\/span|\?)/,
  },
  { name: "history", path: "/history", ready: "table", early: /\/api\/checkins(\/span|\?)/ },
  // The names from the four months' check-ins, offered once the people's answer is in.
  { name: "circle", path: "/circle", ready: "#suggested-heading", early: /\/api\/people$/ },
  {
    name: "share",
    path: "/share",
    ready: "text=No active links right now.",
    early: /\/api\/shares$/,
  },
  // No plan is seeded: the editor opens, ready to write, once the server has said so.
  {
    name: "safety plan",
    path: "/safety-plan",
    ready: "text=Fill in what you can",
    early: /\/api\/safety-plan$/,
  },
] as const;

interface Visit {
  lcp: number;
  lcpElement: string;
  ready: number;
}

declare global {
  interface Window {
    __paint?: { lcp: number; lcpElement: string; ready: number };
  }
}

async function visit(
  session: SeededBrowser,
  screen: (typeof SCREENS)[number],
  early: boolean,
): Promise<Visit> {
  const context = await session.signedIn({ everyVisitFirst: true });
  const page = await context.newPage();
  await slowDown(page, { network: true });
  // Both runs go through the same interception, so its own cost is on both sides.
  const seen = new Set<string>();
  await page.route(screen.early, async (route: Route) => {
    const url = route.request().url();
    const first = !seen.has(url);
    seen.add(url);
    if (!early && first) await route.fulfill({ status: 503, body: "" });
    else await route.continue();
  });
  await page.addInitScript((ready: string) => {
    const paint = { lcp: 0, lcpElement: "", ready: 0 };
    window.__paint = paint;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const lcp = entry as PerformanceEntry & { element: Element | null };
        paint.lcp = lcp.startTime;
        paint.lcpElement = lcp.element
          ? `${lcp.element.tagName.toLowerCase()} "${(lcp.element.textContent ?? "").slice(0, 40)}"`
          : "";
      }
    }).observe({ type: "largest-contentful-paint", buffered: true });
    const words = ready.startsWith("text=") ? ready.slice("text=".length) : null;
    // Written inline: a named function here would be sent to the page wrapped in a helper of
    // the TypeScript runner's own, which the page does not have, and the script would stop.
    new MutationObserver(() => {
      if (paint.ready !== 0) return;
      if (
        words === null
          ? document.querySelector(ready) !== null
          : (document.body?.textContent ?? "").includes(words)
      )
        paint.ready = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, screen.ready);
  await page.goto(`${session.url}${screen.path}`);
  await page.locator(screen.ready).first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  const paint = await page.evaluate(() => window.__paint);
  await context.close();
  if (!paint) throw new Error("the page recorded nothing");
  return { lcp: paint.lcp, lcpElement: paint.lcpElement, ready: paint.ready };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export async function benchFirstPaint(): Promise<void> {
  const account = { name: "first-paint", owner: OWNER, seed: seedFourMonths };
  await withSeededBrowser(account, async (session) => {
    console.log(
      `\nFirst visit, four months in (CPU 4x, 150 ms, 1.6 Mbit/s), median of ${ROUNDS} visits each:`,
    );
    const only = (process.env.FIRST_PAINT_SCREENS ?? "").split(",").filter((name) => name !== "");
    for (const screen of SCREENS.filter((s) => only.length === 0 || only.includes(s.name))) {
      const runs = { with: [] as Visit[], without: [] as Visit[] };
      // Alternated, so a busy moment on the machine falls on both sides alike.
      for (let round = 0; round < ROUNDS; round++) {
        runs.without.push(await visit(session, screen, false));
        runs.with.push(await visit(session, screen, true));
      }
      const lcp = (side: Visit[]) => Math.round(median(side.map((run) => run.lcp)));
      const ready = (side: Visit[]) => Math.round(median(side.map((run) => run.ready)));
      console.log(
        `  ${screen.name.padEnd(16)} largest text ${lcp(runs.with)} ms with early requests, ${lcp(runs.without)} ms without; data on screen ${ready(runs.with)} ms with, ${ready(runs.without)} ms without`,
      );
      console.log(`    largest text: ${runs.with[0]?.lcpElement ?? "?"}`);
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchFirstPaint();
