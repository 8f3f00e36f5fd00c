import type { Kysely } from "kysely";
import {
  type Checkin,
  type CheckinInput,
  type CheckinSpan,
  checkinSchema,
} from "../../core/checkins/checkin.schema.js";

const checkinListSchema = checkinSchema.array();

import type { Database } from "../db/database.js";
import { preparedQuery } from "../db/prepared-query.js";
import { checkinFromInput, checkinToRow, connectionsToRows } from "./checkin.mapper.js";

/**
 * Creates or replaces one day's check-in and its connections. Several statements: run it in a
 * transaction (`store.write`) so a reader never sees a check-in with half of its connections.
 */
export async function saveCheckin(
  db: Kysely<Database>,
  userId: string,
  date: string,
  input: CheckinInput,
  updatedAt: string,
): Promise<Checkin> {
  const checkin = checkinFromInput(date, input, updatedAt);
  const row = checkinToRow(userId, checkin);
  const connectionRows = connectionsToRows(userId, checkin);
  const { user_id: _u, date: _d, ...changes } = row;
  await db
    .insertInto("checkins")
    .values(row)
    .onConflict((oc) => oc.columns(["user_id", "date"]).doUpdateSet(changes))
    .execute();
  await db
    .deleteFrom("checkin_connections")
    .where("user_id", "=", userId)
    .where("date", "=", date)
    .execute();
  if (connectionRows.length > 0) {
    await db.insertInto("checkin_connections").values(connectionRows).execute();
  }
  return checkin;
}

/**
 * The stored JSON of the check-ins from `from` to `to` inclusive, oldest first, joined with
 * commas: the read path of the history screen, which sends it on as it is. The primary key
 * (user, date) gives the order without a sort; an aggregate with its own ORDER BY made SQLite
 * copy every document into a sorter and took half again as long.
 */
export async function joinedCheckinDocs(
  db: Kysely<Database>,
  userId: string,
  from: string,
  to: string,
): Promise<string> {
  const rows = await checkinDocsQuery(db, userId, from, to);
  return rows.map((row) => row.doc).join(",");
}

const checkinDocsQuery = preparedQuery(3, (db, userId, from, to) =>
  db
    .selectFrom("checkins")
    .select("doc")
    .where("user_id", "=", userId)
    .where("date", ">=", from)
    .where("date", "<=", to)
    .orderBy("date"),
);

/** Check-ins from `from` to `to` inclusive, oldest first. */
export async function listCheckins(
  db: Kysely<Database>,
  userId: string,
  from: string,
  to: string,
): Promise<Checkin[]> {
  const joined = await joinedCheckinDocs(db, userId, from, to);
  return joined ? checkinListSchema.parse(JSON.parse(`[${joined}]`)) : [];
}

export async function getCheckin(
  db: Kysely<Database>,
  userId: string,
  date: string,
): Promise<Checkin | undefined> {
  const [checkin] = await listCheckins(db, userId, date, date);
  return checkin;
}

/** The day's version (its `updatedAt`), or null with no check-in: what a conditional save checks. */
export async function checkinVersion(
  db: Kysely<Database>,
  userId: string,
  date: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("checkins")
    .select("updated_at")
    .where("user_id", "=", userId)
    .where("date", "=", date)
    .executeTakeFirst();
  return row?.updated_at ?? null;
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

/**
 * The dates of the person's first and last check-in (null with none): how far back the history
 * screen's months go. Both come from the primary key's (user, date) index, with no scan of rows.
 */
export async function checkinSpan(db: Kysely<Database>, userId: string): Promise<CheckinSpan> {
  const row = await db
    .selectFrom("checkins")
    .select((eb) => [eb.fn.min("date").as("first"), eb.fn.max("date").as("last")])
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return { first: row?.first ?? null, last: row?.last ?? null };
}
