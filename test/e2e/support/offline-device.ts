import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Every cache on the device and the addresses in each, as the page's own origin sees them. */
export function cacheStorage(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const found: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      found[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
    }
    return found;
  });
}

/**
 * Waits until the service worker controls the page and has kept the crisis page: from then on
 * the app's files and "Get help now" open with no network, as after any first visit.
 */
export async function untilKeptOnDevice(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Installing keeps every file of the app first: on a machine running the whole suite beside
  // the browser that took past the usual 15 s once, so this wait is as long as the work needs.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 40_000,
  });
  await untilCached(page, "reconnect-crisis", ["/crisis"]);
}

/** Waits until the person's own answers at `paths` are kept on the device for reading offline. */
export function untilAnswersKept(page: Page, paths: readonly string[]): Promise<void> {
  return untilCached(page, "reconnect-personal", paths);
}

// Polled from here: a page function answering a promise would count as true at once.
async function untilCached(page: Page, cacheName: string, paths: readonly string[]): Promise<void> {
  await expect
    .poll(async () => (await cacheStorage(page))[cacheName] ?? [], {
      message: `${paths.join(", ")} kept in ${cacheName}`,
      timeout: 15_000,
    })
    .toEqual(expect.arrayContaining([...paths]));
}

/**
 * The API answers kept in `cached` that belong to a person: every one but the region's help
 * lines, which the crisis cache keeps for everyone alike so the crisis card lists them offline.
 */
export function personalAnswersKept(cached: Record<string, string[]>): string[] {
  return Object.values(cached)
    .flat()
    .filter((path) => path.startsWith("/api/") && path !== "/api/crisis-resources");
}
