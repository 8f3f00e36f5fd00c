import type { Kysely } from "kysely";

// Forward-only: a released migration is never edited; a change is a new file.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("thought_records")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("situation", "text")
    .addColumn("thought", "text", (c) => c.notNull())
    // JSON text, not a JSON column type: the two engines read and write it the same way.
    .addColumn("feelings", "text", (c) => c.notNull())
    .addColumn("suggested_traps", "text", (c) => c.notNull())
    .addColumn("kept_traps", "text", (c) => c.notNull())
    .addColumn("evidence_for", "text")
    .addColumn("evidence_against", "text")
    .addColumn("balanced_thought", "text")
    // The searchable texts, lowercased by the app: SQLite's lower() folds only ASCII, so
    // folding in the database would make search differ between engines for other scripts.
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("thought_records_user_created")
    .on("thought_records")
    .columns(["user_id", "created_at"])
    .execute();
}
