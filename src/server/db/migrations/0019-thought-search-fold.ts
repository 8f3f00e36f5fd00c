import { type Kysely, sql } from "kysely";

/*
 * Forward-only, like every migration. A thought record keeps the form its words are searched in
 * (`search_text`). That form was lower case alone, which kept "İ" (lowered to "i" with a
 * combining dot), "ı", "i" and "I" apart, and "ς" from "σ", "ß" from "ss": a Turkish "KİM" found
 * no "kim". Every record's form is made again by the new rule, in batches so a long history never
 * holds all its words in memory at once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // migrate.ts runs every pending migration in one transaction on both engines; run on a bare
  // connection, it opens its own, so a stop half-way never leaves the forms half rewritten.
  if (db.isTransaction) return foldAgain(db);
  await db.transaction().execute(foldAgain);
}

/** The form as it stood when this migration was written (the app's `searchForm`). */
function searchFormAsIn0019(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/i\u0307+/g, "i")
    .replace(/ı/g, "i")
    .replace(/ς/g, "σ")
    .replace(/ß/g, "ss")
    .normalize("NFC");
}

const BATCH = 500;

async function foldAgain(db: Kysely<unknown>): Promise<void> {
  let after = "";
  for (;;) {
    const rows = await sql<{
      id: string;
      situation: string | null;
      thought: string;
      balanced_thought: string | null;
    }>`
      select id, situation, thought, balanced_thought from thought_records
      where id > ${after} order by id limit ${BATCH}`.execute(db);
    for (const row of rows.rows) {
      // Joined as the app joins them when it saves a record.
      const words = [row.situation ?? "", row.thought, row.balanced_thought ?? ""].join("\n");
      await sql`
        update thought_records set search_text = ${searchFormAsIn0019(words)}
        where id = ${row.id}`.execute(db);
    }
    const last = rows.rows.at(-1);
    if (last === undefined || rows.rows.length < BATCH) return;
    after = last.id;
  }
}
