/**
 * Today's energy on the check-in's 0–10 scale, read into the few levels that decide what to offer.
 * Depression drains energy first, so an unknown day is read as low-ish rather than as average.
 */
export type EnergyLevel = "low" | "some" | "good";

/** At or below this, only tiny steps are offered. */
export const LOW_ENERGY_MAX = 3;
/** At or above this, bigger steps join the list. */
export const GOOD_ENERGY_MIN = 7;
/** What an unanswered energy question counts as: just above low. */
export const UNKNOWN_ENERGY = 4;

/** The one-tap "how much energy do you have?" answers, placed on the check-in scale. */
export const oneTapEnergy = { low: 2, some: 5, okay: 8 } as const;
export type OneTapEnergy = keyof typeof oneTapEnergy;

/** A number from the check-in, a one-tap answer, or nothing at all, as a 0–10 value. */
export function energyValue(energy: number | OneTapEnergy | undefined | null): number {
  if (energy === undefined || energy === null) return UNKNOWN_ENERGY;
  if (typeof energy === "number") {
    return Number.isFinite(energy) ? Math.min(10, Math.max(0, energy)) : UNKNOWN_ENERGY;
  }
  return oneTapEnergy[energy];
}

export function energyLevel(value: number): EnergyLevel {
  if (value <= LOW_ENERGY_MAX) return "low";
  if (value >= GOOD_ENERGY_MIN) return "good";
  return "some";
}
