import type { Page } from "playwright-core";

/**
 * Runs the page's scripts `rate` times slower, as on a cheap or busy phone, until the returned
 * function puts it back: a frame then takes long enough for a key pressed straight after a tap
 * to land inside it, where focus moved a frame late undoes the key.
 */
export async function slowCpu(page: Page, rate: number): Promise<() => Promise<void>> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Emulation.setCPUThrottlingRate", { rate });
  return async () => {
    await devtools.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await devtools.detach();
  };
}
