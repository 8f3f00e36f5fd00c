import type { LocalDate } from "../src/core/dates/local-date.js";
import { seedFourMonths } from "../test/support/four-months.js";
import { type SeededBrowser, slowDown, withSeededBrowser } from "./support/seeded-browser.js";

// What keeping the safety plan for offline reading costs a start: the app fetches it once, at
// idle, after the check-in screen is up. The same start is measured with that fetch and with it
// refused (the request aborted before it leaves the browser), alternately, in one run: the
// check-in screen's first paints, the moment its form holds the day's answers, and the bytes that
// came over the network. Built server, a person four months in with a safety plan, Chromium with
// the CPU slowed 4x (Lighthouse's mobile setting), service workers off so only this differs.
// Usage: npm run build && node --import tsx bench/offline-ready.ts [rounds]

const ROUNDS = Number(process.argv[2] ?? 7);
const OWNER = { username: "walker", password: "a walking password" };
const SETTLE_MS = 3000;
const PLAN = {
  warningSigns: ["Staying in bed past noon", "Not answering Mum's texts"],
  copingAlone: ["A hot shower, then the balcony for ten minutes"],
  peopleToAsk: ["Alex, who said to call any time"],
  reasonsForLiving: ["My sister's laugh", "The dog"],
};

interface Start {
  fcp: number;
  lcp: number;
  formReady: number;
  bytes: number;
  planBytes: number;
  kept: boolean;
}

/** Four months of check-ins, and a safety plan for the idle fetch to keep. */
async function seedWithPlan(url: string, cookie: string, today: LocalDate): Promise<void> {
  await seedFourMonths(url, cookie, today);
  const saved = await fetch(`${url}/api/safety-plan`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(PLAN),
  });
  if (!saved.ok) throw new Error(`saving the plan answered ${saved.status}`);
}

async function oneStart(session: SeededBrowser, keepPlan: boolean): Promise<Start> {
  const context = await session.signedIn({ serviceWorkers: "block" });
  const page = await context.newPage();
  // The CPU alone, as the figures in docs/BENCHMARKS.md were taken.
  await slowDown(page, { network: false });
  await page.route("**/api/safety-plan", (route) =>
    keepPlan ? route.continue() : route.abort("blockedbyclient"),
  );
  let bytes = 0;
  let planBytes = 0;
  const sizes: Promise<void>[] = [];
  page.on("requestfinished", (request) => {
    sizes.push(
      request.sizes().then((size) => {
        const total = size.responseBodySize + size.responseHeadersSize;
        bytes += total;
        if (new URL(request.url()).pathname === "/api/safety-plan") planBytes += total;
      }),
    );
  });
  await page.addInitScript(() => {
    const seen = window as unknown as { lcp: number };
    seen.lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  await page.goto(`${session.url}/`);
  await page.locator('form.checkin-form .checkin-answers[aria-busy="false"]').waitFor();
  const formReady = await page.evaluate(() => performance.now());
  await page.waitForTimeout(SETTLE_MS);
  const paints = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
    lcp: (window as unknown as { lcp: number }).lcp,
  }));
  const kept = await page.evaluate(async () =>
    (await caches.open("reconnect-personal"))
      .match("/api/safety-plan")
      .then((answer) => answer !== undefined),
  );
  await Promise.all(sizes);
  await context.close();
  return { ...paints, formReady, bytes, planBytes, kept };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const account = { name: "offline-ready", owner: OWNER, seed: seedWithPlan };
  await withSeededBrowser(account, async (session) => {
    const runs: Record<"with" | "without", Start[]> = { with: [], without: [] };
    // Alternated, so a busy moment of the machine falls on both sides alike.
    for (let round = 0; round < ROUNDS; round++) {
      runs.without.push(await oneStart(session, false));
      runs.with.push(await oneStart(session, true));
    }
    console.log(
      `Offline readiness: a signed-in start of the check-in screen, ${ROUNDS} rounds each, CPU 4x slower, medians`,
    );
    console.log("                                  without idle fetch   with idle fetch");
    const row = (label: string, pick: (start: Start) => number, unit: string) => {
      const without = median(runs.without.map(pick));
      const withFetch = median(runs.with.map(pick));
      console.log(
        `${label.padEnd(34)}${`${Math.round(without)} ${unit}`.padStart(18)}${`${Math.round(withFetch)} ${unit}`.padStart(18)}`,
      );
    };
    row("first contentful paint", (start) => start.fcp, "ms");
    row("largest contentful paint", (start) => start.lcp, "ms");
    row("check-in form holds the day", (start) => start.formReady, "ms");
    row("bytes over the network", (start) => start.bytes, "B");
    row("of which the safety plan", (start) => start.planBytes, "B");
    const keptCount = (starts: Start[]) => starts.filter((start) => start.kept).length;
    console.log(
      `${"safety plan kept for offline".padEnd(34)}${`${keptCount(runs.without)}/${ROUNDS}`.padStart(18)}${`${keptCount(runs.with)}/${ROUNDS}`.padStart(18)}`,
    );
  });
}

await main();
