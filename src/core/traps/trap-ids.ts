/** The fourteen thinking traps, in the order of the design notes. These ids are public. */
export const trapIds = [
  "all-or-nothing",
  "overgeneralizing",
  "mental-filter",
  "discounting-positive",
  "mind-reading",
  "fortune-telling",
  "catastrophizing",
  "emotional-reasoning",
  "should-statements",
  "labeling",
  "personalizing",
  "blaming",
  "comparing",
  "burden",
] as const;

export type TrapId = (typeof trapIds)[number];

/**
 * The traps the training data labels. `mental-filter` and `burden` have no examples, so the
 * detector finds them with hand-written patterns alone.
 */
export const learnedTrapIds = [
  "all-or-nothing",
  "overgeneralizing",
  "discounting-positive",
  "mind-reading",
  "fortune-telling",
  "catastrophizing",
  "emotional-reasoning",
  "should-statements",
  "labeling",
  "personalizing",
  "blaming",
  "comparing",
] as const satisfies readonly TrapId[];

export type LearnedTrapId = (typeof learnedTrapIds)[number];

const trapIdSet: ReadonlySet<string> = new Set(trapIds);

export function isTrapId(value: string): value is TrapId {
  return trapIdSet.has(value);
}
