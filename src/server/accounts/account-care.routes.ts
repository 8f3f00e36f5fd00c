import type { FastifyInstance } from "fastify";
import { changePasswordSchema } from "../../core/accounts/account.schema.js";
import { passwordProblem, passwordProblemMessages } from "../../core/accounts/password-policy.js";
import { recordAccess } from "../access-log/access-log.js";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";
import { parse } from "../http/parse.js";
import { deleteSessionsOf } from "../sessions/session.repository.js";
import { clearSessionCookie } from "../sessions/session-cookie.js";
import { currentUser } from "../sessions/session-guard.js";
import { claimSignInTry, signInAttempt, withdrawSignInTry } from "../sessions/sign-in-throttle.js";
import { hashPassword, verifyPassword } from "./password-hash.js";
import { findUserById, passwordUnchanged, setPasswordHash } from "./user.repository.js";

/** Looking after the account itself: a new password, and ending every session at once. */
export function accountCareRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.put("/api/me/password", async (request, reply) => {
    const { currentPassword, newPassword } = parse(changePasswordSchema, request.body);
    const problem = passwordProblem(newPassword);
    if (problem) {
      throw new AppError(400, "weak-password", "Please choose a stronger password.", {
        newPassword: passwordProblemMessages[problem],
      });
    }
    const user = currentUser(request);
    // The same limit as signing in, so a borrowed session cannot be used to guess the password.
    // Counted as a failure before the password is checked (see claimSignInTry).
    const signInTry = await claimSignInTry(
      ctx,
      await signInAttempt(ctx, request, user, user.username),
    );
    const row = await findUserById(ctx.store.db, user.id);
    if (!row || !(await verifyPassword(row.password_hash, currentPassword))) throw wrongPassword();
    // The right password: no failure after all (the place's earlier count stays, as before).
    await withdrawSignInTry(ctx, signInTry);
    const hash = await hashPassword(newPassword);
    // One transaction: a new password never lives beside sessions opened with the old one. Only
    // while the password checked is still the account's: of two changes at once, the second
    // was checked against a password the first has already replaced.
    const changed = await ctx.store.write(async (trx) => {
      if (!(await passwordUnchanged(trx, user.id, row.password_hash))) return false;
      await setPasswordHash(trx, user.id, hash, ctx.now().toISOString());
      await deleteSessionsOf(trx, user.id, user.tokenHash);
      await recordAccess(ctx, request, user.id, "password-changed", trx);
      return true;
    });
    if (!changed) throw wrongPassword();
    return reply.status(204).send();
  });

  // "Sign out everywhere": for a lost phone or a shared computer, this browser included.
  app.delete("/api/sessions", async (request, reply) => {
    const user = currentUser(request);
    await deleteSessionsOf(ctx.store.db, user.id);
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });
}

const wrongPassword = () =>
  new AppError(403, "wrong-password", "That is not your current password, so it was not changed.", {
    currentPassword: "does not match",
  });
