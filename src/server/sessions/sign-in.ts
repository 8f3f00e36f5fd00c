import type { FastifyReply, FastifyRequest } from "fastify";
import { recordAccess } from "../access-log/access-log.js";
import { noteLastSeen } from "../accounts/last-seen.js";
import { lockPerson } from "../accounts/person-lock.js";
import type { AppContext } from "../app-context.js";
import { rememberDevice } from "./known-device.js";
import { deleteSession, insertSession } from "./session.repository.js";
import { SESSION_MS, sessionTokens, setSessionCookie } from "./session-cookie.js";
import { hashToken, newSessionToken } from "./session-token.js";

/**
 * Starts a new session for the user (who has just given their password) and hands the browser
 * its cookie, remembering the browser as one of theirs. A session the browser's cookies still
 * name (this person's or someone else's) ends here: its cookie is being replaced, and on a
 * shared device a session nobody can see must not stay alive. Every session started is a sign-in
 * on the person's access log, wherever it starts (signing in, setting up the server, joining by
 * an invitation, a new password from a reset link), so "Recent activity" misses none of them.
 */
export async function startSession(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  /**
   * The password hash the sign-in checked the password against (or the one it just set): the
   * session starts only while it is still the account's, else nothing starts.
   */
  checkedHash?: string,
): Promise<SessionStart> {
  // Every one the browser's cookies name: a cookie left from before (another path or domain)
  // is sent beside the new one, and must name no session then, or the browser stays two
  // people's, which answers as signed out (session-guard.ts).
  for (const replaced of sessionTokens(request)) {
    await deleteSession(ctx.store.db, hashToken(replaced));
  }
  const token = newSessionToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + SESSION_MS);
  const session = {
    tokenHash: hashToken(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  };
  // Decided with the account locked (person-lock.ts), in the write that makes the session: the
  // password was checked, or set, a while ago (argon2id takes a while), and a pause or a new
  // password meanwhile ended the account's sessions in a transaction of its own. A session made
  // after that would outlive it (a paused account's is never let in, but it would still be there,
  // and the request would have been told it was signed in).
  const start = await ctx.store.write(async (trx): Promise<SessionStart> => {
    await lockPerson(trx, userId);
    const account = await trx
      .selectFrom("users")
      .select(["password_hash", "disabled_at"])
      .where("id", "=", userId)
      .executeTakeFirst();
    if (!account || (checkedHash !== undefined && account.password_hash !== checkedHash)) {
      return "password-changed";
    }
    if (account.disabled_at !== null) return "paused";
    await insertSession(trx, session);
    return "started";
  });
  if (start !== "started") return start;
  setSessionCookie(request, reply, token, expiresAt);
  await noteLastSeen(ctx.store.db, userId, now.toISOString());
  await rememberDevice(ctx, request, reply, userId);
  await recordAccess(ctx, request, userId, "sign-in");
  return "started";
}

/**
 * Whether startSession started one: not for an account paused since it was read, nor for a
 * password no longer the account's (changed since it was checked, or the account erased).
 */
export type SessionStart = "started" | "paused" | "password-changed";
