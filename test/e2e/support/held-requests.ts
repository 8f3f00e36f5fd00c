import type { CDPSession, Locator, Page } from "playwright-core";

/**
 * A request paused at DevTools' own interception, for a journey to answer once: refused as an
 * unreachable server would, answered without the server, or sent on to it.
 */
export interface PausedRequest {
  readonly method: string;
  readonly url: string;
  fail(): Promise<void>;
  /** Answers with `status` and `body` as JSON, as the server would. */
  fulfil(status: number, body: unknown): Promise<void>;
  continue(): Promise<void>;
}

type OnPaused = (request: PausedRequest) => Promise<void> | void;

/**
 * Pauses the page's requests to addresses matching `urlPattern` (DevTools' pattern: `*` for any
 * run of characters) on a DevTools session of its own and hands each to `onPaused`; the returned
 * `stop` lets everything through again and ends the session.
 *
 * Why not a Playwright route: a route lets through unrouted any paused request it cannot match to
 * one of the page's (no network id), as one the service worker passes on can be, and under load
 * even one sent past the worker went through so. Here every paused request is this code's to
 * answer, matched or not.
 *
 * With `pastTheWorker`, the page's requests go straight to the network meanwhile, so each comes
 * from the page itself, where this session sees it. The setting lasts as long as the session,
 * reloads and navigations included (a reload made while it is on is not controlled by the
 * worker), and `stop` ends it, so everything after (Back, "Get help now", a reload) goes through
 * the worker as in a person's browser. The worker answers no API request itself, so what the
 * person meets is the same.
 *
 * A handler that throws leaves its request refused, never let through, and `stop` throws what it
 * threw, so the journey fails where it should.
 */
async function pauseRequests(
  page: Page,
  urlPattern: string,
  onPaused: OnPaused,
  { pastTheWorker }: { pastTheWorker: boolean },
): Promise<() => Promise<void>> {
  const devtools = await page.context().newCDPSession(page);
  let failure: unknown;
  devtools.on("Fetch.requestPaused", (event) => {
    const request = pausedRequest(devtools, event.requestId, event.request);
    Promise.resolve()
      .then(() => onPaused(request))
      .catch((error: unknown) => {
        failure ??= error;
        return request.fail();
      });
  });
  if (pastTheWorker) {
    await devtools.send("Network.enable");
    await devtools.send("Network.setBypassServiceWorker", { bypass: true });
  }
  await devtools.send("Fetch.enable", { patterns: [{ urlPattern, requestStage: "Request" }] });
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    // Both fail only once the page, and the session with it, is gone: nothing is paused then.
    await devtools.send("Fetch.disable").catch(() => undefined);
    await devtools.detach().catch(() => undefined);
    if (failure !== undefined) throw failure;
  };
}

/** The answers DevTools takes for one paused request; only the first counts. */
function pausedRequest(
  devtools: CDPSession,
  requestId: string,
  { method, url }: { method: string; url: string },
): PausedRequest {
  let answered = false;
  // An answer that fails is for a request a navigation has already cancelled: nothing to answer.
  const answer = async (send: () => Promise<unknown>) => {
    if (answered) return;
    answered = true;
    await send().catch(() => undefined);
  };
  return {
    method,
    url,
    fail: () =>
      answer(() => devtools.send("Fetch.failRequest", { requestId, errorReason: "Failed" })),
    fulfil: (status, body) =>
      answer(() =>
        devtools.send("Fetch.fulfillRequest", {
          requestId,
          responseCode: status,
          responseHeaders: [{ name: "Content-Type", value: "application/json" }],
          body: Buffer.from(JSON.stringify(body)).toString("base64"),
        }),
      ),
    continue: () => answer(() => devtools.send("Fetch.continueRequest", { requestId })),
  };
}

/**
 * Hands `handler` the page's requests to `url` (a Playwright glob, or a pattern for the whole
 * address) to refuse, answer or send on, with the page's requests sent past the service worker
 * until the returned `stop` (see `pauseRequests`); the rest go on untouched.
 */
export function interceptPastTheWorker(
  page: Page,
  url: string | RegExp,
  handler: OnPaused,
): Promise<() => Promise<void>> {
  const matches = typeof url === "string" ? globToRegExp(url) : url;
  // DevTools' `*` crosses slashes: it pauses a wider set, and `matches` picks the handler's.
  const urlPattern = typeof url === "string" ? url.replaceAll("**", "*") : "*";
  return pauseRequests(
    page,
    urlPattern,
    (request) => (matches.test(request.url) ? handler(request) : request.continue()),
    { pastTheWorker: true },
  );
}

/**
 * Refuses the page's `method` requests (one method, or those `method` picks) to addresses
 * matching `urlPattern` (DevTools' pattern: `*` for any run of characters) as an unreachable
 * server would, with the service worker still in charge: navigations, Back and reloads are the
 * worker's to answer, as in a person's browser. `refused` counts the requests refused; `stop`
 * lets everything through again. Caught at DevTools' own interception, every one is refused, with
 * or without a network id (see `pauseRequests`).
 */
export async function refuseWithTheWorkerInCharge(
  page: Page,
  urlPattern: string,
  method: string | ((method: string) => boolean),
): Promise<{ refused: () => number; stop: () => Promise<void> }> {
  const refuses = typeof method === "string" ? (m: string) => m === method : method;
  let refused = 0;
  const stop = await pauseRequests(
    page,
    urlPattern,
    (request) => {
      if (!refuses(request.method)) return request.continue();
      refused += 1;
      return request.fail();
    },
    { pastTheWorker: false },
  );
  return { refused: () => refused, stop };
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
 * Held at DevTools' own interception (see `pauseRequests`): with a Playwright route, one save in
 * a full run under load went through unheld, so a journey waited for "Saving…" to end while the
 * result was already there.
 */
export async function holdRequests(
  page: Page,
  url: string,
  holds: (method: string) => boolean,
): Promise<{ sent: string[]; release: () => void; stop: () => Promise<void> }> {
  const sent: string[] = [];
  const waiting: PausedRequest[] = [];
  let released = false;
  const stopPausing = await interceptPastTheWorker(page, url, (request) => {
    if (!holds(request.method)) return request.continue();
    sent.push(request.method);
    if (released) return request.continue();
    waiting.push(request);
  });
  const release = () => {
    released = true;
    for (const request of waiting.splice(0)) void request.continue();
  };
  return {
    sent,
    release,
    stop: async () => {
      release();
      await stopPausing();
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
