import type { Locator, Page, Route } from "playwright-core";

/**
 * Sets `handler` as the route for `url` and sends the page's requests straight to the network,
 * past the service worker, so the route catches every one; the returned `stop` removes the route
 * and sends requests through the worker again. The two go together so a journey cannot leave the
 * bypass on by forgetting it: everything after `stop` (Back, "Get help now", a reload) goes
 * through the worker as in a person's browser.
 *
 * Why the bypass: the worker takes over the page a moment after it loads (later on a loaded
 * machine), and a save sent through it was at times not held at all: answered at once, so a
 * journey waited in vain for "Saving…" (2 runs in 6 under load). Playwright lets through unheld a
 * paused request it cannot match to one of the page's (no network id), as one passed on by a
 * worker can be. The worker answers no API request itself, so what the person meets is the same.
 *
 * The DevTools setting lasts as long as the session that set it, reloads and navigations
 * included (a reload made while it is on is not controlled by the worker); detaching the
 * session turns it off.
 */
export async function routePastTheWorker(
  page: Page,
  url: string | RegExp,
  handler: (route: Route) => Promise<void> | void,
): Promise<() => Promise<void>> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Network.enable");
  await devtools.send("Network.setBypassServiceWorker", { bypass: true });
  await page.route(url, handler);
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    await page.unroute(url, handler);
    await devtools.detach();
  };
}

/**
 * Refuses the page's `method` requests to addresses matching `urlPattern` (DevTools' pattern:
 * `*` for any run of characters) as an unreachable server would, with the service worker still in
 * charge: navigations, Back and reloads are the worker's to answer, as in a person's browser.
 * `refused` counts the requests refused; `stop` lets everything through again.
 *
 * Why not a Playwright route: a request the worker passes on to the network reaches Playwright
 * with no network id, and Playwright lets such a request through unrouted (see
 * `routePastTheWorker`). Caught here at DevTools' own interception, on a session of its own, every
 * paused request is answered, with or without a network id.
 */
export async function refuseWithTheWorkerInCharge(
  page: Page,
  urlPattern: string,
  method: string,
): Promise<{ refused: () => number; stop: () => Promise<void> }> {
  const devtools = await page.context().newCDPSession(page);
  let refused = 0;
  // An answer that fails is for a request a navigation has already cancelled: nothing to refuse.
  devtools.on("Fetch.requestPaused", (event) => {
    if (event.request.method === method) {
      refused += 1;
      void devtools
        .send("Fetch.failRequest", { requestId: event.requestId, errorReason: "Failed" })
        .catch(() => undefined);
    } else {
      void devtools
        .send("Fetch.continueRequest", { requestId: event.requestId })
        .catch(() => undefined);
    }
  });
  await devtools.send("Fetch.enable", { patterns: [{ urlPattern, requestStage: "Request" }] });
  let stopped = false;
  return {
    refused: () => refused,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await devtools.send("Fetch.disable");
      await devtools.detach();
    },
  };
}

/** Whether the service worker answers the page's requests, as it does in a person's browser. */
export function controlledByTheWorker(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

/**
 * Holds the requests to `url` whose method `holds` picks, as a slow connection would, until
 * `release` is called; `sent` lists their methods in order, so a journey can prove a second tap
 * sent nothing more. `stop` lets requests through untouched, and through the service worker,
 * again; until then they go past the worker (`routePastTheWorker`).
 */
export async function holdRequests(
  page: Page,
  url: string,
  holds: (method: string) => boolean,
): Promise<{ sent: string[]; release: () => void; stop: () => Promise<void> }> {
  const sent: string[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const stop = await routePastTheWorker(page, url, async (route) => {
    const method = route.request().method();
    if (holds(method)) {
      sent.push(method);
      await held;
    }
    await route.continue();
  });
  return { sent, release, stop };
}

/**
 * Two taps in one go, both landing before the page has drawn anything of the first (its busy
 * words): the moment a guard on the busy state alone lets the second through.
 */
export async function tapTwiceAtOnce(button: Locator): Promise<void> {
  await button.evaluate((element: HTMLElement) => {
    element.click();
    element.click();
  });
}
