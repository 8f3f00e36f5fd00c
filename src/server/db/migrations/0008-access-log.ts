import type { Kysely } from "kysely";

// Forward-only, like every migration: a change to this table is a new file.
export async function up(db: Kysely<unknown>): Promise<void> {
  // What happened to a person's account and data, for them to read: when, what, from which
  // browser and address. Never a token, a password or a note. Kept 180 days, gone with the account.
  await db.schema
    .createTable("access_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("browser", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("access_log_user_at")
    .on("access_log")
    .columns(["user_id", "at"])
    .execute();
}
