import type { Kysely } from "kysely";
import type { Activity } from "../../core/plan/activity.schema.js";
import { catalogue } from "../../core/plan/catalogue.js";
import { inCreationOrder } from "../db/creation-order.js";
import type { Database } from "../db/database.js";
import { ownActivityFromRow, ownActivityToRow } from "./plan.mapper.js";

export async function insertOwnActivity(
  db: Kysely<Database>,
  userId: string,
  activity: Activity,
  createdAt: string,
): Promise<Activity> {
  await db
    .insertInto("own_activities")
    .values(ownActivityToRow(userId, activity, createdAt))
    .execute();
  return activity;
}

export async function getOwnActivity(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<Activity | undefined> {
  const row = await db
    .selectFrom("own_activities")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? ownActivityFromRow(row) : undefined;
}

export async function listOwnActivities(db: Kysely<Database>, userId: string): Promise<Activity[]> {
  const rows = await db
    .selectFrom("own_activities")
    .selectAll()
    .where("user_id", "=", userId)
    .execute();
  return inCreationOrder(rows).map(ownActivityFromRow);
}

/** Replaces the fields of one of the person's own activities; false when they have none with this id. */
export async function updateOwnActivity(
  db: Kysely<Database>,
  userId: string,
  activity: Activity,
): Promise<boolean> {
  const {
    id: _id,
    user_id: _u,
    created_at: _c,
    ...changes
  } = ownActivityToRow(userId, activity, "");
  const result = await db
    .updateTable("own_activities")
    .set(changes)
    .where("user_id", "=", userId)
    .where("id", "=", activity.id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listHiddenActivityIds(
  db: Kysely<Database>,
  userId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom("hidden_activities")
    .select("activity_id")
    .where("user_id", "=", userId)
    .execute();
  return new Set(rows.map((row) => row.activity_id));
}

export async function setActivityHidden(
  db: Kysely<Database>,
  userId: string,
  activityId: string,
  hidden: boolean,
): Promise<void> {
  if (hidden) {
    await db
      .insertInto("hidden_activities")
      .values({ user_id: userId, activity_id: activityId })
      .onConflict((oc) => oc.columns(["user_id", "activity_id"]).doNothing())
      .execute();
  } else {
    await db
      .deleteFrom("hidden_activities")
      .where("user_id", "=", userId)
      .where("activity_id", "=", activityId)
      .execute();
  }
}

const builtIn = new Set(catalogue.map((a) => a.id));

export function isBuiltIn(id: string): boolean {
  return builtIn.has(id);
}

export interface PersonActivities {
  /** The catalogue, then the person's own, hidden ones included. */
  readonly all: readonly Activity[];
  readonly byId: ReadonlyMap<string, Activity>;
  readonly hidden: ReadonlySet<string>;
}

/** Every activity this person can see or plan: the built-in catalogue and their own. */
export async function personActivities(
  db: Kysely<Database>,
  userId: string,
): Promise<PersonActivities> {
  const [own, hidden] = await Promise.all([
    listOwnActivities(db, userId),
    listHiddenActivityIds(db, userId),
  ]);
  const all = [...catalogue, ...own];
  return { all, byId: new Map(all.map((a) => [a.id, a] as const)), hidden };
}
