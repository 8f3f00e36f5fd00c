import { useState } from "react";

/** One action that must not start again while it is on its way (a save, a removal). */
export interface OneAtATime {
  /**
   * Whether a run is on its way now. A handler reads it before its own checks, so a second tap
   * neither checks again nor says anything while the first is still being answered.
   */
  running: () => boolean;
  /**
   * Runs the task unless another run is on its way, and says whether it did. The run is busy
   * until the task ends, however it ends, or after a result `staysBusy` picks: a success that
   * takes the person elsewhere keeps its button busy rather than flicker back before it goes.
   */
  run: <T>(task: () => Promise<T>, staysBusy?: (result: T) => boolean) => Promise<boolean>;
}

/**
 * The gate itself, apart from React so it can be tested without a page. Its own flag, not the
 * busy state, is what stops a second run: on a slow connection a second tap (or Enter) arrives
 * before the render that would show the first one's busy state, and would send the same thing
 * twice.
 */
export function oneAtATime(setBusy: (busy: boolean) => void): OneAtATime {
  let running = false;
  return {
    running: () => running,
    async run(task, staysBusy) {
      if (running) return false;
      running = true;
      setBusy(true);
      let stays = false;
      try {
        // Awaited first: written as the optional call's argument, it would never run at all.
        const result = await task();
        stays = staysBusy?.(result) ?? false;
      } finally {
        if (!stays) {
          running = false;
          setBusy(false);
        }
      }
      return true;
    },
  };
}

/**
 * One run at a time for a screen's action, with `busy` to show it ("Saving…"). Clearing busy
 * after the screen has gone is harmless: neither React nor Preact warns of it or draws anything.
 */
export function useOneAtATime(): OneAtATime & { busy: boolean } {
  const [busy, setBusy] = useState(false);
  // Made once, on the first render: a gate made anew each render would forget its run.
  const [gate] = useState(() => oneAtATime(setBusy));
  return { busy, running: gate.running, run: gate.run };
}
