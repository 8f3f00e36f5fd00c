import type { FastifyInstance } from "fastify";
import {
  deleteAccountSchema,
  type Me,
  newAccountSchema,
} from "../../core/accounts/account.schema.js";
import { passwordProblem, passwordProblemMessages } from "../../core/accounts/password-policy.js";
import type { AppContext } from "../app-context.js";
import { AppError, sessionEnded } from "../errors/app-error.js";
import { parse } from "../http/parse.js";
import { DEVICE_COOKIE } from "../sessions/known-device.js";
import { currentUser } from "../sessions/session-guard.js";
import { startSession } from "../sessions/sign-in.js";
import {
  claimSignInTry,
  forgetSignInFailuresOf,
  signInAttempt,
  withdrawSignInTry,
} from "../sessions/sign-in-throttle.js";
import { hashPassword, verifyPassword } from "./password-hash.js";
import { countUsers, deleteUser, findUserById, insertUser } from "./user.repository.js";

const ownerExists = () =>
  new AppError(
    409,
    "owner-exists",
    "This Reconnect already has an account. Please sign in instead.",
  );

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = "code" in error ? String(error.code) : "";
  return code === "23505" || code.startsWith("SQLITE_CONSTRAINT");
}

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/setup", async () => ({ needsOwner: (await countUsers(ctx.store.db)) === 0 }));

  app.post("/api/setup", async (request, reply) => {
    const { username, password } = parse(newAccountSchema, request.body);
    const problem = passwordProblem(password);
    if (problem) {
      throw new AppError(400, "weak-password", "Please choose a stronger password.", {
        password: passwordProblemMessages[problem],
      });
    }
    if ((await countUsers(ctx.store.db)) > 0) throw ownerExists();
    const id = ctx.newId();
    try {
      // The unique index on the owner role settles a race between two first visitors.
      await insertUser(ctx.store.db, {
        id,
        username,
        password_hash: await hashPassword(password),
        role: "owner",
        created_at: ctx.now().toISOString(),
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ownerExists();
      throw error;
    }
    // The owner's own account, just made: nobody else may pause or erase it (admin-guard.ts).
    await startSession(ctx, request, reply, id);
    return reply.status(201).send({ id, username, role: "owner" } satisfies Me);
  });

  app.get("/api/me", async (request) => {
    const { id, username, role } = currentUser(request);
    return { id, username, role } satisfies Me;
  });

  app.delete("/api/me", async (request, reply) => {
    const { password } = parse(deleteAccountSchema, request.body);
    const user = currentUser(request);
    // The same limit as signing in, so a borrowed session cannot be used to guess the password,
    // and the same allowance: guessing elsewhere never blocks the person's own browser.
    // Counted as a failure before the password is checked (see claimSignInTry).
    const signInTry = await claimSignInTry(
      ctx,
      await signInAttempt(ctx, request, user, user.username),
    );
    const row = await findUserById(ctx.store.db, user.id);
    // Erased since this request was let in: not a wrong password, and nothing left to erase.
    if (!row) {
      await withdrawSignInTry(ctx, signInTry);
      throw sessionEnded();
    }
    if (!(await verifyPassword(row.password_hash, password))) {
      throw new AppError(
        403,
        "wrong-password",
        "That password is not right, so nothing was deleted.",
        {
          password: "does not match",
        },
      );
    }
    // The right password: the try counted against this place is taken back, as on sign-in.
    await withdrawSignInTry(ctx, signInTry);
    // Erased meanwhile (the same request sent twice, or an admin): this session ended with it,
    // as the next request would find, and the erasure that removed it answered 204.
    if (!(await deleteUser(ctx.store.db, user.id))) throw sessionEnded();
    // Failed sign-ins belong to no row of the account, so they are removed by its id and name.
    await forgetSignInFailuresOf(ctx, user);
    await ctx.store.flushErased();
    return reply
      .status(204)
      .clearCookie("reconnect_session", { path: "/" })
      .clearCookie(DEVICE_COOKIE, { path: "/api" })
      .send();
  });
}
