import {
  type SafetyPlan,
  type SafetyPlanInput,
  safetyPlanSchema,
  shownSafetyPlanSteps,
  storedSafetyPlanStepsSchema,
} from "../../core/safety-plan/safety-plan.schema.js";
import type { SafetyPlanRow, SafetyPlanTable } from "./safety-plan.table.js";

export function safetyPlanToRow(
  userId: string,
  input: SafetyPlanInput,
  updatedAt: string,
): SafetyPlanTable {
  return { user_id: userId, plan: JSON.stringify(input), updated_at: updatedAt };
}

/** A saved plan as it reads: lines saved before a rule was tightened read as it now saves them. */
export function safetyPlanFromRow(row: SafetyPlanRow): SafetyPlan {
  const steps = storedSafetyPlanStepsSchema.parse(JSON.parse(row.plan));
  return safetyPlanSchema.parse({ ...shownSafetyPlanSteps(steps), updatedAt: row.updated_at });
}
