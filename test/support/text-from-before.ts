import type { Kysely } from "kysely";
import type { Database } from "../../src/server/db/database.js";

/**
 * What the routes saved for text that shows nothing (a zero-width space, a lone accent), written
 * straight into an account seeded with `seedEverything`, as the routes wrote it: until 2026-12-05
 * a thought and its feeling's name, a person's name and every check-in connection's name; until
 * 2026-12-06 an own activity's title and first step, a safety plan's line and how someone in the
 * circle is known. The routes refuse or clear such text now; an account from before must still
 * be read, reported and exported.
 */
export async function plantTextFromBefore(db: Kysely<Database>, userId: string): Promise<void> {
  await db
    .updateTable("thought_records")
    .set({ thought: "\u200b", feelings: JSON.stringify([{ name: "\u0301", before: 50 }]) })
    .where("user_id", "=", userId)
    .execute();
  await db
    .updateTable("people")
    .set({ name: "\u200b", relationship: "\u200b" })
    .where("user_id", "=", userId)
    .execute();
  await db
    .updateTable("own_activities")
    .set({ title: "\u0301", first_step: "\u200b" })
    .where("user_id", "=", userId)
    .execute();
  for (const row of await db
    .selectFrom("safety_plans")
    .select("plan")
    .where("user_id", "=", userId)
    .execute()) {
    await db
      .updateTable("safety_plans")
      .set({ plan: JSON.stringify({ ...JSON.parse(row.plan), warningSigns: ["\u200b"] }) })
      .where("user_id", "=", userId)
      .execute();
  }
  for (const row of await db
    .selectFrom("checkins")
    .select(["date", "doc"])
    .where("user_id", "=", userId)
    .execute()) {
    const checkin = JSON.parse(row.doc);
    checkin.connections = checkin.connections.map((one: object) => ({ ...one, name: "\u200b" }));
    await db
      .updateTable("checkins")
      .set({ doc: JSON.stringify(checkin) })
      .where("user_id", "=", userId)
      .where("date", "=", row.date)
      .execute();
  }
}
