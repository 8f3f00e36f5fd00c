import { type Kysely, sql } from "kysely";
import type { Me } from "../../core/accounts/account.schema.js";
import type { Database } from "../db/database.js";
import { foldName } from "../sessions/sign-in-throttle.js";
import { allUsernames } from "./account-admin.repository.js";
import type { NewUserRow, UserRow } from "./user.table.js";

export function toMe(row: Pick<UserRow, "id" | "username" | "role">): Me {
  return { id: row.id, username: row.username, role: row.role };
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(db: Kysely<Database>, user: NewUserRow): Promise<void> {
  await db.insertInto("users").values(user).execute();
}

export async function findUserByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<UserRow | undefined> {
  const exact = await db
    .selectFrom("users")
    .selectAll()
    // The database folds case on both sides, as the unique index does: JavaScript's folding can
    // differ from SQLite's (which folds only A–Z), and a mismatch would lock a person out.
    .where(sql<string>`lower(username)`, "=", sql<string>`lower(${username})`)
    .executeTakeFirst();
  if (exact !== undefined) return exact;
  // SQLite's lower() leaves É as it is, so "émile" found "Émile" on PostgreSQL only. Looked for
  // again as a new name is judged taken (name-taken.ts: case and Unicode form folded alike), and
  // only when that fold names exactly one account: two old names that fold alike stay apart.
  const wanted = foldName(username);
  const matches = (await allUsernames(db)).filter((name) => foldName(name) === wanted);
  const [only] = matches;
  if (matches.length !== 1 || only === undefined) return undefined;
  return db.selectFrom("users").selectAll().where("username", "=", only).executeTakeFirst();
}

export async function findUserById(
  db: Kysely<Database>,
  userId: string,
): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
}

/** Removes the account; every row that belongs to it goes with it through ON DELETE CASCADE. */
export async function deleteUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom("users").where("id", "=", userId).execute();
}

export async function setPasswordHash(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ password_hash: passwordHash })
    .where("id", "=", userId)
    .execute();
}
