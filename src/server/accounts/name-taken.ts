import type { Kysely } from "kysely";
import type { Database } from "../db/database.js";
import { foldName } from "../sessions/sign-in-throttle.js";

/**
 * Whether a new name would be confused with one in use: the same once case and Unicode form are
 * folded as sign-in counts them ("ÉMILE", "émile", "ｅｍｉｌｅ"), which is wider than the
 * database's own lower() on either engine. Read from the fold stored with each name (migration
 * 0017) by its index; that index also refuses the second of two such names made at once.
 */
export async function nameTaken(db: Kysely<Database>, username: string): Promise<boolean> {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("username_folded", "=", foldName(username))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
