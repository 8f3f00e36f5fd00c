import type { Kysely } from "kysely";
import type { SafetyPlan, SafetyPlanInput } from "../../core/safety-plan/safety-plan.schema.js";
import { nextVersion } from "../../core/versions/next-version.js";
import { conditionHolds, type SaveCondition } from "../../core/versions/save-condition.js";
import { lockPerson } from "../accounts/person-lock.js";
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

/** A conditional save's answer: saved with its new version, or refused with the plan as it is. */
export type SafetyPlanSave =
  | { outcome: "saved"; plan: SafetyPlan; version: string }
  | { outcome: "refused"; current: SafetyPlan | undefined };

/**
 * Saves the plan only if `condition` holds for the version saved now (its `updatedAt`, as a
 * check-in's is), giving it the next version after `now`: two saves within one millisecond still
 * make a version a device holding the old one is told about. Run it in a transaction: the person
 * is locked first (accounts/person-lock.ts), so on PostgreSQL a second save with the same
 * `If-Match` waits here until the first commits and then reads its version, even for a plan that
 * has no row yet to lock; SQLite has one writer at a time.
 */
export async function saveSafetyPlanIf(
  db: Kysely<Database>,
  userId: string,
  input: SafetyPlanInput,
  now: string,
  condition: SaveCondition,
): Promise<SafetyPlanSave> {
  await lockPerson(db, userId);
  const current = await findSafetyPlan(db, userId);
  const previous = current?.updatedAt ?? null;
  if (!conditionHolds(condition, previous)) return { outcome: "refused", current };
  const version = nextVersion(now, previous);
  return { outcome: "saved", plan: await saveSafetyPlan(db, userId, input, version), version };
}
