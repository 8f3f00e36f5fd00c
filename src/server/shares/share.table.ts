import type { Selectable } from "kysely";

export interface ShareTable {
  id: string;
  user_id: string;
  /** SHA-256 of the link's token (base64url); the token itself is never stored. */
  token_hash: string;
  energy: string;
  contact: string;
  message: string | null;
  /** Who the link is for, in the maker's words; null when they gave none. */
  label: string | null;
  /** 0 or 1. */
  show_steps: number;
  created_at: string;
  updated_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export type ShareRow = Selectable<ShareTable>;
