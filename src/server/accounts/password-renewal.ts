import type { AppContext } from "../app-context.js";
import { hashPassword } from "./password-hash.js";
import { passwordUnchanged } from "./user.repository.js";

/**
 * Keeps a password that matched only as typed (a hash made before passwords were kept in one
 * form: see checkPassword) in the one form from now on, so the old form's fallback is needed at
 * most once per account, and the other keyboard's form opens it from then on too. The password
 * itself does not change: the account's reset links and sessions stay as they are.
 *
 * Answers the hash the account now holds, for the session to start against (startSession). When
 * the password was changed meanwhile, nothing is written and the hash checked comes back, which
 * is then no longer the account's, so no session starts on a password already replaced.
 */
export async function renewPasswordHash(
  ctx: AppContext,
  userId: string,
  checkedHash: string,
  password: string,
): Promise<string> {
  const renewed = await hashPassword(password);
  const kept = await ctx.store.write(async (trx) => {
    if (!(await passwordUnchanged(trx, userId, checkedHash))) return false;
    await trx
      .updateTable("users")
      .set({ password_hash: renewed })
      .where("id", "=", userId)
      .execute();
    return true;
  });
  return kept ? renewed : checkedHash;
}
