import type { Kysely } from "kysely";

// Forward-only, like every migration: a change to these tables is a new file.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("assessments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("instrument", "text", (c) => c.notNull())
    // The answers in item order as a JSON list: always read and written whole, never queried.
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("difficulty", "integer")
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("band", "text", (c) => c.notNull())
    // 0 or 1 rather than a boolean type, so both engines store and compare it the same way.
    .addColumn("self_harm", "integer", (c) => c.notNull())
    .addColumn("taken_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("assessments_user_time")
    .on("assessments")
    .columns(["user_id", "taken_at"])
    .execute();

  await db.schema
    .createTable("safety_plans")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    // The seven Stanley–Brown steps as one JSON object: the plan is read and saved as a whole.
    .addColumn("plan", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}
