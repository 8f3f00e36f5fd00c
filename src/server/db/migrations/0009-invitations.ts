import type { Kysely } from "kysely";

// Forward-only, like every migration: a change to these tables is a new file.
export async function up(db: Kysely<unknown>): Promise<void> {
  // An account the owner or an admin has paused: it cannot sign in and has no sessions.
  await db.schema.alterTable("users").addColumn("disabled_at", "text").execute();
  // When the person last started or renewed a session (to the hour), for the people list.
  await db.schema.alterTable("users").addColumn("last_seen_at", "text").execute();

  // One-time links: an invitation makes a new account, a reset (`for_account`) sets a new
  // password for an existing one. Only a hash of the link's token is kept, as for sessions.
  // `created_by` is not called user_id on purpose: these rows belong to the server, not to the
  // person who made them, and go with that person's account only because nobody could revoke
  // them after.
  await db.schema
    .createTable("invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("role", "text")
    .addColumn("for_account", "text", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createIndex("invitations_created_by")
    .on("invitations")
    .column("created_by")
    .execute();
  await db.schema
    .createIndex("invitations_for_account")
    .on("invitations")
    .column("for_account")
    .execute();
}
