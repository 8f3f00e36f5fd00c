import type { Kysely } from "kysely";
import type { PlannedActivity, PlanOutcome } from "../../core/plan/activity.schema.js";
import type { Database } from "../db/database.js";
import { planFromRow, planToRow } from "./plan.mapper.js";

export async function insertPlan(
  db: Kysely<Database>,
  userId: string,
  plan: PlannedActivity,
  now: string,
): Promise<PlannedActivity> {
  await db
    .insertInto("planned_activities")
    .values(planToRow(userId, plan, { createdAt: now, updatedAt: now }))
    .execute();
  return plan;
}

export async function getPlan(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<PlannedActivity | undefined> {
  const row = await db
    .selectFrom("planned_activities")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? planFromRow(row) : undefined;
}

/** Plans from `from` to `to` inclusive, by day and then by time ("sometime" first). */
export async function listPlans(
  db: Kysely<Database>,
  userId: string,
  range: { from?: string; to?: string } = {},
): Promise<PlannedActivity[]> {
  let select = db.selectFrom("planned_activities").selectAll().where("user_id", "=", userId);
  if (range.from !== undefined) select = select.where("date", ">=", range.from);
  if (range.to !== undefined) select = select.where("date", "<=", range.to);
  const rows = await select
    .orderBy("date")
    .orderBy("time")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  // SQLite sorts nulls first and PostgreSQL last; "sometime that day" goes first on both.
  return rows.map(planFromRow).sort((a, b) => (a.date === b.date ? nullFirst(a.time, b.time) : 0));
}

function nullFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return 0;
}

/**
 * What suggestions read: the last `days` days up to today, plus every done plan with someone in
 * the circle (however old), since "when you last connected" may reach back further.
 */
export async function plansForSuggestions(
  db: Kysely<Database>,
  userId: string,
  from: string,
): Promise<PlannedActivity[]> {
  const rows = await db
    .selectFrom("planned_activities")
    .selectAll()
    .where("user_id", "=", userId)
    .where((eb) =>
      eb.or([
        eb("date", ">=", from),
        eb.and([eb("person_id", "is not", null), eb("status", "=", "done")]),
      ]),
    )
    .execute();
  return rows.map(planFromRow);
}

/** Done plans with someone in the circle: a source of "when you last connected". */
export async function donePlansWithPeople(
  db: Kysely<Database>,
  userId: string,
): Promise<Pick<PlannedActivity, "date" | "status" | "personId">[]> {
  const rows = await db
    .selectFrom("planned_activities")
    .select(["date", "person_id"])
    .where("user_id", "=", userId)
    .where("status", "=", "done")
    .where("person_id", "is not", null)
    .execute();
  return rows.map((row) => ({
    date: row.date,
    status: "done" as const,
    ...(row.person_id === null ? {} : { personId: row.person_id }),
  }));
}

/**
 * Writes how a plan turned out, and nothing else; undefined when the person has no plan with this
 * id. Only the outcome's columns are set, never the row read earlier and written back whole: a
 * time given to the step a moment before (setPlanTime) is kept, not put back as it was. Ratings
 * belong to a done step only; any other outcome clears them.
 */
export async function recordOutcome(
  db: Kysely<Database>,
  userId: string,
  id: string,
  outcome: PlanOutcome,
  updatedAt: string,
): Promise<PlannedActivity | undefined> {
  const row = await db
    .updateTable("planned_activities")
    .set({
      status: outcome.status,
      actual_enjoyment: outcome.status === "done" ? (outcome.actualEnjoyment ?? null) : null,
      achievement: outcome.status === "done" ? (outcome.achievement ?? null) : null,
      updated_at: updatedAt,
    })
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
  return row ? planFromRow(row) : undefined;
}

export type PlanTimeResult =
  | { kind: "saved"; plan: PlannedActivity }
  | { kind: "not-found" }
  | { kind: "not-planned" };

/**
 * Moves a still-planned step's clock and nothing else. The status is checked in the UPDATE itself,
 * not read first, so a step marked done or let go a moment earlier can never gain a time (and an
 * alarm in the calendar feed) in between.
 */
export async function setPlanTime(
  db: Kysely<Database>,
  userId: string,
  id: string,
  time: string | null,
  updatedAt: string,
): Promise<PlanTimeResult> {
  const row = await db
    .updateTable("planned_activities")
    .set({ time, updated_at: updatedAt })
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .where("status", "=", "planned")
    .returningAll()
    .executeTakeFirst();
  if (row) return { kind: "saved", plan: planFromRow(row) };
  // Nothing was written; this read only chooses which refusal to give.
  return (await getPlan(db, userId, id)) ? { kind: "not-planned" } : { kind: "not-found" };
}

export async function deletePlan(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("planned_activities")
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A person leaves the circle: their plans stay, no longer tied to them. */
export async function forgetPersonInPlans(
  db: Kysely<Database>,
  userId: string,
  personId: string,
): Promise<void> {
  await db
    .updateTable("planned_activities")
    .set({ person_id: null })
    .where("user_id", "=", userId)
    .where("person_id", "=", personId)
    .execute();
}
