import { loadavg } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createOwnerSession } from "../test/support/four-months.js";
import { slowDown, withBrowser, withBuiltServer } from "./support/seeded-browser.js";
import { median } from "./support/stats.js";

// How long the first thinking-trap suggestion takes to appear in a new thought record, cold:
// a person opens a new record, goes straight on to the thought, writes a distorted one at once
// (one input, as a paste) and waits. Timed in the page from that input to the first card in the
// document; the 300 ms pause the screen waits for before looking is part of it. On Lighthouse's
// slow phone (CPU 4x, 150 ms round trips, 1.6 Mbit/s down), two ways in:
//   first: a first visit, the service worker kept out, so the detector's file comes over the network;
//   repeat: a later visit, the service worker installed and answering from what it keeps.
// Also the moment the record's first step is drawn, so a faster card bought with a slower screen
// would show. Two builds side by side, each round swapping which goes first.
// Usage: npm run build, then node --import tsx bench/trap-first-card.ts [before checkout] [after checkout]
// (each built; the after checkout is this one by default; with neither, this one alone).
// ROUNDS=8 for more visits.

const ROUNDS = Number(process.env.ROUNDS ?? 4);
/** From the last keystroke to the first suggestion, the 300 ms pause included, on the slow phone. */
const TARGET_MS = 1000;
const OWNER = { username: "cold-trap", password: "a cold trap password" };
const THOUGHT =
  "Work ran late and I got home after eight. I burned the dinner. I'm such an idiot. I always ruin everything.";

type Visit = "first" | "repeat";

interface Build {
  root: string;
  url: string;
  cookie: string;
}

interface Timing {
  /** From the thought's input to the first suggestion card in the document. */
  card: number;
  /** From the start of navigation to the record's first step in the document. */
  opened: number;
}

async function signedIn(browser: Browser, build: Build, visit: Visit): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const [name, value] = build.cookie.split("=");
  await context.addCookies([{ name: name ?? "", value: value ?? "", url: build.url }]);
  if (visit === "first") await context.route("**/sw.js", (route) => route.abort());
  await context.addInitScript(() => {
    const marks: Record<string, number> = {};
    Object.assign(window, { benchMarks: marks });
    new MutationObserver(() => {
      if (marks.card === undefined && document.querySelector(".trap-card")) {
        marks.card = performance.now();
      }
      if (marks.opened === undefined && document.querySelector("h2")) {
        marks.opened = performance.now();
      }
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener("input", () => {
      marks.input = performance.now();
    });
  });
  if (visit === "repeat") {
    // An earlier visit, which installs the service worker and lets it keep the app's files.
    const earlier = await context.newPage();
    await earlier.goto(`${build.url}/thoughts`);
    await earlier.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await earlier.close();
  }
  return context;
}

async function once(browser: Browser, build: Build, visit: Visit): Promise<Timing> {
  const context = await signedIn(browser, build, visit);
  try {
    const page: Page = await context.newPage();
    await slowDown(page, { network: true });
    await page.goto(`${build.url}/thoughts/new`);
    await page.getByRole("heading", { level: 2, name: "What happened?" }).waitFor();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    const thought = page.getByLabel("The thought", { exact: true });
    await thought.fill(THOUGHT);
    await page.locator(".trap-card").first().waitFor({ timeout: 60_000 });
    const marks = await page.evaluate(
      () => (window as unknown as { benchMarks: Record<string, number> }).benchMarks,
    );
    return { card: (marks.card ?? Number.NaN) - (marks.input ?? 0), opened: marks.opened ?? 0 };
  } finally {
    await context.close();
  }
}

const span = (values: number[]): string =>
  `median ${Math.round(median(values))} ms (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;

/** "before" and "after" when two builds are compared; the checkout's folder otherwise. */
function label(root: string, builds: number): string {
  if (builds === 2) return root === path.resolve(".") ? "after" : "before";
  return path.basename(root);
}

async function compare(browser: Browser, builds: Build[]): Promise<void> {
  const load = loadavg()[0] ?? 0;
  for (const visit of ["first", "repeat"] as const) {
    const timings = builds.map(() => [] as Timing[]);
    for (let round = 0; round < ROUNDS; round++) {
      const order = builds.map((_, index) => index);
      if (round % 2 === 1) order.reverse();
      for (const index of order) {
        const build = builds[index];
        if (build) timings[index]?.push(await once(browser, build, visit));
      }
    }
    builds.forEach((build, index) => {
      const taken = timings[index] ?? [];
      const card = taken.map((timing) => timing.card);
      const met = median(card) <= TARGET_MS ? "PASS" : "MISS";
      console.log(
        `${visit} visit, ${label(build.root, builds.length)}: first card ${span(card)} after the thought ` +
          `(target ${TARGET_MS} ms: ${met}); record's first step drawn ${span(taken.map((timing) => timing.opened))} after navigation`,
      );
    });
  }
  console.log(
    `${ROUNDS} visits each, load average ${load.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
  );
}

async function main(): Promise<void> {
  const roots = process.argv.slice(2).map((root) => path.resolve(root));
  if (roots.length > 2) throw new Error("usage: trap-first-card.ts [before] [after]");
  if (roots.length < 2) roots.push(path.resolve("."));
  await withBrowser(async (browser) => {
    const builds: Build[] = [];
    const start = async (index: number): Promise<void> => {
      const root = roots[index];
      if (root === undefined) {
        await compare(browser, builds);
        return;
      }
      await withBuiltServer({ name: "trap-first-card", root }, async (url) => {
        builds.push({ root, url, cookie: await createOwnerSession(url, OWNER) });
        await start(index + 1);
      });
    };
    await start(0);
  });
}

await main();
