import { type Kysely, PostgresAdapter, sql } from "kysely";

/*
 * Forward-only, like every migration. PostgreSQL only: the check-ins counter (0012) moves once
 * per transaction for each person whose check-ins it changes, instead of once per row.
 *
 * Why: PostgreSQL never updates a row in place. Each move of the counter left one more version
 * of the person's `users` row, and until the transaction ends none of them can be cleared, so
 * every later move, and every check of a new check-in's reference to its person, walked all the
 * versions before it: an import of 150,000 days (a 27 MB file, well within the 50 MB an import
 * takes) ran for minutes, holding the person's lock, and was answered 503 while SQLite took
 * seconds. The counter only has to differ once a change is committed (db/person-version-cache.ts:
 * no other connection sees it before), so one move per transaction keeps its meaning.
 *
 * How: the row trigger stays (so no writer of check-ins can forget it, and the lock order 0012
 * chose is kept), and notes in a setting local to the transaction whose counter it has moved;
 * a later row of the same person in the same transaction finds the note and moves nothing. A
 * single save costs what it did plus reading that setting. A statement trigger with transition
 * tables was tried first: it fixed the import but cost every single save about half as much
 * again in PostgreSQL (bench/http.ts, CPU per PUT). SQLite updates the row in place, so its row
 * triggers stay as 0012 made them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create or replace function reconnect_checkins_changed() returns trigger language plpgsql as $$
    declare
      person text := coalesce(new.user_id, old.user_id);
    begin
      if current_setting('reconnect.checkins_moved_for', true) is distinct from person then
        -- After the row's own change, so its lock is taken first, as a removal's is.
        update users set checkins_version = checkins_version + 1 where id = person;
        perform set_config('reconnect.checkins_moved_for', person, true);
      end if;
      return null;
    end
    $$`.execute(db);
}
