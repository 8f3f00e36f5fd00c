import { type Kysely, PostgresAdapter } from "kysely";
import type { Database } from "../db/database.js";
import { preparedQuery } from "../db/prepared-query.js";

/**
 * Locks the person's account row until the transaction ends: the first thing every write of a
 * person's check-ins does on PostgreSQL (a save, a removal, an import), so two writers always take
 * their locks in the same order and never wait for each other in a circle. Without it a save
 * locked the day and then, through the check-ins counter's trigger (migration 0012), the person,
 * while an import or a removal could hold them the other way round: a deadlock error for one.
 * `for no key update`, the lock the counter's update takes anyway, so rows of other tables that
 * point at the person are still written meanwhile. SQLite has one writer at a time already.
 */
export async function lockPerson(db: Kysely<Database>, userId: string): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await lockPersonQuery(db, userId);
}

const lockPersonQuery = preparedQuery(1, (db, userId) =>
  db.selectFrom("users").select("id").where("id", "=", userId).forNoKeyUpdate(),
);
