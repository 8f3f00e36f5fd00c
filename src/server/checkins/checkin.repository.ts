import { CompiledQuery, type Kysely, PostgresAdapter, sql } from "kysely";
import {
  type Checkin,
  type CheckinInput,
  type CheckinSpan,
  checkinSchema,
} from "../../core/checkins/checkin.schema.js";

const checkinListSchema = checkinSchema.array();

import { conditionHolds, type SaveCondition } from "../../core/versions/save-condition.js";
import { lockPerson } from "../accounts/person-lock.js";
import type { Database } from "../db/database.js";
import { namedStatement, preparedQuery } from "../db/prepared-query.js";
import { giveWay, parsedGivingWay } from "../http/give-way.js";
import { checkinFromInput, checkinToRow, connectionsToRows } from "./checkin.mapper.js";
import type { CheckinConnectionRow, CheckinTable } from "./checkin.table.js";

/**
 * Creates or replaces one day's check-in and its connections, with the version given. Several
 * statements: run it in a transaction (`store.write`) so a reader never sees a check-in with
 * half of its connections. The app's saves go through checkin-save.ts.
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
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await lockPerson(db, userId);
    await saveOnPostgres(db, row, connectionRows);
    return checkin;
  }
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

/*
 * PostgreSQL: the same save as two statements with fixed texts, each prepared once per
 * connection (connections travel as arrays, whatever their number). The first locks the day's
 * row; only then does the second take its snapshot, so it sees, and replaces, connections an
 * overlapping save committed meanwhile. (In one statement the snapshot came before the lock,
 * and such connections were left behind.) The day's row is locked first, as a deletion's
 * cascade locks it, so two writers of one day never wait for each other in a circle. A connection
 * row already as it would be written is left alone (`is distinct from`): no new row version, no
 * WAL to sync for it.
 */
const UPSERT_CHECKIN = `insert into "checkins" ("user_id", "date", "mood", "energy", "enjoyment", "rumination", "burden", "sleep_hours", "note", "updated_at", "doc") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict ("user_id", "date") do update set "mood" = excluded."mood", "energy" = excluded."energy", "enjoyment" = excluded."enjoyment", "rumination" = excluded."rumination", "burden" = excluded."burden", "sleep_hours" = excluded."sleep_hours", "note" = excluded."note", "updated_at" = excluded."updated_at", "doc" = excluded."doc"`;
const REPLACE_CONNECTIONS = `with "dropped" as (delete from "checkin_connections" where "user_id" = $1 and "date" = $2 and "position" >= $3) insert into "checkin_connections" ("user_id", "date", "position", "person_id", "name", "mode", "felt") select $1, $2, "c"."position", "c"."person_id", "c"."name", "c"."mode", "c"."felt" from unnest($4::integer[], $5::text[], $6::text[], $7::text[], $8::integer[]) as "c"("position", "person_id", "name", "mode", "felt") on conflict ("user_id", "date", "position") do update set "person_id" = excluded."person_id", "name" = excluded."name", "mode" = excluded."mode", "felt" = excluded."felt" where ("checkin_connections"."person_id", "checkin_connections"."name", "checkin_connections"."mode", "checkin_connections"."felt") is distinct from (excluded."person_id", excluded."name", excluded."mode", excluded."felt")`;
namedStatement(UPSERT_CHECKIN);
namedStatement(REPLACE_CONNECTIONS);

async function saveOnPostgres(
  db: Kysely<Database>,
  row: CheckinTable,
  connections: CheckinConnectionRow[],
): Promise<void> {
  await db.executeQuery(
    CompiledQuery.raw(UPSERT_CHECKIN, [
      row.user_id,
      row.date,
      row.mood,
      row.energy,
      row.enjoyment,
      row.rumination,
      row.burden,
      row.sleep_hours,
      row.note,
      row.updated_at,
      row.doc,
    ]),
  );
  await db.executeQuery(
    CompiledQuery.raw(REPLACE_CONNECTIONS, [
      row.user_id,
      row.date,
      connections.length,
      connections.map((c) => c.position),
      connections.map((c) => c.person_id),
      connections.map((c) => c.name),
      connections.map((c) => c.mode),
      connections.map((c) => c.felt),
    ]),
  );
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
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const [row] = await joinedDocsQuery(db, userId, from, to);
    return row?.docs ?? "";
  }
  const rows = await checkinDocsQuery(db, userId, from, to);
  return rows.map((row) => row.doc).join(",");
}

/*
 * PostgreSQL joins them itself: one row to send and for pg to turn into an object, instead of
 * one per day. Its sort of a month's rows costs less than building 28 objects in the app.
 */
const joinedDocsQuery = preparedQuery(3, (db, userId, from, to) =>
  db
    .selectFrom("checkins")
    .select(sql<string | null>`string_agg("doc", ',' order by "date")`.as("docs"))
    .where("user_id", "=", userId)
    .where("date", ">=", from)
    .where("date", "<=", to),
);

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

/**
 * `listCheckins`, the same check-ins read by the same query, checked a step of records at a time
 * and giving way between steps (http/give-way.ts): for work on years of them, which checked in
 * one piece kept every other person's request waiting.
 */
export async function listCheckinsGivingWay(
  db: Kysely<Database>,
  userId: string,
  from: string,
  to: string,
): Promise<Checkin[]> {
  const joined = await joinedCheckinDocs(db, userId, from, to);
  // On SQLite the read answered at once; the event loop turns before the parse of its text.
  await giveWay();
  return joined ? parsedGivingWay(checkinSchema, JSON.parse(`[${joined}]`)) : [];
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
  const [row] = await checkinVersionQuery(db, userId, date);
  return row?.updated_at ?? null;
}

// On every save's path, before the save itself: built once, and prepared once per connection.
const checkinVersionQuery = preparedQuery(2, (db, userId, date) =>
  db
    .selectFrom("checkins")
    .select("updated_at")
    .where("user_id", "=", userId)
    .where("date", "=", date),
);

/**
 * Returns whether there was a check-in to delete; connections go with it through the cascade.
 * Two statements on PostgreSQL (the person is locked first): run it in a transaction.
 */
export async function deleteCheckin(
  db: Kysely<Database>,
  userId: string,
  date: string,
): Promise<boolean> {
  await lockPerson(db, userId);
  const result = await db
    .deleteFrom("checkins")
    .where("user_id", "=", userId)
    .where("date", "=", date)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Deletes the day only if it is still as the device saw it (`If-Match`), as a save does: a delete
 * queued on a device that has not seen a newer edit made elsewhere would otherwise erase it. A
 * refusal carries the day as it is. Run it in a transaction.
 */
export async function deleteCheckinIf(
  db: Kysely<Database>,
  userId: string,
  date: string,
  condition: SaveCondition,
): Promise<{ outcome: "deleted" } | { outcome: "refused"; current: Checkin | undefined }> {
  await lockPerson(db, userId);
  if (condition.kind !== "none") {
    const current = await checkinVersion(db, userId, date);
    if (!conditionHolds(condition, current)) {
      return { outcome: "refused", current: await getCheckin(db, userId, date) };
    }
  }
  await deleteCheckin(db, userId, date);
  return { outcome: "deleted" };
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
