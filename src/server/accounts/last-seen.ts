import type { Kysely } from "kysely";
import type { Database } from "../db/database.js";

/**
 * Notes when someone was last here, for the people list. Called only where a session is started
 * or renewed (at most once an hour), so reading stays free of writes.
 */
export async function noteLastSeen(
  db: Kysely<Database>,
  userId: string,
  at: string,
): Promise<void> {
  await db.updateTable("users").set({ last_seen_at: at }).where("id", "=", userId).execute();
}
