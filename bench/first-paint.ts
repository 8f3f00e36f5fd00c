import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Route } from "playwright-core";
import { localDateOf } from "../src/core/dates/local-date.js";
import { createOwnerSession, seedFourMonths } from "../test/support/four-months.js";
import { spawnServer } from "../test/support/spawn-server.js";

// A first visit to the check-in screen and to history, for a person four months in, with the
// page's early requests (src/web/app/early-requests.ts) and without them, side by side in one
// run: the built server, Chromium on a phone's screen with Lighthouse's mobile slowdowns (CPU
// 4x, 150 ms round trips, 1.6 Mbit/s down), and for each visit the time to the largest text
// (the browser's own largest-contentful-paint) and to the screen's data on screen.
// "Without" answers the entry's early data requests at once with 503, which the app ignores by
// design, so it asks for the data itself once its script has run, as it did before they existed.
// The session's request is left alone in both: it has been preloaded by the page all along.
// Usage: npm run build, then node --import tsx bench/first-paint.ts   (ROUNDS=7 for more)

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const OWNER = { username: "painter", password: "a first paint password" };
const SCREENS = [
  {
    name: "check-in screen",
    path: "/",
    ready: 'form.checkin-form .checkin-answers[aria-busy="false"]',
  },
  { name: "history", path: "/history", ready: "table" },
] as const;
const EARLY_DATA = /\/api\/checkins(\/span|\?)/;

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
  browser: Browser,
  baseUrl: string,
  cookie: string,
  screen: (typeof SCREENS)[number],
  early: boolean,
): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const [name, value] = cookie.split("=");
  await context.addCookies([{ name: name ?? "", value: value ?? "", url: baseUrl }]);
  // The service worker would answer later visits itself: each visit here is a first one.
  await context.route("**/sw.js", (route) => route.abort());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  // Both runs go through the same interception, so its own cost is on both sides.
  const seen = new Set<string>();
  await page.route(EARLY_DATA, async (route: Route) => {
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
    new MutationObserver(() => {
      if (paint.ready === 0 && document.querySelector(ready)) paint.ready = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, screen.ready);
  await page.goto(`${baseUrl}${screen.path}`);
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
  const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-first-paint-"));
  const server = await spawnServer({ DATA_DIR: dataDir }, { built: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const cookie = await createOwnerSession(server.url, OWNER);
    await seedFourMonths(server.url, cookie, localDateOf(new Date()));
    console.log(
      `\nFirst visit, four months in (CPU 4x, 150 ms, 1.6 Mbit/s), median of ${ROUNDS} visits each:`,
    );
    for (const screen of SCREENS) {
      const runs = { with: [] as Visit[], without: [] as Visit[] };
      // Alternated, so a busy moment on the machine falls on both sides alike.
      for (let round = 0; round < ROUNDS; round++) {
        runs.without.push(await visit(browser, server.url, cookie, screen, false));
        runs.with.push(await visit(browser, server.url, cookie, screen, true));
      }
      const lcp = (side: Visit[]) => Math.round(median(side.map((run) => run.lcp)));
      const ready = (side: Visit[]) => Math.round(median(side.map((run) => run.ready)));
      console.log(
        `  ${screen.name.padEnd(16)} largest text ${lcp(runs.with)} ms with early requests, ${lcp(runs.without)} ms without; data on screen ${ready(runs.with)} ms with, ${ready(runs.without)} ms without`,
      );
      console.log(`    largest text: ${runs.with[0]?.lcpElement ?? "?"}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchFirstPaint();
