import type { FastifyInstance } from "fastify";
import { credentialsSchema, type SessionState } from "../../core/accounts/account.schema.js";
import { recordAccess } from "../access-log/access-log.js";
import { accountPaused } from "../accounts/account-paused.js";
import {
  checkPassword,
  type PasswordCheck,
  verifyAgainstDecoy,
} from "../accounts/password-hash.js";
import { renewPasswordHash } from "../accounts/password-renewal.js";
import { countUsers, findUserById, findUserByUsername, toMe } from "../accounts/user.repository.js";
import type { AppContext } from "../app-context.js";
import { AppError, sessionEnded } from "../errors/app-error.js";
import { parse } from "../http/parse.js";
import { deleteSession } from "./session.repository.js";
import { clearSessionCookie, sessionTokens } from "./session-cookie.js";
import { currentUser, optionalUser } from "./session-guard.js";
import { hashToken } from "./session-token.js";
import { startSession } from "./sign-in.js";
import {
  claimSignInTry,
  recordSignInSuccess,
  signInAttempt,
  withdrawSignInTry,
} from "./sign-in-throttle.js";

export function sessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Answers 200 whether or not anyone is signed in, so a first visit raises no error.
  app.get("/api/session", async (request, reply) => {
    const user = await optionalUser(ctx, request, reply);
    // A cookie for a session that has ended or was signed out elsewhere is of no more use. Only
    // when it is the one cookie sent: beside another, it may be one of two people's live sessions,
    // and clearing this app's own would leave the browser sending only the other person's.
    if (!user && sessionTokens(request).length === 1) clearSessionCookie(request, reply);
    const needsOwner = user ? false : (await countUsers(ctx.store.db)) === 0;
    return { user: user ? toMe(user) : null, needsOwner } satisfies SessionState;
  });

  app.post("/api/session", async (request, reply) => {
    const { username, password } = parse(credentialsSchema, request.body);
    const user = await findUserByUsername(ctx.store.db, username);
    // Counted as a failure before the password is checked (see claimSignInTry).
    const signInTry = await claimSignInTry(ctx, await signInAttempt(ctx, request, user, username));
    const check: PasswordCheck = user
      ? await checkPassword(user.password_hash, password)
      : await verifyAgainstDecoy(password).then(() => "no" as const);
    if (!user || check === "no") {
      // On the person's own log when the name is theirs, so they can see someone tried.
      if (user) await recordAccess(ctx, request, user.id, "sign-in-failed");
      // One message for both cases, so nobody can learn which usernames exist.
      throw wrongCredentials();
    }
    // The right password on a paused account is the person, not a guess: the try is let go, so
    // trying again while they wait to be let back in is told of the pause, never to wait.
    const paused = async () => {
      await recordSignInSuccess(ctx, signInTry);
      return accountPaused();
    };
    // Said only after the right password, so the pause reveals nothing to someone guessing.
    if (user.disabled_at !== null) throw await paused();
    // The hash checked may be replaced while it is checked or renewed (argon2id takes a while):
    // by another sign-in's renewal of this same password, which must not cost this one the right
    // password, or by a new password, which must. So the password is checked again against what
    // the account holds now, a few times at most (each time is another sign-in or change of it).
    try {
      let row = user;
      let checked: PasswordCheck = check;
      for (let tries = 1; ; tries++) {
        const hash =
          checked === "as-typed"
            ? await renewPasswordHash(ctx, row.id, row.password_hash, password)
            : row.password_hash;
        if (hash !== undefined) {
          const start = await startSession(ctx, request, reply, row.id, hash);
          if (start === "started") {
            // The try stops counting as a failure only now: a password replaced while it was
            // checked is refused, and that refusal counts, as a wrong password's does, so an old
            // password cannot be tried without limit.
            await recordSignInSuccess(ctx, signInTry);
            return reply.status(200).send(toMe(row));
          }
          // Paused while the password was checked: told as a pause found before it would be.
          if (start === "paused") throw await paused();
        }
        const now = tries < SIGN_IN_CHECKS ? await findUserById(ctx.store.db, user.id) : undefined;
        if (!now) throw wrongCredentials();
        row = now;
        checked = await checkPassword(row.password_hash, password);
        if (checked === "no") throw wrongCredentials();
        // As above: a pause is said only to the right password.
        if (row.disabled_at !== null) throw await paused();
      }
    } catch (error) {
      // The server failing after the right password (a database busy past its wait) is no
      // guess: the try is taken back, so a few hiccups never close the person's own way in. A
      // refusal (AppError) stays as said above. Should taking it back fail too, the first
      // failure is the one worth answering.
      if (!(error instanceof AppError)) await withdrawSignInTry(ctx, signInTry).catch(() => {});
      throw error;
    }
  });

  app.delete("/api/session", async (request, reply) => {
    const user = currentUser(request);
    // Decided by the delete itself, not by the guard's lookup before it: of two sign-outs of one
    // session at once, both may pass the guard, and only the one that ends it answers 204. The
    // other is answered as a sign-out after it would be, on either engine.
    if (!(await deleteSession(ctx.store.db, user.tokenHash))) throw sessionEnded();
    // A cookie left from before beside this one may name another of the person's sessions (the
    // guard took the request as theirs only if no live one was someone else's): signing out
    // ends it too, so nobody is still signed in on this browser after signing out.
    for (const token of sessionTokens(request)) {
      const tokenHash = hashToken(token);
      if (tokenHash !== user.tokenHash) await deleteSession(ctx.store.db, tokenHash);
    }
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });
}

/** How many times one sign-in checks its password, the first included (see the loop above). */
const SIGN_IN_CHECKS = 3;

const wrongCredentials = () =>
  new AppError(401, "wrong-credentials", "That username and password don't match.");
