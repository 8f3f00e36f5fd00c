import type { Kysely } from "kysely";
import type { Database } from "../db/database.js";

export async function recordSignInFailures(
  db: Kysely<Database>,
  failures: { id: string; key: string; failedAt: string }[],
): Promise<void> {
  if (failures.length === 0) return;
  await db
    .insertInto("sign_in_failures")
    .values(failures.map((f) => ({ id: f.id, key: f.key, failed_at: f.failedAt })))
    .execute();
}

/** Failure times for any of the keys since `since`, oldest first. */
export async function recentSignInFailures(
  db: Kysely<Database>,
  keys: string[],
  since: string,
): Promise<{ key: string; failedAt: string }[]> {
  const rows = await db
    .selectFrom("sign_in_failures")
    .select(["key", "failed_at"])
    .where("key", "in", keys)
    .where("failed_at", ">", since)
    .orderBy("failed_at")
    .execute();
  return rows.map((r) => ({ key: r.key, failedAt: r.failed_at }));
}

export async function clearSignInFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("key", "=", key).execute();
}

export async function pruneSignInFailures(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("failed_at", "<=", before).execute();
}

/** Every failure counted against these account keys, alone or paired with a place. */
export async function deleteSignInFailuresOf(
  db: Kysely<Database>,
  accounts: string[],
): Promise<void> {
  await db
    .deleteFrom("sign_in_failures")
    .where((eb) =>
      eb.or([
        eb("key", "in", accounts),
        ...accounts.map((account) => eb("key", "like", `pair:${account}:%`)),
      ]),
    )
    .execute();
}
