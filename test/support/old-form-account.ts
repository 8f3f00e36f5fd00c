import argon2 from "argon2";
import type { Kysely } from "kysely";
import { insertUser } from "../../src/server/accounts/user.repository.js";
import type { Database } from "../../src/server/db/database.js";

/**
 * One password, as two keyboards may type it: "é" as one character (NFC, most keyboards) or as
 * "e" and a combining accent (NFD: some Vietnamese and Korean input methods, text copied from a
 * macOS file name). A person sees and types the same password either way.
 */
export const COMPOSED = "crème brûlée at dawn".normalize("NFC");
export const DECOMPOSED = COMPOSED.normalize("NFD");

/**
 * "old" (id `u-old`), an account as Reconnect kept it before passwords were made one form: the
 * hash of the characters exactly as they came (DECOMPOSED), so its first sign-in needs the old
 * form's fallback and renews the hash. Answers that hash.
 */
export async function insertOldAccount(
  db: Kysely<Database>,
  role: "owner" | "member" = "owner",
): Promise<string> {
  const asTyped = await argon2.hash(DECOMPOSED, { type: argon2.argon2id });
  await insertUser(db, {
    id: "u-old",
    username: "old",
    password_hash: asTyped,
    role,
    created_at: "2026-11-01T00:00:00.000Z",
  });
  return asTyped;
}
