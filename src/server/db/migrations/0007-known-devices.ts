import type { Kysely } from "kysely";

// Forward-only, like every migration: a change to this table is a new file.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A browser where someone has signed in with their password before. Guessing from elsewhere
  // never locks that browser out (sessions/sign-in-throttle.ts). Only a hash of the cookie's
  // token is kept, as for sessions; the rows go with the account.
  await db.schema
    .createTable("known_devices")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("known_devices_user").on("known_devices").column("user_id").execute();
}
