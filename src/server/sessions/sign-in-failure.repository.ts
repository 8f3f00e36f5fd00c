import { type Kysely, PostgresAdapter, sql } from "kysely";
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

/** Removes the failure rows of one try by their ids. */
export async function deleteSignInFailures(db: Kysely<Database>, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom("sign_in_failures").where("id", "in", ids).execute();
}

/** Any number: it names the lock of the sign-in counts among the transaction locks of the database. */
const SIGN_IN_TURN = 7_314_020;

/**
 * Waits, inside a transaction, until no other transaction of any process is counting a sign-in
 * try, so two tries never both read the count before either is written. SQLite runs one write
 * at a time already; on PostgreSQL a transaction-level advisory lock, let go at commit.
 */
export async function takeSignInTurn(db: Kysely<Database>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select pg_advisory_xact_lock(${SIGN_IN_TURN})`.execute(db);
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
