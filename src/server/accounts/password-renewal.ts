import type { AppContext } from "../app-context.js";
import { hashPassword } from "./password-hash.js";
import { swapPasswordHash } from "./user.repository.js";

/**
 * Keeps a password that matched only as typed (a hash made before passwords were kept in one
 * form: see checkPassword) in the one form from now on, so the old form's fallback is needed at
 * most once per account, and the other keyboard's form opens it from then on too. The password
 * itself does not change: the account's reset links and sessions stay as they are.
 *
 * Answers the hash the account now holds, for the session to start against (startSession), or
 * undefined when the stored hash is no longer the one checked: nothing is written then
 * (swapPasswordHash), so a password changed meanwhile is never put back. The caller checks the
 * password again against what the account holds now (another sign-in's renewal of the same
 * password opens it; a new password does not).
 */
export async function renewPasswordHash(
  ctx: AppContext,
  userId: string,
  checkedHash: string,
  password: string,
): Promise<string | undefined> {
  const renewed = await hashPassword(password);
  const swapped = await ctx.store.write((trx) =>
    swapPasswordHash(trx, userId, checkedHash, renewed),
  );
  return swapped ? renewed : undefined;
}
