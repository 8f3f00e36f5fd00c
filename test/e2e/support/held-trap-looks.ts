import type { Page } from "playwright-core";

/**
 * Lets a journey hold the trap detector's looks for as long as it likes, as a busy phone's
 * would take: while held, what the page asks of the detector's worker waits, and `letGo` sends it
 * on. A look's length is then the journey's to choose, not the machine's speed. Must be set up
 * before the page loads.
 */
export async function holdableTrapLooks(page: Page): Promise<{
  hold(): Promise<void>;
  letGo(): Promise<void>;
}> {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    let holding = false;
    Reflect.set(window, "__trapLooks", {
      hold: () => {
        holding = true;
      },
      letGo: () => {
        holding = false;
        for (const send of held.splice(0)) send();
      },
    });
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name !== "trap-check") return;
        const post = this.postMessage.bind(this) as (message: unknown) => void;
        this.postMessage = (message: unknown) => {
          if (holding) held.push(() => post(message));
          else post(message);
        };
      }
    };
  });
  const call = (what: "hold" | "letGo") =>
    page.evaluate((name) => {
      const looks = Reflect.get(window, "__trapLooks") as Record<string, () => void>;
      looks[name]?.();
    }, what);
  return { hold: () => call("hold"), letGo: () => call("letGo") };
}
