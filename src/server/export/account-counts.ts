import type { Kysely } from "kysely";
import type { ImportCounts } from "../../core/export/export-document.schema.js";
import type { Database } from "../db/database.js";
import { countHiddenActivities } from "./hidden-activities.js";

/** The tables that hold one row per record of a counted kind, each with the person's id. */
type CountedTable =
  | "checkins"
  | "assessments"
  | "safety_plans"
  | "thought_records"
  | "own_activities"
  | "planned_activities"
  | "routine_targets"
  | "routine_ticks"
  | "people"
  | "shares"
  | "calendar_feeds"
  | "reminder_settings";

/** How many rows of one table are the person's: counted in the database, never read out. */
async function countOwned(db: Kysely<Database>, table: CountedTable, userId: string) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  // PostgreSQL answers count(*) as a bigint, which its driver gives as text.
  return Number(row.n);
}

/**
 * How many records of each kind one person keeps, as an export taken now would hold them. Run it
 * in one read snapshot (read-snapshot.ts): one statement per table, so a save landing between two
 * of them would otherwise be counted by one and not the other.
 */
export async function countHoldings(db: Kysely<Database>, userId: string): Promise<ImportCounts> {
  const count = (table: CountedTable) => countOwned(db, table, userId);
  // One after another: a transaction has one connection, so they could not run side by side.
  return {
    checkins: await count("checkins"),
    assessments: await count("assessments"),
    safetyPlan: await count("safety_plans"),
    thoughts: await count("thought_records"),
    activities: await count("own_activities"),
    hiddenActivities: await countHiddenActivities(db, userId),
    plans: await count("planned_activities"),
    routineTargets: await count("routine_targets"),
    routineTicks: await count("routine_ticks"),
    people: await count("people"),
    shares: await count("shares"),
    calendarFeed: await count("calendar_feeds"),
    reminders: await count("reminder_settings"),
  };
}
