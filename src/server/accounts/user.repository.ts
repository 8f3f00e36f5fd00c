import type { Kysely } from "kysely";
import type { Me } from "../../core/accounts/account.schema.js";
import type { Database } from "../db/database.js";
import { revokeResetsFor } from "../invitations/invitation.repository.js";
import { foldName } from "../sessions/sign-in-throttle.js";
import { lockPerson } from "./person-lock.js";
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

/** A new account's row as routes give it: the folded name is derived here, never passed in. */
export type NewUser = Omit<NewUserRow, "username_folded" | "username_fold_duplicate">;

/** Writes the name's fold beside it, so a racing name that folds alike fails on the index. */
export async function insertUser(db: Kysely<Database>, user: NewUser): Promise<void> {
  await db
    .insertInto("users")
    .values({ ...user, username_folded: foldName(user.username) })
    .execute();
}

/**
 * The account a typed name signs in to: the one whose stored fold (`foldName`, migrations 0017
 * and 0018) is the name's, found by that index alone, so both engines answer alike. When old
 * names share the fold (made before it was this wide; numbered by the migrations), the one spelt
 * exactly as typed, else the only one differing from it by lower case alone; otherwise no one.
 */
export async function findUserByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<UserRow | undefined> {
  const matches = await db
    .selectFrom("users")
    .selectAll()
    .where("username_folded", "=", foldName(username))
    .execute();
  if (matches.length <= 1) return matches[0];
  const exact = matches.find((row) => row.username === username);
  if (exact !== undefined) return exact;
  const lower = username.toLowerCase();
  const cased = matches.filter((row) => row.username.toLowerCase() === lower);
  return cased.length === 1 ? cased[0] : undefined;
}

export async function findUserById(
  db: Kysely<Database>,
  userId: string,
): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
}

/**
 * Removes the account; every row that belongs to it goes with it through ON DELETE CASCADE.
 * Whether this call removed it: of two erasures at the same moment, both may have found the
 * account before either removed it, and only the one that did may answer that it did.
 */
export async function deleteUser(db: Kysely<Database>, userId: string): Promise<boolean> {
  const result = await db.deleteFrom("users").where("id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Whether the account's password is still the one a request checked a password against, the
 * account locked until the transaction ends (accounts/person-lock.ts): for a write that acts on
 * that check (the password changed; startSession reads it the same way), run in `store.write`. Checking a password
 * takes a while (argon2id), and a change of password meanwhile ends every session of the old one:
 * a sign-in with the old password still being checked then started a session that survived it.
 */
export async function passwordUnchanged(
  db: Kysely<Database>,
  userId: string,
  checkedHash: string,
): Promise<boolean> {
  await lockPerson(db, userId);
  const row = await db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", userId)
    .executeTakeFirst();
  return row?.password_hash === checkedHash;
}

/**
 * Puts a new hash of the same password in place of `checkedHash` (renewPasswordHash), in one
 * statement that writes only while the stored hash is still the one checked: a compare-and-swap
 * that needs no lock taken before it on either engine. A password changed since the check, or a
 * renewal by another sign-in at the same moment, leaves the row as it is. Whether it wrote.
 */
export async function swapPasswordHash(
  db: Kysely<Database>,
  userId: string,
  checkedHash: string,
  renewedHash: string,
): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ password_hash: renewedHash })
    .where("id", "=", userId)
    .where("password_hash", "=", checkedHash)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Every change of password goes through here, and ends the account's reset links still open, in
 * the caller's transaction (call it inside one): a link made before the change would
 * otherwise still set a password after the person, or the owner at the terminal, chose one.
 */
export async function setPasswordHash(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
  now: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ password_hash: passwordHash })
    .where("id", "=", userId)
    .execute();
  await revokeResetsFor(db, userId, now);
}
