import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { AppContext } from "../app-context.js";
import type { Database } from "../db/database.js";
import { clientOf } from "../http/forwarded.js";
import { hashToken, newSessionToken } from "./session-token.js";

export const DEVICE_COOKIE = "reconnect_device";
export const DEVICE_DAYS = 365;

/** The hash of the browser's device token, if it carries one that is known for this account. */
export async function knownDeviceOf(
  db: Kysely<Database>,
  request: FastifyRequest,
  userId: string,
): Promise<string | undefined> {
  const token = request.cookies[DEVICE_COOKIE];
  if (!token) return undefined;
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom("known_devices")
    .select("token_hash")
    .where("token_hash", "=", tokenHash)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.token_hash;
}

/**
 * After a correct password: remembers this browser for the account, so someone guessing from
 * anywhere else can never lock it out. A browser already known for the account keeps its token.
 */
export async function rememberDevice(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<void> {
  if (await knownDeviceOf(ctx.store.db, request, userId)) return;
  const token = newSessionToken();
  const now = ctx.now();
  await ctx.store.db
    .insertInto("known_devices")
    .values({ token_hash: hashToken(token), user_id: userId, created_at: now.toISOString() })
    .execute();
  reply.setCookie(DEVICE_COOKIE, token, {
    // Sent only where a password is checked: signing in and erasing the account.
    path: "/api",
    httpOnly: true,
    sameSite: "strict",
    secure: clientOf(request).protocol === "https",
    expires: new Date(now.getTime() + DEVICE_DAYS * 86_400_000),
  });
}

/** At start: devices remembered more than a year ago, whose cookie has run out, are forgotten. */
export async function forgetOldDevices(db: Kysely<Database>, now: Date): Promise<void> {
  const before = new Date(now.getTime() - DEVICE_DAYS * 86_400_000).toISOString();
  await db.deleteFrom("known_devices").where("created_at", "<=", before).execute();
}
