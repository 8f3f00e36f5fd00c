import type { TrapSuggestion } from "../../../core/traps/detect-traps.js";
import { offMainThread } from "../../components/workers/off-main-thread.js";

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

/** The traps the detector suggests for a thought, most confident first. */
export function trapsIn(thought: string): Promise<TrapSuggestion[]> {
  return check.call(thought);
}
