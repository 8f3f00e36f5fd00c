import { type Kysely, sql } from "kysely";

// Forward-only: a released migration is never edited; a change is a new file.
// Timestamps are ISO-8601 UTC text so both engines sort and compare them the same way.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  // Usernames are matched without regard to case, so "Sam" and "sam" cannot both exist.
  await db.schema
    .createIndex("users_username_unique")
    .on("users")
    .expression(sql`lower(username)`)
    .unique()
    .execute();
  // At most one owner, enforced by the database so two racing setups cannot both win.
  await db.schema
    .createIndex("users_one_owner")
    .on("users")
    .column("role")
    .unique()
    .where(sql.ref("role"), "=", "owner")
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  // Failed sign-ins belong to no account (the name tried may not exist), so they are keyed by
  // what was tried: "user:<name>" or "addr:<address>".
  await db.schema
    .createTable("sign_in_failures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("failed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("sign_in_failures_key_time")
    .on("sign_in_failures")
    .columns(["key", "failed_at"])
    .execute();

  await db.schema
    .createTable("checkins")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("mood", "integer", (c) => c.notNull())
    .addColumn("energy", "integer")
    .addColumn("enjoyment", "integer")
    .addColumn("rumination", "integer")
    .addColumn("burden", "integer")
    .addColumn("sleep_hours", "real")
    .addColumn("note", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    // The check-in as the API returns it, written in the same transaction as the columns, so
    // reading a month is one indexed scan of ready-made JSON instead of rebuilding every object.
    .addColumn("doc", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("checkins_pk", ["user_id", "date"])
    .execute();

  await db.schema
    .createTable("checkin_connections")
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("person_id", "text")
    .addColumn("name", "text")
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("felt", "integer")
    .addPrimaryKeyConstraint("checkin_connections_pk", ["user_id", "date", "position"])
    .addForeignKeyConstraint(
      "checkin_connections_checkin",
      ["user_id", "date"],
      "checkins",
      ["user_id", "date"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();
}
