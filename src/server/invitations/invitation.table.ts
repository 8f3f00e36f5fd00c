import type { Insertable, Selectable } from "kysely";
import type { InvitedRole } from "../../core/accounts/invitation.schema.js";

/** A one-time link: a new account (`role`) or a new password for `for_account`. */
export interface InvitationTable {
  id: string;
  token_hash: string;
  role: InvitedRole | null;
  for_account: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

export type InvitationRow = Selectable<InvitationTable>;
export type NewInvitationRow = Insertable<InvitationTable>;
