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

// Read back leniently but never trusted: anything else in the slot is ignored and forgotten.
const draftSchema = z.object({
  version: z.literal(1),
  steps: z.object(
    Object.fromEntries(
      safetyPlanSteps.map((step) => [step, z.array(z.string().max(2_000)).max(100)]),
    ) as Record<SafetyPlanStep, z.ZodArray<z.ZodString>>,
  ),
});

export function planDraftKey(userId: string): string {
  return `${DEVICE_DRAFT_PREFIX}safety-plan:${userId}`;
}

/** The plan as last typed on this device and not yet saved, or null when there is none. */
export function readPlanDraft(userId: string): PlanTexts | null {
  try {
    const stored = window.localStorage.getItem(planDraftKey(userId));
    if (stored === null) return null;
    const parsed = draftSchema.safeParse(JSON.parse(stored));
    if (parsed.success) return parsed.data.steps;
  } catch {
    // Storage turned off, or the slot holds something that is not JSON: there is no draft.
  }
  forgetPlanDraft(userId);
  return null;
}

/** Keeps the plan as typed on this device; false when the browser will not store it. */
export function writePlanDraft(userId: string, steps: PlanTexts): boolean {
  try {
    window.localStorage.setItem(planDraftKey(userId), JSON.stringify({ version: 1, steps }));
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
