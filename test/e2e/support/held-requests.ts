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
 * Holds the requests to `url` (a Playwright glob: `*` within one part of the path, `**` across
 * parts) whose method `holds` picks, as a slow connection would, until `release` is called;
 * `sent` lists their methods in order, so a journey can prove a second tap sent nothing more.
 * `stop` lets everything through again, and through the service worker.
 *
 * Why DevTools' own interception, on a session of its own, and not a Playwright route: a route
 * lets through unheld any paused request it cannot match to one of the page's (see
 * `routePastTheWorker`), and even with the worker bypassed one save in a full run under load went
 * through unheld, so a journey waited for "Saving…" to end while the result was already there.
 * Here every paused request is answered by this code, matched or not. The page still goes past
 * the worker meanwhile, so the request comes from the page itself, where this session sees it.
 */
export async function holdRequests(
  page: Page,
  url: string,
  holds: (method: string) => boolean,
): Promise<{ sent: string[]; release: () => void; stop: () => Promise<void> }> {
  const sent: string[] = [];
  const waiting: string[] = [];
  let released = false;
  const matches = globToRegExp(url);
  const devtools = await page.context().newCDPSession(page);
  // An answer that fails is for a request a navigation has already cancelled: nothing to let go.
  const letGo = (requestId: string) =>
    void devtools.send("Fetch.continueRequest", { requestId }).catch(() => undefined);
  devtools.on("Fetch.requestPaused", (event) => {
    const method = event.request.method;
    if (!matches.test(event.request.url) || !holds(method)) return letGo(event.requestId);
    sent.push(method);
    if (released) letGo(event.requestId);
    else waiting.push(event.requestId);
  });
  await devtools.send("Network.enable");
  await devtools.send("Network.setBypassServiceWorker", { bypass: true });
  // DevTools' `*` crosses slashes: it pauses a wider set, and `matches` picks the held ones.
  await devtools.send("Fetch.enable", {
    patterns: [{ urlPattern: url.replaceAll("**", "*"), requestStage: "Request" }],
  });
  const release = () => {
    released = true;
    for (const requestId of waiting.splice(0)) letGo(requestId);
  };
  let stopped = false;
  return {
    sent,
    release,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      release();
      await devtools.send("Fetch.disable").catch(() => undefined);
      await devtools.detach().catch(() => undefined);
    },
  };
}

/** Playwright's glob as a pattern for the whole address: `**` any run, `*` any run within a part. */
export function globToRegExp(glob: string): RegExp {
  let pattern = "";
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i] ?? "";
    if (char === "*" && glob[i + 1] === "*") {
      pattern += ".*";
      i += 1;
    } else if (char === "*") pattern += "[^/]*";
    else pattern += char.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${pattern}$`);
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
