import type { Kysely } from "kysely";

// Forward-only, like every migration: a change to this table is a new file.
export async function up(db: Kysely<unknown>): Promise<void> {
  // An optional "for whom" name for each link, seen only by the person who made it, so several
  // active links can be told apart. Links made before this have none.
  await db.schema.alterTable("shares").addColumn("label", "text").execute();
}
