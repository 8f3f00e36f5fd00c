import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { localDateOf } from "../src/core/dates/local-date.js";
import { createOwnerSession, seedFourMonths } from "../test/support/four-months.js";
import { spawnServer } from "../test/support/spawn-server.js";

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

async function oneStart(
  browser: Browser,
  url: string,
  cookie: string,
  keepPlan: boolean,
): Promise<Start> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: "block",
  });
  const [name, value] = cookie.split("=");
  await context.addCookies([{ name: name ?? "", value: value ?? "", url }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
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
  await page.goto(`${url}/`);
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
  const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-offline-ready-"));
  const server = await spawnServer({ DATA_DIR: dataDir }, { built: true });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  try {
    const cookie = await createOwnerSession(server.url, OWNER);
    await seedFourMonths(server.url, cookie, localDateOf(new Date()));
    const saved = await fetch(`${server.url}/api/safety-plan`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(PLAN),
    });
    if (!saved.ok) throw new Error(`saving the plan answered ${saved.status}`);

    const runs: Record<"with" | "without", Start[]> = { with: [], without: [] };
    // Alternated, so a busy moment of the machine falls on both sides alike.
    for (let round = 0; round < ROUNDS; round++) {
      runs.without.push(await oneStart(browser, server.url, cookie, false));
      runs.with.push(await oneStart(browser, server.url, cookie, true));
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
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
