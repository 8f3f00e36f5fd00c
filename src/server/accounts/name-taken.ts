import type { Kysely } from "kysely";
import type { Database } from "../db/database.js";
import { foldName } from "../sessions/sign-in-throttle.js";
import { allUsernames } from "./account-admin.repository.js";

/**
 * Whether a new name would be confused with one in use: the same once case and Unicode form are
 * folded as sign-in counts them ("ÉMILE", "émile", "ｅｍｉｌｅ"), which is wider than the
 * database's own unique index on SQLite (A–Z only). A server has a few hundred names at most.
 */
export async function nameTaken(db: Kysely<Database>, username: string): Promise<boolean> {
  const wanted = foldName(username);
  return (await allUsernames(db)).some((name) => foldName(name) === wanted);
}
