import type { Kysely } from "kysely";
import type { Role } from "../../core/accounts/account.schema.js";
import type { AccountSummary } from "../../core/accounts/account-admin.schema.js";
import type { Database } from "../db/database.js";

/** Every account, oldest first, with nothing of what the people wrote. */
export async function listAccounts(db: Kysely<Database>): Promise<AccountSummary[]> {
  const rows = await db
    .selectFrom("users")
    .select(["id", "username", "role", "created_at", "last_seen_at", "disabled_at"])
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    role: row.role,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    disabled: row.disabled_at !== null,
  }));
}

export async function setDisabled(
  db: Kysely<Database>,
  userId: string,
  disabledAt: string | null,
): Promise<void> {
  await db.updateTable("users").set({ disabled_at: disabledAt }).where("id", "=", userId).execute();
}

export async function setRole(db: Kysely<Database>, userId: string, role: Role): Promise<void> {
  await db.updateTable("users").set({ role }).where("id", "=", userId).execute();
}

/** Ends every session of the account at once, on every server process, since all read these rows. */
export async function endSessionsOf(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
