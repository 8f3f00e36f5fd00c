import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { refuseWithTheWorkerInCharge } from "./held-requests.js";

/** The device with no network, as a journey means it (see `goOffline`). */
export interface OfflineDevice {
  /** Guards a page opened meanwhile too: awaited before the page goes anywhere. */
  alsoOn(page: Page): Promise<void>;
  /** The saves refused so far, on every page guarded. */
  refused(): number;
  /** Lets writes through again, then brings the network back. */
  back(): Promise<void>;
}

/** A save of any kind: everything but reading. */
const writes = (method: string) => method !== "GET" && method !== "HEAD";

/**
 * Takes the device offline for a journey that leaves the page with no network: the browser's
 * offline mode, and every save to the API from the context's open pages refused at DevTools' own
 * interception too, with the service worker still in charge, until `back`. The offline mode
 * alone did not reach every save: one sent as the page was left (to about:blank) reached the
 * server (offline-device), and the journey then told of a device that was offline while its save
 * had gone out (safety-plan-changed-elsewhere). Refused here as with no network at all, none does.
 *
 * Only for a page that is left before `back`: a page kept open through it (reloaded or not) did
 * not send its waiting saves once the network was back, in offline-checkins and in
 * safety-plan-changed-elsewhere's first journey, for a reason not found yet.
 */
export async function goOffline(context: BrowserContext): Promise<OfflineDevice> {
  const guards: { refused: () => number; stop: () => Promise<void> }[] = [];
  const alsoOn = async (page: Page) => {
    guards.push(await refuseWithTheWorkerInCharge(page, "*/api/*", writes));
  };
  // Guarded before the browser goes offline, so no moment is left where only its mode stands.
  for (const page of context.pages()) await alsoOn(page);
  await context.setOffline(true);
  return {
    alsoOn,
    refused: () => guards.reduce((sum, guard) => sum + guard.refused(), 0),
    back: async () => {
      // Saves pass again before the network is back: an "online" answered by a refusal would
      // tell the app its save failed with a network there.
      for (const guard of guards.splice(0)) await guard.stop();
      await context.setOffline(false);
    },
  };
}

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

/** Waits until the page's service worker is active: installing, with every file kept, is over. */
function untilWorkerActive(page: Page): Promise<void> {
  return page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/**
 * Reloads the page once the worker is active, so the page that loads begins in the worker's
 * charge, with no install or hand-over going on beside its load.
 *
 * The whole suite's run once saw a page reloaded while the worker was installing stay out of its
 * charge for 40 s (safety-plan-changed-elsewhere). Why was not found: a load held on purpose
 * across the worker taking charge was still taken in charge here. Loading only after that
 * leaves the page nothing to miss.
 */
export async function reloadInTheWorkersCharge(page: Page): Promise<void> {
  await untilWorkerActive(page);
  await page.reload();
}

/**
 * Waits until the service worker controls the page and has kept the crisis page: from then on
 * the app's files and "Get help now" open with no network, as after any first visit. For a page
 * reloaded before, reload it with `reloadInTheWorkersCharge`.
 */
export async function untilKeptOnDevice(page: Page): Promise<void> {
  await untilWorkerActive(page);
  // Installing keeps every file of the app first: on a machine running the whole suite beside
  // the browser that took past the usual 15 s once, so this wait is as long as the work needs.
  // Asked on a timer, not at each frame: a page the browser draws rarely under load is still asked.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 40_000,
    polling: 200,
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
