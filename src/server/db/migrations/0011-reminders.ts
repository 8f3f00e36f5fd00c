import type { Kysely } from "kysely";

// Forward-only, like every migration: a change to this table is a new file.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per person who has chosen anything about reminders; no row means none, the default.
  // Times are the person's clock time (`HH:MM`), with no time zone: the calendar feed writes them
  // floating and the browser reads them on its own clock, so they follow the person.
  await db.schema
    .createTable("reminder_settings")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("checkin_time", "text")
    .addColumn("steps_on", "integer", (c) => c.notNull())
    .addColumn("steps_minutes_before", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}
