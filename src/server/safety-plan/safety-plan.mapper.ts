import {
  type SafetyPlan,
  type SafetyPlanInput,
  safetyPlanSchema,
} from "../../core/safety-plan/safety-plan.schema.js";
import type { SafetyPlanRow, SafetyPlanTable } from "./safety-plan.table.js";

export function safetyPlanToRow(
  userId: string,
  input: SafetyPlanInput,
  updatedAt: string,
): SafetyPlanTable {
  return { user_id: userId, plan: JSON.stringify(input), updated_at: updatedAt };
}

export function safetyPlanFromRow(row: SafetyPlanRow): SafetyPlan {
  const steps: unknown = JSON.parse(row.plan);
  return safetyPlanSchema.parse({
    ...(typeof steps === "object" && steps !== null ? steps : {}),
    updatedAt: row.updated_at,
  });
}
