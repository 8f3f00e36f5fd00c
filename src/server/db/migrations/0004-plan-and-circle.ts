import type { Kysely } from "kysely";

// Forward-only: a released migration is never edited; a change is a new file.
// Every table carries its owner's id and goes with them (ON DELETE CASCADE).
export async function up(db: Kysely<unknown>): Promise<void> {
  const owner = "user_id";
  await db.schema
    .createTable("own_activities")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(owner, "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("effort", "text", (c) => c.notNull())
    .addColumn("minutes", "integer", (c) => c.notNull())
    // 0 or 1: the same integer on both engines, where a boolean column would read differently.
    .addColumn("social", "integer", (c) => c.notNull())
    .addColumn("first_step", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("own_activities_user").on("own_activities").column(owner).execute();

  // Built-in and own activities alike can be hidden, so hiding is its own table of ids.
  await db.schema
    .createTable("hidden_activities")
    .addColumn(owner, "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("activity_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("hidden_activities_pk", [owner, "activity_id"])
    .execute();

  await db.schema
    .createTable("people")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(owner, "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("relationship", "text", (c) => c.notNull())
    .addColumn("contact_preference", "text", (c) => c.notNull())
    .addColumn("wanted_every_days", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("people_user").on("people").column(owner).execute();

  await db.schema
    .createTable("planned_activities")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(owner, "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // No foreign key: a built-in activity has no row. The routes check it is the person's.
    .addColumn("activity_id", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("time", "text")
    .addColumn("predicted_enjoyment", "integer", (c) => c.notNull())
    .addColumn("person_id", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("actual_enjoyment", "integer")
    .addColumn("achievement", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("planned_activities_user_date")
    .on("planned_activities")
    .columns([owner, "date"])
    .execute();

  await db.schema
    .createTable("routine_targets")
    .addColumn(owner, "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("anchor", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("routine_targets_pk", [owner, "anchor"])
    .execute();

  await db.schema
    .createTable("routine_ticks")
    .addColumn(owner, "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("anchor", "text", (c) => c.notNull())
    .addColumn("time", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("routine_ticks_pk", [owner, "date", "anchor"])
    .execute();

  // One live feed per person; only the token's SHA-256 is kept, so the database alone cannot
  // be used to read anyone's plan. Revoking deletes the row.
  await db.schema
    .createTable("calendar_feeds")
    .addColumn(owner, "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}
