import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { localDateOf } from "../src/core/dates/local-date.js";
import { createOwnerSession, seedFourMonths } from "../test/support/four-months.js";
import { seedSettledAccount } from "../test/support/lived-in-account.js";
import { spawnServer } from "../test/support/spawn-server.js";

// Lighthouse 12.2.3 with its default (mobile) settings and simulated throttling, driving
// Debian's Chromium. Targets from issue 13, with a person four months in: first-visit LCP under
// 1.8 s (the Foundation issue's 2 s, tightened), repeat visit under 1 s, layout shift under 0.1.
const TARGETS = {
  performance: 95,
  accessibility: 100,
  bestPractices: 95,
  lcpMs: 1800,
  repeatLcpMs: 1000,
  cls: 0.1,
};
/** Lighthouse's codes for a page load whose trace it could not record. */
const RECORDING_FAILURES = new Set(["NO_NAVSTART", "NO_FCP", "NO_LCP", "NO_TRACING_STARTED"]);
const OWNER = { username: "lighthouse", password: "a lighthouse password" };

export async function benchLighthouse(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-lighthouse-"));
  const server = await spawnServer({ DATA_DIR: dataDir }, { built: true });
  const chrome = await chromeLauncher.launch({
    chromePath: "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    // Not an empty account: a person four months in (120 check-ins, today done with two
    // connections, three PHQ-9s, a few plans), whose data is what makes a screen shift or slow.
    // LIGHTHOUSE_ACCOUNT=settled: the four months grown to a circle of eight, fifteen steps,
    // reminders, a share link and a safety plan (bench/layout-shift.ts), for share and circle.
    const cookie = await createOwnerSession(server.url, OWNER);
    const seed = process.env.LIGHTHOUSE_ACCOUNT === "settled" ? seedSettledAccount : seedFourMonths;
    await seed(server.url, cookie, localDateOf(new Date()));
    const signedIn = { Cookie: cookie };
    const pages: { name: string; url: string; headers: Record<string, string> }[] = [
      { name: "sign-in screen", url: `${server.url}/sign-in`, headers: {} },
      { name: "check-in screen", url: `${server.url}/`, headers: signedIn },
      { name: "plan", url: `${server.url}/plan`, headers: signedIn },
      { name: "thoughts", url: `${server.url}/thoughts`, headers: signedIn },
      { name: "history", url: `${server.url}/history`, headers: signedIn },
      { name: "insights", url: `${server.url}/insights`, headers: signedIn },
      { name: "share", url: `${server.url}/share`, headers: signedIn },
      { name: "circle", url: `${server.url}/circle`, headers: signedIn },
      { name: "/crisis", url: `${server.url}/crisis`, headers: {} },
    ];
    // LIGHTHOUSE_PAGES="check-in screen,thoughts" measures only those, for a before/after run.
    const only = (process.env.LIGHTHOUSE_PAGES ?? "").split(",").filter((name) => name !== "");
    if (only.length > 0)
      pages.splice(0, pages.length, ...pages.filter((p) => only.includes(p.name)));
    console.log("\nLighthouse 12.2.3, mobile preset, Debian Chromium");
    console.log(
      `  targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS.bestPractices}, LCP < ${TARGETS.lcpMs} ms (repeat visit < ${TARGETS.repeatLcpMs} ms), layout shift < ${TARGETS.cls}`,
    );
    const run = async (page: (typeof pages)[number], visit: "first" | "repeat") => {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: page.headers,
        // A first visit starts from empty storage; a repeat visit keeps the service worker and
        // what it kept, as a person's phone does.
        disableStorageReset: visit === "repeat",
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${page.url}`);
      return result.lhr;
    };
    // One visit not measured first: the first Lighthouse run after the server and the browser
    // start pays their warm-up (the server's compiler, the browser's own caches), which a
    // person's first visit to a running server does not. Seen here: that run scored 77, with
    // about 1,000 ms of blocking, on a page whose later first visits scored 83–99.
    const warmUp = await run(
      { name: "warm-up", url: `${server.url}/sign-in`, headers: {} },
      "first",
    );
    // How fast this machine's CPU is by Lighthouse's own measure. Its 4x slowdown stands for a
    // phone only on a fast desktop; on a slower or busier host every task reads longer, so
    // blocking time and performance scores are comparable only between runs of similar index.
    // Lighthouse itself warns below 1,000.
    console.log(
      `  this machine's CPU benchmark index: ${Math.round(warmUp.environment.benchmarkIndex)} (Lighthouse warns below 1,000; each row gives its own run's)`,
    );
    for (const visit of ["first", "repeat"] as const) {
      console.log(visit === "first" ? "  first visit:" : "  repeat visit (service worker warm):");
      for (const page of pages) {
        // Warmed by one visit not measured, so the worker is installed and in charge.
        if (visit === "repeat") await run(page, visit);
        let lhr = await run(page, visit);
        // Lighthouse sometimes fails to record the trace of a load (seen here: NO_NAVSTART, NO_LCP
        // on about one run in fifteen, on different pages, the same page passing on the next run).
        // That is a failed measurement, not a slow page: measured once more, and said so.
        const unrecorded = lhr.runtimeError?.code;
        if (unrecorded !== undefined && RECORDING_FAILURES.has(unrecorded)) {
          console.log(`  ${page.name}: the trace was not recorded (${unrecorded}); measured again`);
          lhr = await run(page, visit);
        }
        // LIGHTHOUSE_SAVE=folder keeps each report's JSON, to read a run's requests and tasks.
        const saveTo = process.env.LIGHTHOUSE_SAVE;
        if (saveTo) {
          const file = `${page.name.replace(/[^a-z0-9]+/gi, "-")}-${visit}.json`;
          writeFileSync(path.join(saveTo, file), JSON.stringify(lhr));
        }
        const { categories, audits } = lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        const lcp = audits["largest-contentful-paint"]?.numericValue ?? Number.NaN;
        const cls = audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN;
        // What the performance score is made of beside LCP: a low score with a fast paint is
        // main-thread time (blocking time) or a late first paint.
        const tbt = audits["total-blocking-time"]?.numericValue ?? Number.NaN;
        const fcp = audits["first-contentful-paint"]?.numericValue ?? Number.NaN;
        const perf = score("performance");
        const a11y = score("accessibility");
        const bp = score("best-practices");
        const pass =
          perf >= TARGETS.performance &&
          a11y >= TARGETS.accessibility &&
          bp >= TARGETS.bestPractices &&
          lcp < (visit === "first" ? TARGETS.lcpMs : TARGETS.repeatLcpMs) &&
          cls < TARGETS.cls;
        console.log(
          `  ${page.name.padEnd(16)} performance ${perf}, accessibility ${a11y}, best practices ${bp}, LCP ${Math.round(lcp)} ms, layout shift ${cls.toFixed(3)} (FCP ${Math.round(fcp)} ms, blocking ${Math.round(tbt)} ms, CPU index ${Math.round(lhr.environment.benchmarkIndex)})   ${pass ? "PASS" : "MISS"}`,
        );
        // A run that failed (a score of 0, figures NaN) says why, rather than passing for a slow page.
        if (lhr.runtimeError) {
          console.log(`    run failed: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        }
        for (const [id, audit] of Object.entries(audits)) {
          if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary") {
            console.log(`    failing audit: ${id}`);
          }
        }
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLighthouse();
