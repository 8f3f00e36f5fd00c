import type { Kysely } from "kysely";
import type { InvitationCreated, InvitedRole } from "../../core/accounts/invitation.schema.js";
import type { AppContext } from "../app-context.js";
import type { Database } from "../db/database.js";
import { hashToken, newSessionToken } from "../sessions/session-token.js";
import { insertInvitation } from "./invitation.repository.js";
import type { InvitationRow } from "./invitation.table.js";

export const INVITATION_DAYS = 7;

/**
 * Makes a one-time link: 256 random bits in the address, only their hash kept, so the database
 * alone never lets anyone in. The token is in the answer once and nowhere else.
 */
export async function createInvitationLink(
  ctx: AppContext,
  link: { role: InvitedRole | null; forAccount: string | null; createdBy: string },
  /** The transaction to write it in, when it belongs with other writes; else the database. */
  db: Kysely<Database> = ctx.store.db,
): Promise<InvitationCreated> {
  const token = newSessionToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
  const id = ctx.newId();
  await insertInvitation(db, {
    id,
    token_hash: hashToken(token),
    role: link.role,
    for_account: link.forAccount,
    created_by: link.createdBy,
    created_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { id, url: `/join/${token}`, expiresAt };
}

/** Whether a link can no longer be used: used, revoked, or past its expiry. */
export function isClosed(invitation: InvitationRow, now: Date): boolean {
  return (
    invitation.used_at !== null ||
    invitation.revoked_at !== null ||
    Date.parse(invitation.expires_at) <= now.getTime()
  );
}
