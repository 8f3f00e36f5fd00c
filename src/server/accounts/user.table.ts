import type { Generated, Insertable, Selectable } from "kysely";
import type { Role } from "../../core/accounts/account.schema.js";

export interface UserTable {
  id: string;
  username: string;
  password_hash: string;
  role: Role;
  created_at: string;
  /** Set while the owner or an admin has paused the account (migration 0009). */
  disabled_at: string | null;
  /** When a session was last started or renewed, to the hour (migration 0009). */
  last_seen_at: string | null;
  /** Moves with every change to the person's check-ins, by a trigger (migration 0012). */
  checkins_version: Generated<number>;
  /** `username` folded as sign-in folds it (`foldName`), for indexed lookups (migration 0017). */
  username_folded: string;
  /**
   * 0 for every account the app makes; 1, 2, … only for old accounts whose name folded like an
   * older one's when migration 0017 ran. Unique with `username_folded`.
   */
  username_fold_duplicate: Generated<number>;
}

export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
