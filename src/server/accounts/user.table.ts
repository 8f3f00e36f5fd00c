import type { Insertable, Selectable } from "kysely";

export interface UserTable {
  id: string;
  username: string;
  password_hash: string;
  role: "owner" | "member";
  created_at: string;
}

export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
