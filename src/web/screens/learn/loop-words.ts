import type { CycleDay } from "../../../core/learn/cycle-model.js";

/**
 * The made-up loop in words instead of numbers: a model that predicts nothing about anyone must
 * not read like a promise ("mood is 7.0") or a forecast. Changes are said against the start.
 */

/** How a quantity moved from the start, in words. Below a third of a point is "about the same". */
export function changeWords(from: number, to: number): string {
  const change = to - from;
  const size = Math.abs(change);
  if (size < 0.35) return "About the same";
  const direction = change > 0 ? "higher" : "lower";
  if (size < 1.5) return `A little ${direction}`;
  if (size < 3) return direction === "higher" ? "Higher" : "Lower";
  return `Much ${direction}`;
}

/** The live sentence under the sliders. */
export function loopSummary(start: CycleDay, end: CycleDay, anySteps: boolean): string {
  if (!anySteps) {
    return "With nothing moved, this made-up week stays about where it started. Move a slider to see how a small step changes the loop.";
  }
  const lifted = end.mood - start.mood >= 0.35;
  if (!lifted) {
    return "With these steps, the loop begins to loosen. Small steps take time to show.";
  }
  const eased = end.rumination < start.rumination - 0.35;
  return (
    "With these steps, the loop turns the other way: mood and time with people rise over the weeks" +
    `${eased ? ", and heavy thoughts ease" : ""}. It is a picture of the idea, not a promise.`
  );
}
