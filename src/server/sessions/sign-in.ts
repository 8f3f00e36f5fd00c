import type { FastifyReply, FastifyRequest } from "fastify";
import { recordAccess } from "../access-log/access-log.js";
import { noteLastSeen } from "../accounts/last-seen.js";
import { passwordUnchanged } from "../accounts/user.repository.js";
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
   * The password hash the sign-in checked the password against: the session starts only while
   * it is still the account's (passwordUnchanged), else nothing starts and this returns false.
   */
  checkedHash?: string,
): Promise<boolean> {
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
  if (checkedHash === undefined) await insertSession(ctx.store.db, session);
  else {
    const started = await ctx.store.write(async (trx) => {
      if (!(await passwordUnchanged(trx, userId, checkedHash))) return false;
      await insertSession(trx, session);
      return true;
    });
    if (!started) return false;
  }
  setSessionCookie(request, reply, token, expiresAt);
  await noteLastSeen(ctx.store.db, userId, now.toISOString());
  await rememberDevice(ctx, request, reply, userId);
  await recordAccess(ctx, request, userId, "sign-in");
  return true;
}
