import type { TrapSuggestion } from "../../../core/traps/detect-traps.js";
import { offMainThread } from "../../components/workers/off-main-thread.js";
import { latestOnly } from "./latest-only.js";

/**
 * The trap detector, in the browser with no request, in a worker of its own: its model is
 * large and slow to load, and the list of records never needs it.
 */
const check = offMainThread<string, TrapSuggestion[]>({
  start: () =>
    new Worker(new URL("./trap-check.worker.ts", import.meta.url), {
      type: "module",
      name: "trap-check",
    }),
  here: () =>
    import("../../../core/traps/detect-traps.js").then(
      (module) => (thought: string) => module.detectTraps(thought).traps,
    ),
});

// One thought in the worker at a time, the newest waiting behind it: a thought since changed
// is never looked at, so a slow look does not queue every edit made meanwhile.
const newest = latestOnly((thought: string) => check.call(thought));

/**
 * Starts the detector's worker, which loads the model, ahead of the first look: the worker's
 * file, the model and the detector's first run took a second or more on a phone, and were
 * otherwise all waited for after the person's first pause in typing.
 */
export function prepareTrapCheck(): void {
  check.warm();
}

/**
 * The traps the detector suggests for a thought, most confident first. Rejects with
 * `Superseded`, unlooked at, when a newer thought is asked about or `signal` aborts before the
 * detector is free.
 */
export function trapsIn(thought: string, signal?: AbortSignal): Promise<TrapSuggestion[]> {
  return newest(thought, signal);
}
