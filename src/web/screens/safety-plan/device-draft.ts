import { z } from "zod";
import {
  type SafetyPlanStep,
  safetyPlanSteps,
} from "../../../core/safety-plan/safety-plan.schema.js";

/**
 * Every unsent draft on the device starts with this, so signing out clears them all with one sweep
 * (the app's draft store uses the same prefix). The person's id follows, so one person's draft is
 * never shown to another who signs in on the same browser.
 */
export const DEVICE_DRAFT_PREFIX = "reconnect:draft:";

export type PlanTexts = Record<SafetyPlanStep, string[]>;

const stepsSchema = z.object(
  Object.fromEntries(
    safetyPlanSteps.map((step) => [step, z.array(z.string().max(2_000)).max(100)]),
  ) as Record<SafetyPlanStep, z.ZodArray<z.ZodString>>,
);

// Read back leniently but never trusted: anything else in the slot is ignored and forgotten.
// Version 1 did not say which saved plan it was typed over; such a draft is taken as typed over
// some other version, so whatever the server holds now is kept beside it. Version 2 named that
// version but not its lines, so nothing can be told removed since: every line of both is kept.
const baseSchema = z.string().max(40).nullable();
const draftSchema = z.union([
  z.object({ version: z.literal(1), steps: stepsSchema }),
  z.object({ version: z.literal(2), steps: stepsSchema, base: baseSchema }),
  z.object({ version: z.literal(3), steps: stepsSchema, base: baseSchema, baseSteps: stepsSchema }),
]);

/**
 * A draft: the plan as typed on this device; `base`, the version (`updatedAt`) of the saved plan
 * it was typed over, null when none was saved yet, undefined when the draft does not say; and
 * `baseSteps`, that version's lines, null when the draft does not say, so that a plan changed on
 * another device meanwhile is merged three ways (a line removed here stays removed).
 */
export interface PlanDraft {
  steps: PlanTexts;
  base: string | null | undefined;
  baseSteps: PlanTexts | null;
}

export function planDraftKey(userId: string): string {
  return `${DEVICE_DRAFT_PREFIX}safety-plan:${userId}`;
}

/** The plan as last typed on this device and not yet saved, or null when there is none. */
export function readPlanDraft(userId: string): PlanDraft | null {
  try {
    const stored = window.localStorage.getItem(planDraftKey(userId));
    if (stored === null) return null;
    const parsed = draftSchema.safeParse(JSON.parse(stored));
    if (parsed.success) {
      const draft = parsed.data;
      return {
        steps: draft.steps,
        base: draft.version === 1 ? undefined : draft.base,
        baseSteps: draft.version === 3 ? draft.baseSteps : null,
      };
    }
  } catch {
    // Storage turned off, or the slot holds something that is not JSON: there is no draft.
  }
  forgetPlanDraft(userId);
  return null;
}

/**
 * Keeps the plan as typed on this device over the saved version `base`, whose lines are
 * `baseSteps`; false when the browser will not store it.
 */
export function writePlanDraft(
  userId: string,
  steps: PlanTexts,
  base: string | null,
  baseSteps: PlanTexts,
): boolean {
  try {
    const draft = { version: 3, steps, base, baseSteps };
    window.localStorage.setItem(planDraftKey(userId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function forgetPlanDraft(userId: string): void {
  try {
    window.localStorage.removeItem(planDraftKey(userId));
  } catch {
    // Nothing could be stored either, so nothing is left behind.
  }
}
