import type { Locator, Page } from "playwright-core";

/**
 * Holds the requests to `url` whose method `holds` picks, as a slow connection would, until
 * `release` is called; `sent` lists their methods in order, so a journey can prove a second tap
 * sent nothing more. `stop` lets requests through untouched again.
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
  await page.route(url, async (route) => {
    const method = route.request().method();
    if (holds(method)) {
      sent.push(method);
      await held;
    }
    await route.continue();
  });
  return { sent, release, stop: () => page.unroute(url) };
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
