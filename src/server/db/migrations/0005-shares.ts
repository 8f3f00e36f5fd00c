import type { Kysely } from "kysely";

// Forward-only, like every migration: a change to this table is a new file.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("shares")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // Only the SHA-256 of the link's token: a copy of the database opens no card.
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("energy", "text", (c) => c.notNull())
    .addColumn("contact", "text", (c) => c.notNull())
    .addColumn("message", "text")
    // 0 or 1: the same integer on both engines, where a boolean column would read differently.
    .addColumn("show_steps", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createIndex("shares_user_created")
    .on("shares")
    .columns(["user_id", "created_at"])
    .execute();
}
