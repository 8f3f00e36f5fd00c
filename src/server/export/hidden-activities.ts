import type { Kysely } from "kysely";
import { catalogue } from "../../core/plan/catalogue.js";
import type { Database } from "../db/database.js";

/*
 * A person's hidden activities count only when they name an activity: a built-in one or one of
 * their own. An import before 2026-12-06 could keep an id that names neither, which no screen
 * lists or can show again; it is left out of the export and the counts, so the person's own file
 * imports and the counts say what an export holds.
 */

const BUILT_IN_IDS = catalogue.map((activity) => activity.id);
const BUILT_IN = new Set(BUILT_IN_IDS);

/** Whether a hidden id names an activity, given the ids of the person's own. */
export function namesAnActivity(id: string, ownIds: ReadonlySet<string>): boolean {
  return BUILT_IN.has(id) || ownIds.has(id);
}

/**
 * How many of the person's hidden activities name one, in one count(*) as every other kind:
 * built-in ones by id, own ones by a join held to the person.
 */
export async function countHiddenActivities(db: Kysely<Database>, userId: string) {
  const row = await db
    .selectFrom("hidden_activities")
    .leftJoin("own_activities", (join) =>
      join
        .onRef("own_activities.user_id", "=", "hidden_activities.user_id")
        .onRef("own_activities.id", "=", "hidden_activities.activity_id"),
    )
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("hidden_activities.user_id", "=", userId)
    .where((eb) =>
      eb.or([
        eb("hidden_activities.activity_id", "in", BUILT_IN_IDS),
        eb("own_activities.id", "is not", null),
      ]),
    )
    .executeTakeFirstOrThrow();
  // PostgreSQL answers count(*) as a bigint, which its driver gives as text.
  return Number(row.n);
}
