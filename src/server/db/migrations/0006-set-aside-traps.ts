import { type Kysely, sql } from "kysely";

// Forward-only, like every migration: a change to this table is a new file.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The suggested traps a person set aside as not fitting a thought, so a record reopened later
  // does not put them forward again. Records written before this have none.
  await db.schema
    .alterTable("thought_records")
    .addColumn("set_aside_traps", "text", (c) => c.notNull().defaultTo(sql`'[]'`))
    .execute();
}
