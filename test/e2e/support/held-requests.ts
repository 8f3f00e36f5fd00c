import type { Locator, Page } from "playwright-core";

/**
 * Sends the page's requests straight to the network, past the service worker, until the returned
 * function is called, so a route set on the page catches every one. The worker takes over the
 * page a moment after it loads (later on a loaded machine), and a save sent through it was at
 * times not held at all: answered at once, so a journey waited in vain for "Saving…" (2 runs in
 * 6 under load). Playwright lets through unheld a paused request it cannot match to one of the
 * page's (no network id), as one passed on by a worker can be. The worker answers no API request
 * itself, so what the person meets is the same.
 */
export async function pastTheWorker(page: Page): Promise<() => Promise<void>> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Network.enable");
  await devtools.send("Network.setBypassServiceWorker", { bypass: true });
  return () => devtools.detach();
}

/**
 * Holds the requests to `url` whose method `holds` picks, as a slow connection would, until
 * `release` is called; `sent` lists their methods in order, so a journey can prove a second tap
 * sent nothing more. `stop` lets requests through untouched again. The page's requests go past
 * the service worker while it holds (`pastTheWorker`).
 */
export async function holdRequests(
  page: Page,
  url: string,
  holds: (method: string) => boolean,
): Promise<{ sent: string[]; release: () => void; stop: () => Promise<void> }> {
  const throughWorkerAgain = await pastTheWorker(page);
  const sent: string[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    const method = route.request().method();
    if (holds(method)) {
      sent.push(method);
      await held;
    }
    await route.continue();
  });
  const stop = async () => {
    await page.unroute(url);
    await throughWorkerAgain();
  };
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
