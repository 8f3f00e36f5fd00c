import type { Kysely } from "kysely";
import type { OpenInvitation } from "../../core/accounts/invitation.schema.js";
import type { Database } from "../db/database.js";
import type { InvitationRow, NewInvitationRow } from "./invitation.table.js";

export async function insertInvitation(
  db: Kysely<Database>,
  invitation: NewInvitationRow,
): Promise<void> {
  await db.insertInto("invitations").values(invitation).execute();
}

export async function findInvitationByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export async function findInvitationById(
  db: Kysely<Database>,
  id: string,
): Promise<InvitationRow | undefined> {
  return db.selectFrom("invitations").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Links that can still be used at `now`, newest first, with the name a reset is for. */
export async function listOpenInvitations(
  db: Kysely<Database>,
  now: string,
): Promise<OpenInvitation[]> {
  const rows = await db
    .selectFrom("invitations")
    .leftJoin("users", "users.id", "invitations.for_account")
    .select([
      "invitations.id",
      "invitations.role",
      "invitations.for_account",
      "invitations.created_at",
      "invitations.expires_at",
      "users.username",
    ])
    .where("invitations.used_at", "is", null)
    .where("invitations.revoked_at", "is", null)
    .where("invitations.expires_at", ">", now)
    .orderBy("invitations.created_at", "desc")
    .orderBy("invitations.id", "desc")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.for_account === null ? "invitation" : "reset",
    role: row.role,
    username: row.username ?? null,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }));
}

/** Revokes a link not yet used nor revoked; whether this call was the one that revoked it. */
export async function revokeInvitation(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Marks a link used, only if it still can be: of two people racing with one link, exactly one
 * gets true. Run inside the transaction that makes the account, so a refusal undoes both.
 */
export async function claimInvitation(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes every reset link still open for an account: a new password or a newer link replaces them. */
export async function revokeResetsFor(
  db: Kysely<Database>,
  accountId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable("invitations")
    .set({ revoked_at: now })
    .where("for_account", "=", accountId)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .execute();
}
