import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { spawnServer } from "../test/support/spawn-server.js";

// Lighthouse 12.2.3 with its default (mobile) settings and simulated throttling, driving
// Debian's Chromium. Targets from the Foundation issue.
const TARGETS = { performance: 95, accessibility: 100, bestPractices: 95, lcpMs: 2000 };
const OWNER = { username: "lighthouse", password: "a lighthouse password" };

async function post(url: string, body: unknown, cookie = "") {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
}

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
    const setup = await post(`${server.url}/api/setup`, OWNER);
    const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const pages: { name: string; url: string; headers: Record<string, string> }[] = [
      { name: "sign-in screen", url: `${server.url}/sign-in`, headers: {} },
      { name: "check-in screen", url: `${server.url}/`, headers: { Cookie: cookie } },
      { name: "/crisis", url: `${server.url}/crisis`, headers: {} },
    ];
    console.log("\nLighthouse 12.2.3, mobile preset, Debian Chromium");
    console.log(
      `  targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS.bestPractices}, LCP < ${TARGETS.lcpMs} ms`,
    );
    for (const page of pages) {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: page.headers,
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${page.url}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const lcp = audits["largest-contentful-paint"]?.numericValue ?? Number.NaN;
      const perf = score("performance");
      const a11y = score("accessibility");
      const bp = score("best-practices");
      const pass =
        perf >= TARGETS.performance &&
        a11y >= TARGETS.accessibility &&
        bp >= TARGETS.bestPractices &&
        lcp < TARGETS.lcpMs;
      console.log(
        `  ${page.name.padEnd(16)} performance ${perf}, accessibility ${a11y}, best practices ${bp}, LCP ${Math.round(lcp)} ms   ${pass ? "PASS" : "MISS"}`,
      );
      for (const [id, audit] of Object.entries(audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary") {
          console.log(`    failing audit: ${id}`);
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
