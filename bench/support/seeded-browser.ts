import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type CDPSession,
  chromium,
  type Page,
} from "playwright-core";
import { type LocalDate, localDateOf } from "../../src/core/dates/local-date.js";
import { createOwnerSession } from "../../test/support/four-months.js";
import { spawnServer } from "../../test/support/spawn-server.js";

// What the browser benches share: the built server on a data folder of its own, one person
// seeded through the API, Debian's Chromium, and one slow phone. Kept in one place so the benches
// measure the same device, and their figures can be set beside each other and Lighthouse's.

/**
 * The phone every browser bench pretends to be: Lighthouse's mobile slowdowns (CPU 4x, 150 ms
 * round trips, 1.6 Mbit/s down, 750 kbit/s up) on a 390×844 screen. A bench that measures only
 * the main thread leaves the network alone (`slowDown(page, { network: false })`).
 */
export const slowPhone = {
  viewport: { width: 390, height: 844 },
  cpuSlowdown: 4,
  network: {
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
} as const;

/** Slows the page to `slowPhone`; answers the DevTools session, which a trace goes on to use. */
export async function slowDown(page: Page, { network }: { network: boolean }): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowPhone.cpuSlowdown });
  if (network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...slowPhone.network });
  }
  return cdp;
}

/**
 * Debian's Chromium, closed however `run` ends. No sandbox: Chromium's own will not start as root,
 * as in most containers.
 */
export async function withBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

/**
 * The built server (what `npm start` runs) of this checkout, or of `root` when two builds are
 * compared, on an empty data folder that is removed afterwards.
 */
export async function withBuiltServer<T>(
  where: { name: string; root?: string },
  run: (url: string) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `reconnect-${where.name}-`));
  try {
    const root = where.root === undefined ? {} : { root: where.root };
    const server = await spawnServer({ DATA_DIR: dataDir }, { built: true, ...root });
    try {
      return await run(server.url);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface SeededBrowser {
  url: string;
  /**
   * A new context signed in as the seeded person on `slowPhone`'s screen. `everyVisitFirst`
   * keeps the service worker out, which would otherwise answer later visits itself.
   */
  signedIn(
    options?: BrowserContextOptions & { everyVisitFirst?: boolean },
  ): Promise<BrowserContext>;
}

/**
 * Runs `run` against a built server holding one person, made by `owner` and filled by `seed`
 * (up to today), with Chromium open; all of it is taken down afterwards.
 */
export async function withSeededBrowser<T>(
  account: {
    name: string;
    owner: { username: string; password: string };
    seed: (url: string, cookie: string, today: LocalDate) => Promise<void>;
  },
  run: (session: SeededBrowser) => Promise<T>,
): Promise<T> {
  return withBuiltServer({ name: account.name }, (url) =>
    withBrowser(async (browser) => {
      const cookie = await createOwnerSession(url, account.owner);
      await account.seed(url, cookie, localDateOf(new Date()));
      const [name, value] = cookie.split("=");
      const signedIn: SeededBrowser["signedIn"] = async (options = {}) => {
        const { everyVisitFirst = false, ...contextOptions } = options;
        const context = await browser.newContext({
          viewport: slowPhone.viewport,
          ...contextOptions,
        });
        await context.addCookies([{ name: name ?? "", value: value ?? "", url }]);
        if (everyVisitFirst) await context.route("**/sw.js", (route) => route.abort());
        return context;
      };
      return run({ url, signedIn });
    }),
  );
}
