import type { Page } from "playwright-core";

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
