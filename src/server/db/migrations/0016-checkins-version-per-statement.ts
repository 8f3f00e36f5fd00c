import { type Kysely, PostgresAdapter, sql } from "kysely";

/*
 * Forward-only, like every migration. PostgreSQL only: the check-ins counter (0012) moves once
 * per statement that changes a person's check-ins, instead of once per row.
 *
 * Why: PostgreSQL never updates a row in place. Each move of the counter left one more version
 * of the person's `users` row, and until the transaction ends none of them can be cleared, so
 * every later move, and every check of a new check-in's reference to its person, walked all the
 * versions before it: an import of 150,000 days (a 27 MB file, well within the 50 MB an import
 * takes) ran for minutes, holding the person's lock, and was answered 503 while SQLite took
 * seconds. The counter only has to move with every change (db/person-version-cache.ts), not
 * count rows, so one move per statement keeps its meaning: an import's batches of 200 rows now
 * leave one version each. SQLite updates the row in place and has no statement triggers, so its
 * row triggers stay.
 *
 * A statement trigger still runs after the statement's own row changes, so the order in which
 * locks are taken is the one 0012 chose. Transition tables cannot serve two events in one
 * trigger, so there is one per event; a statement that changed no row of a person finds none
 * of theirs in its table and moves nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop trigger checkins_changed on checkins`.execute(db);
  await sql`drop function reconnect_checkins_changed()`.execute(db);
  await sql`
    create function reconnect_checkins_changed() returns trigger language plpgsql as $$
    begin
      update users set checkins_version = checkins_version + 1
        where id in (select distinct user_id from changed_checkins);
      return null;
    end
    $$`.execute(db);
  for (const [event, table] of [
    ["insert", "new"],
    ["update", "new"],
    ["delete", "old"],
  ] as const) {
    await sql
      .raw(
        `create trigger checkins_changed_on_${event} after ${event} on checkins
         referencing ${table} table as changed_checkins
         for each statement execute function reconnect_checkins_changed()`,
      )
      .execute(db);
  }
}
