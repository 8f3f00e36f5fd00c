import {
  SAFETY_PLAN_ENTRIES_MAX,
  type SafetyPlan,
  type SafetyPlanInput,
  type SafetyPlanStep,
  safetyPlanSteps,
} from "../../../core/safety-plan/safety-plan.schema.js";
import { mergeLines } from "../../../core/safety-plan/three-way-merge.js";
import { showsAnything } from "../../../core/text/visible.js";
import type { PlanTexts } from "./device-draft.js";

// The safety plan's seven lists as the editor holds them: lines with keys that stay with them,
// and the ways from them to what is saved, kept on the device, or compared.

/** A line of a list, with a key that stays with it when lines above it are removed. */
export interface Entry {
  key: number;
  text: string;
}

export type Lists = Record<SafetyPlanStep, Entry[]>;

let nextKey = 0;
export function entry(text: string): Entry {
  nextKey += 1;
  return { key: nextKey, text };
}

/** An entry just removed, kept so "Undo" can put it back where it was. */
export interface Removed {
  step: SafetyPlanStep;
  index: number;
  entry: Entry;
}

export function listsOf(texts: PlanTexts | SafetyPlan): Lists {
  const entries = (list: readonly string[]) => list.map(entry);
  return Object.fromEntries(safetyPlanSteps.map((step) => [step, entries(texts[step])])) as Lists;
}

/** Every box as typed, blanks included, for the device draft. */
export function typedOf(lists: Lists): PlanTexts {
  return Object.fromEntries(
    safetyPlanSteps.map((step) => [step, lists[step].map((e) => e.text)]),
  ) as PlanTexts;
}

/**
 * Blank lines are dropped rather than refused: an empty box left at the end is not a mistake. So
 * is a line that shows nothing (a zero-width space, a lone accent), which the server refuses.
 */
export function textsOf(entries: readonly Entry[]): string[] {
  return entries.map((e) => e.text.trim()).filter(showsAnything);
}

export function inputOf(lists: Lists): SafetyPlanInput {
  return Object.fromEntries(
    safetyPlanSteps.map((step) => [step, textsOf(lists[step])]),
  ) as SafetyPlanInput;
}

/** A plan as one string, its steps always in one order, so two versions compare in one step. */
export function snapshotOf(plan: SafetyPlanInput): string {
  return JSON.stringify(safetyPlanSteps.map((step) => plan[step]));
}

/** What would be saved, as one string, so two versions of the plan compare in one step. */
export function snapshot(lists: Lists): string {
  return snapshotOf(inputOf(lists));
}

/**
 * The steps holding more lines than a step can be saved with. The editor offers no box past the
 * limit, so only lines kept together with a plan changed elsewhere (`keptTogether`) get here.
 */
export function overLimit(lists: Lists): SafetyPlanStep[] {
  return safetyPlanSteps.filter((step) => textsOf(lists[step]).length > SAFETY_PLAN_ENTRIES_MAX);
}

/**
 * What of `lists` the server can take: every step as written, but a step over the limit as
 * `saved` holds it (what the server has already), so the rest of the plan is still saved. The
 * step's lines all stay on screen and on the device until the person chooses which to keep;
 * none is dropped for them.
 */
export function sendableOf(lists: Lists, saved: SafetyPlanInput): SafetyPlanInput {
  const input = inputOf(lists);
  for (const step of overLimit(lists)) input[step] = saved[step];
  return input;
}

/**
 * `lists` kept together with `saved`, a plan changed somewhere else while this device's copy
 * waited to be sent, both typed over `base` (the saved version this device last had; null when
 * not known). Three-way, step by step (`mergeLines`): a line removed on either device and left
 * alone on the other stays removed, lines added on either are kept, and a line changed on one
 * and removed on the other keeps its words. Lines only `saved` has go at the end of their step;
 * the lines of `lists` keep their keys, so a box being typed in stays where it is.
 */
export function keptTogether(
  lists: Lists,
  saved: PlanTexts | SafetyPlan,
  base: PlanTexts | SafetyPlanInput | null,
): Lists {
  const merged = { ...lists };
  for (const step of safetyPlanSteps) {
    const { kept, added } = mergeLines(base?.[step] ?? null, lists[step], textOf, saved[step]);
    if (kept.length !== lists[step].length || added.length > 0) {
      merged[step] = [...kept, ...added.map(entry)];
    }
  }
  return merged;
}

const textOf = (line: Entry) => line.text;

/** The ids that move focus: an entry's box, and a step's "Undo". */
export const entryId = (step: SafetyPlanStep, index: number) => `plan-${step}-${index}`;
export const undoId = (step: SafetyPlanStep) => `plan-${step}-undo`;
