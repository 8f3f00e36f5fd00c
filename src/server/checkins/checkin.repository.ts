import type { Kysely } from "kysely";
import type { Checkin, CheckinInput } from "../../core/checkins/checkin.schema.js";
import type { Database } from "../db/database.js";
import { checkinFromRows, checkinToRow, connectionsToRows } from "./checkin.mapper.js";
import type { CheckinConnectionRow } from "./checkin.table.js";

/**
 * Creates or replaces one day's check-in and its connections in one transaction,
 * so a reader never sees a check-in with half of its connections.
 */
export async function saveCheckin(
  db: Kysely<Database>,
  userId: string,
  date: string,
  input: CheckinInput,
  updatedAt: string,
): Promise<Checkin> {
  const row = checkinToRow(userId, date, input, updatedAt);
  const connectionRows = connectionsToRows(userId, date, input.connections ?? []);
  await db.transaction().execute(async (trx) => {
    const { user_id: _u, date: _d, ...changes } = row;
    await trx
      .insertInto("checkins")
      .values(row)
      .onConflict((oc) => oc.columns(["user_id", "date"]).doUpdateSet(changes))
      .execute();
    await trx
      .deleteFrom("checkin_connections")
      .where("user_id", "=", userId)
      .where("date", "=", date)
      .execute();
    if (connectionRows.length > 0) {
      await trx.insertInto("checkin_connections").values(connectionRows).execute();
    }
  });
  return checkinFromRows(row, connectionRows);
}

/** Check-ins from `from` to `to` inclusive, oldest first. */
export async function listCheckins(
  db: Kysely<Database>,
  userId: string,
  from: string,
  to: string,
): Promise<Checkin[]> {
  const rows = await db
    .selectFrom("checkins")
    .selectAll()
    .where("user_id", "=", userId)
    .where("date", ">=", from)
    .where("date", "<=", to)
    .orderBy("date")
    .execute();
  if (rows.length === 0) return [];
  const connectionRows = await db
    .selectFrom("checkin_connections")
    .selectAll()
    .where("user_id", "=", userId)
    .where("date", ">=", from)
    .where("date", "<=", to)
    .orderBy("date")
    .orderBy("position")
    .execute();
  const byDate = new Map<string, CheckinConnectionRow[]>();
  for (const c of connectionRows) {
    const list = byDate.get(c.date);
    if (list) list.push(c);
    else byDate.set(c.date, [c]);
  }
  return rows.map((row) => checkinFromRows(row, byDate.get(row.date) ?? []));
}

export async function getCheckin(
  db: Kysely<Database>,
  userId: string,
  date: string,
): Promise<Checkin | undefined> {
  const [checkin] = await listCheckins(db, userId, date, date);
  return checkin;
}

/** Returns whether there was a check-in to delete; connections go with it through the cascade. */
export async function deleteCheckin(
  db: Kysely<Database>,
  userId: string,
  date: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("checkins")
    .where("user_id", "=", userId)
    .where("date", "=", date)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
