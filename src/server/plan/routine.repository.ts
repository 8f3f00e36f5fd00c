import type { Kysely } from "kysely";
import {
  type AnchorTarget,
  anchorTargetSchema,
  type RoutineTick,
  routineTickSchema,
} from "../../core/plan/rhythm.js";
import { lockPerson } from "../accounts/person-lock.js";
import type { Database } from "../db/database.js";

export async function listRoutineTargets(
  db: Kysely<Database>,
  userId: string,
): Promise<AnchorTarget[]> {
  const rows = await db
    .selectFrom("routine_targets")
    .select(["anchor", "target"])
    .where("user_id", "=", userId)
    .execute();
  return rows.map((row) => anchorTargetSchema.parse(row));
}

/**
 * Replaces every target at once; several statements, so run it in `store.write`. The person is
 * locked first (accounts/person-lock.ts): on PostgreSQL two saves at once (a double tap) each
 * deleted nothing the other had yet committed and then both inserted the same anchors, and one
 * died of the unique key as a 500. Locked, the second waits and replaces what the first wrote.
 */
export async function replaceRoutineTargets(
  db: Kysely<Database>,
  userId: string,
  targets: readonly AnchorTarget[],
): Promise<void> {
  await lockPerson(db, userId);
  await db.deleteFrom("routine_targets").where("user_id", "=", userId).execute();
  if (targets.length === 0) return;
  await db
    .insertInto("routine_targets")
    .values(targets.map((t) => ({ user_id: userId, anchor: t.anchor, target: t.target })))
    .execute();
}

/** A later tap for the same anchor and day replaces the earlier one. */
export async function saveRoutineTick(
  db: Kysely<Database>,
  userId: string,
  tick: RoutineTick,
): Promise<void> {
  await db
    .insertInto("routine_ticks")
    .values({ user_id: userId, date: tick.date, anchor: tick.anchor, time: tick.time })
    .onConflict((oc) => oc.columns(["user_id", "date", "anchor"]).doUpdateSet({ time: tick.time }))
    .execute();
}

export async function deleteRoutineTick(
  db: Kysely<Database>,
  userId: string,
  date: string,
  anchor: string,
): Promise<void> {
  await db
    .deleteFrom("routine_ticks")
    .where("user_id", "=", userId)
    .where("date", "=", date)
    .where("anchor", "=", anchor)
    .execute();
}

export async function listRoutineTicks(
  db: Kysely<Database>,
  userId: string,
  from: string,
  to: string,
): Promise<RoutineTick[]> {
  const rows = await db
    .selectFrom("routine_ticks")
    .select(["date", "anchor", "time"])
    .where("user_id", "=", userId)
    .where("date", ">=", from)
    .where("date", "<=", to)
    .orderBy("date")
    .orderBy("anchor")
    .execute();
  return rows.map((row) => routineTickSchema.parse(row));
}
