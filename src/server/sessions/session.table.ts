import type { Selectable } from "kysely";

/** Only a hash of the token is kept, so a copy of the database cannot be used to sign in. */
export interface SessionTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export type SessionRow = Selectable<SessionTable>;
