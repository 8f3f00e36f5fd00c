import { type Kysely, PostgresAdapter, sql } from "kysely";

/*
 * Forward-only, like every migration. A counter per person that moves with every change to
 * their check-ins, in the same transaction as the change: the session lookup reads it on every
 * signed-in request, so a process may answer a month it already holds while the counter stands
 * still, and several processes on one database still never serve a month another has changed
 * (db/person-version-cache.ts). A trigger rather than the repository's code, so no writer of
 * check-ins (a save, a removal, an import, a replacement) can forget it. Connections are part of
 * the check-in's stored document, so the check-ins table alone moves it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("checkins_version", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`
      create function reconnect_checkins_changed() returns trigger language plpgsql as $$
      begin
        -- After the row's own change, so its lock is taken first, as a removal's is.
        update users set checkins_version = checkins_version + 1
          where id = coalesce(new.user_id, old.user_id);
        return null;
      end
      $$`.execute(db);
    await sql`
      create trigger checkins_changed after insert or update or delete on checkins
      for each row execute function reconnect_checkins_changed()`.execute(db);
    return;
  }
  for (const [event, row] of [
    ["insert", "new"],
    ["update", "new"],
    ["delete", "old"],
  ] as const) {
    await sql
      .raw(
        `create trigger checkins_changed_on_${event} after ${event} on checkins begin
           update users set checkins_version = checkins_version + 1 where id = ${row}.user_id;
         end`,
      )
      .execute(db);
  }
}
