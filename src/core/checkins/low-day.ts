import type { Checkin } from "./checkin.schema.js";

/** A mood this low (or lower), on the 0–10 scale, makes a low day. */
export const LOW_DAY_MOOD = 3;
/** So does energy this low (or lower), whatever the mood. */
export const LOW_DAY_ENERGY = 2;

/**
 * A low day, not a heavy one: answered after saving with one tiny step from the Plan, never with
 * an alarm. Heavy days (heavy-day.ts) get their own answer first.
 */
export function isLowDay(checkin: Pick<Checkin, "mood" | "energy">): boolean {
  return (
    checkin.mood <= LOW_DAY_MOOD ||
    (checkin.energy !== undefined && checkin.energy <= LOW_DAY_ENERGY)
  );
}
