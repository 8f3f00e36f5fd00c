import type { Kysely } from "kysely";
import type { SafetyPlan, SafetyPlanInput } from "../../core/safety-plan/safety-plan.schema.js";
import type { Database } from "../db/database.js";
import { safetyPlanFromRow, safetyPlanToRow } from "./safety-plan.mapper.js";

/** The person's saved plan, or undefined when they have not saved one yet. */
export async function findSafetyPlan(
  db: Kysely<Database>,
  userId: string,
): Promise<SafetyPlan | undefined> {
  const row = await db
    .selectFrom("safety_plans")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? safetyPlanFromRow(row) : undefined;
}

/** Creates or replaces the person's plan in one statement. */
export async function saveSafetyPlan(
  db: Kysely<Database>,
  userId: string,
  input: SafetyPlanInput,
  updatedAt: string,
): Promise<SafetyPlan> {
  const row = safetyPlanToRow(userId, input, updatedAt);
  await db
    .insertInto("safety_plans")
    .values(row)
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet({ plan: row.plan, updated_at: row.updated_at }),
    )
    .execute();
  return safetyPlanFromRow(row);
}
