import type { PlanView } from "../../../core/plan/plan-api.schema.js";

/**
 * A step planned on another screen (a thought record's "Plan this") just before it opens Plan.
 * Plan says it and moves focus to it, as it does for a step planned on Plan itself: opening on
 * the screen's top with no word of the step, a person could not tell their press had worked.
 * Kept in memory only, and taken once, so a later visit to Plan says nothing stale.
 */
let handedOver: PlanView | null = null;

export function handOverPlanned(plan: PlanView): void {
  handedOver = plan;
}

export function takePlanned(): PlanView | null {
  const plan = handedOver;
  handedOver = null;
  return plan;
}
