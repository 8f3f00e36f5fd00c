import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

const LAUNCH_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * True when the journeys cannot run here. Locally they are skipped with the reason printed; in CI
 * a missing browser is a broken machine, so the suite fails loudly instead of passing quietly.
 */
export function browserUnavailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return false;
  const reason = `Chromium is not installed at ${CHROMIUM_PATH} (Debian: apt-get install chromium).`;
  if (process.env.CI)
    throw new Error(`${reason} The browser journeys cannot run in CI without it.`);
  console.warn(`Skipping the browser journeys: ${reason}`);
  return true;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}

/**
 * Records every request that would leave this machine. Reconnect promises nothing phones home,
 * so a journey ends by checking the list is empty.
 */
export function watchForOutsideRequests(
  target: BrowserContext | Page,
  outside: string[] = [],
): string[] {
  target.on("request", (request) => {
    const url = new URL(request.url());
    const local = url.hostname === "127.0.0.1";
    const inline = url.protocol === "data:" || url.protocol === "blob:";
    if (!local && !inline) outside.push(request.url());
  });
  return outside;
}

/** Presses Tab until `isTarget` is focused, like a keyboard user moving through the page. */
export async function tabUntil(
  page: Page,
  isTarget: () => Promise<boolean>,
  what: string,
  maxPresses = 60,
): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await isTarget()) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Pressed Tab ${maxPresses} times without reaching ${what}.`);
}
