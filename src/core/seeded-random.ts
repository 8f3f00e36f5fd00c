/**
 * A small seeded random number generator (mulberry32), so every bootstrap interval, every training
 * shuffle and every generated statement is the same each time: a number that wobbles between
 * runs would look like a change in a person's life, or in a model, when it is only chance.
 */
export type Random = () => number;

/** Returns numbers in [0, 1) from a 32-bit seed; same seed, same sequence, on every engine. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
