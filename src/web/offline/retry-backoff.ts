/**
 * When to try again to send check-ins still waiting on this device while the browser is online.
 * The browser only says when the network itself comes back: a server that stopped and started
 * again (a home server restarted, a deploy) sends no event, so without a timer a check-in saved
 * meanwhile waited for a reload or a tab switch while other devices, insights and the report
 * went without that day.
 *
 * Gentle on purpose: the first try again comes after a few seconds, each one after that waits
 * twice as long, up to a couple of minutes, so a server that stays away is not hammered by every
 * open tab. Nothing is tried while the browser says it is offline or the page is hidden: the
 * `online` and visibility events already send then, and `restart` begins again from the start.
 */
export const FIRST_RETRY_MS = 5_000;
export const LONGEST_RETRY_MS = 120_000;

export interface RetryBackoff {
  /** A run has finished: try again later if anything still waits, or stop and start over. */
  settled(stillWaiting: boolean): void;
  /** The network or the page came back: the next wait is the first, short one again. */
  restart(): void;
  /** No more tries (the screen that owns them went away). */
  stop(): void;
}

export function retryBackoff({
  retry,
  mayTry,
}: {
  /** Starts a run; the caller reports its end through `settled`. */
  retry: () => void;
  /** Whether trying makes sense now: online, and the page shown. */
  mayTry: () => boolean;
}): RetryBackoff {
  let wait = FIRST_RETRY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  return {
    settled(stillWaiting) {
      // One timer at most: a run started by an event replaces the try already planned.
      clear();
      if (!stillWaiting) {
        wait = FIRST_RETRY_MS;
        return;
      }
      if (!mayTry()) return;
      const delay = wait;
      wait = Math.min(wait * 2, LONGEST_RETRY_MS);
      timer = setTimeout(() => {
        timer = undefined;
        // Offline or hidden by now: the event that ends that sends, and plans the next try.
        if (mayTry()) retry();
      }, delay);
    },
    restart() {
      wait = FIRST_RETRY_MS;
    },
    stop: clear,
  };
}
