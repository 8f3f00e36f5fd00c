import { type Kysely, sql } from "kysely";
import type { Database } from "../../src/server/db/database.js";

/**
 * Days whose stored JSON and connection rows disagree, of one person or of everyone; none when
 * every write was whole. PostgreSQL only.
 */
export async function tornDays(db: Kysely<Database>, userId?: string): Promise<string[]> {
  const result = await sql<{ date: string }>`
    select c.date from checkins c
    where ${userId === undefined ? sql`true` : sql`c.user_id = ${userId}`}
      and json_array_length((c.doc::json) -> 'connections') <>
        (select count(*) from checkin_connections k where k.user_id = c.user_id and k.date = c.date)
  `.execute(db);
  return result.rows.map((row) => row.date);
}

/** Whether a check-in save is waiting on a lock in this database right now. PostgreSQL only. */
export async function saveWaitingForLock(db: Kysely<Database>): Promise<boolean> {
  const result = await sql<{ n: string }>`
    select count(*) as n from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock'
      and query like '%reconnect_save_checkin%'`.execute(db);
  return Number(result.rows[0]?.n ?? 0) > 0;
}
