import { type Kysely, PostgresAdapter, sql } from "kysely";
import {
  countKeptTraps,
  searchForm,
  type ThoughtRecord,
  type TrapCount,
} from "../../core/thoughts/thought.schema.js";
import { nextVersion } from "../../core/versions/next-version.js";
import { conditionHolds, type SaveCondition } from "../../core/versions/save-condition.js";
import type { Database } from "../db/database.js";
import { recordFromRow, recordToRow, trapIdsJson } from "./thought.mapper.js";

export async function insertThoughtRecord(
  db: Kysely<Database>,
  userId: string,
  record: ThoughtRecord,
): Promise<ThoughtRecord> {
  await db.insertInto("thought_records").values(recordToRow(userId, record)).execute();
  return record;
}

/**
 * Replaces every step of one of the person's records, keeping when it was first written.
 * Undefined when the person has no record with this id (whoever else might).
 */
export async function updateThoughtRecord(
  db: Kysely<Database>,
  userId: string,
  record: ThoughtRecord,
): Promise<ThoughtRecord | undefined> {
  const { id: _id, user_id: _user, created_at: _created, ...changes } = recordToRow(userId, record);
  const row = await db
    .updateTable("thought_records")
    .set(changes)
    .where("user_id", "=", userId)
    .where("id", "=", record.id)
    .returningAll()
    .executeTakeFirst();
  return row ? recordFromRow(row) : undefined;
}

/** A conditional save's answer: saved, refused with the record as it is (undefined: gone), or no such record. */
export type ThoughtSave =
  | { outcome: "saved"; record: ThoughtRecord }
  | { outcome: "refused"; current: ThoughtRecord | undefined }
  | { outcome: "not-found" };

/**
 * Replaces the record only if `condition` holds for it as it is now (its version is its
 * `updatedAt`, as a check-in's is), giving it the next version after `record.updatedAt`: so a
 * save within the millisecond of the one before still makes a version a device holding the old
 * one is told about. Run it in a transaction: the version is read and the record written as one
 * step (on PostgreSQL the row is locked by the read; SQLite has one writer at a time).
 */
export async function updateThoughtRecordIf(
  db: Kysely<Database>,
  userId: string,
  record: ThoughtRecord,
  condition: SaveCondition,
): Promise<ThoughtSave> {
  const current = await thoughtVersion(db, userId, record.id);
  if (!conditionHolds(condition, current)) {
    return { outcome: "refused", current: await getThoughtRecord(db, userId, record.id) };
  }
  if (current === null) return { outcome: "not-found" };
  const updatedAt = nextVersion(record.updatedAt, current);
  const saved = await updateThoughtRecord(db, userId, { ...record, updatedAt });
  return saved ? { outcome: "saved", record: saved } : { outcome: "not-found" };
}

/** The record's version (its `updatedAt`), or null when the person has no such record. */
async function thoughtVersion(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<string | null> {
  const select = db
    .selectFrom("thought_records")
    .select("updated_at")
    .where("user_id", "=", userId)
    .where("id", "=", id);
  // Another save of the same record waits here until this one commits, then reads its version.
  const locked = db.getExecutor().adapter instanceof PostgresAdapter ? select.forUpdate() : select;
  const row = await locked.executeTakeFirst();
  return row?.updated_at ?? null;
}

export async function getThoughtRecord(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<ThoughtRecord | undefined> {
  const row = await db
    .selectFrom("thought_records")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? recordFromRow(row) : undefined;
}

/** `%`, `_` and the escape itself mean something to LIKE; searched for, they are plain text. */
function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The person's records, newest first. With `query`, only those whose situation, thought or
 * balanced thought contains it, in any case.
 */
export async function listThoughtRecords(
  db: Kysely<Database>,
  userId: string,
  query?: string,
): Promise<ThoughtRecord[]> {
  let select = db.selectFrom("thought_records").selectAll().where("user_id", "=", userId);
  const wanted = query?.trim() ?? "";
  if (wanted !== "") {
    // Both sides are lowercased by the app (see the migration); LIKE … ESCAPE is the same on
    // SQLite and PostgreSQL.
    const pattern = likeContaining(searchForm(wanted));
    select = select.where(sql<boolean>`search_text like ${pattern} escape '\\'`);
  }
  const rows = await select.orderBy("created_at", "desc").orderBy("id", "desc").execute();
  return rows.map(recordFromRow);
}

/** How often each kept trap comes up across all of the person's records, most often first. */
export async function thoughtTrapCounts(
  db: Kysely<Database>,
  userId: string,
): Promise<TrapCount[]> {
  // Counted here rather than in SQL: reading JSON arrays differs between the two engines.
  const rows = await db
    .selectFrom("thought_records")
    .select("kept_traps")
    .where("user_id", "=", userId)
    .execute();
  return countKeptTraps(
    rows.map((row) => ({ keptTraps: trapIdsJson.parse(JSON.parse(row.kept_traps)) })),
  );
}

/** Removes the record for good. Returns whether the person had one with this id. */
export async function deleteThoughtRecord(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("thought_records")
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A conditional delete's answer, as a conditional save's: refused carries the record as it is. */
export type ThoughtDelete =
  | { outcome: "deleted" }
  | { outcome: "refused"; current: ThoughtRecord | undefined }
  | { outcome: "not-found" };

/**
 * Deletes the record only if `condition` holds for it as it is now, as a save does: a device that
 * has not seen a change made elsewhere would otherwise remove words the person never saw. Without
 * a condition it is the plain delete (not-found when there was none). Run it in a transaction.
 */
export async function deleteThoughtRecordIf(
  db: Kysely<Database>,
  userId: string,
  id: string,
  condition: SaveCondition,
): Promise<ThoughtDelete> {
  if (condition.kind !== "none") {
    const current = await thoughtVersion(db, userId, id);
    if (!conditionHolds(condition, current)) {
      return { outcome: "refused", current: await getThoughtRecord(db, userId, id) };
    }
  }
  return (await deleteThoughtRecord(db, userId, id))
    ? { outcome: "deleted" }
    : { outcome: "not-found" };
}
