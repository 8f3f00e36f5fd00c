import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import {
  ACCESS_LOG_DAYS,
  type AccessEntry,
  type AccessEvent,
  accessEntrySchema,
  browserName,
  REPEATED_OPEN_MINUTES,
} from "../../core/access-log/access-log.schema.js";
import type { AppContext } from "../app-context.js";
import type { Database } from "../db/database.js";
import { clientOf } from "../http/forwarded.js";

/**
 * Notes one event on the person's own access log: when, what, which browser and address. Never
 * a token, a password or a note: nothing from the request but those two. Entries older than
 * 180 days are removed as new ones come. `db` is the caller's transaction when there is one;
 * otherwise it is written through `store.write`, as every other write: on SQLite it then waits
 * for another process's write lock without holding up this one (db/sqlite-dialect.ts), and is
 * a 503 to retry once that wait runs out. Written on its own, it waited in SQLite's busy
 * timeout, and nobody else's request was answered meanwhile.
 */
export async function recordAccess(
  ctx: AppContext,
  request: FastifyRequest,
  userId: string,
  event: AccessEvent,
  db?: Kysely<Database>,
): Promise<void> {
  const now = ctx.now();
  const entry = {
    id: ctx.newId(),
    user_id: userId,
    at: now.toISOString(),
    event,
    browser: browserName(request.headers["user-agent"]),
    address: clientOf(request).ip,
  };
  const oldest = new Date(now.getTime() - ACCESS_LOG_DAYS * 86_400_000).toISOString();
  const write = async (into: Kysely<Database>) => {
    await into.insertInto("access_log").values(entry).execute();
    await into
      .deleteFrom("access_log")
      .where("user_id", "=", userId)
      .where("at", "<", oldest)
      .execute();
  };
  if (db) await write(db);
  else await ctx.store.write(write);
}

/**
 * Notes an open of the person's share card or calendar feed by another device, unless the same
 * address already opened it within the hour.
 */
export async function recordOpen(
  ctx: AppContext,
  request: FastifyRequest,
  userId: string,
  event: "share-opened" | "calendar-fetched",
): Promise<void> {
  const since = new Date(ctx.now().getTime() - REPEATED_OPEN_MINUTES * 60_000).toISOString();
  const recent = await ctx.store.db
    .selectFrom("access_log")
    .select("id")
    .where("user_id", "=", userId)
    .where("event", "=", event)
    .where("address", "=", clientOf(request).ip)
    .where("at", ">=", since)
    .limit(1)
    .executeTakeFirst();
  if (!recent) await recordAccess(ctx, request, userId, event);
}

/** The person's log, newest first, within the 180 days it is kept. */
export async function readAccessLog(
  db: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<AccessEntry[]> {
  const oldest = new Date(now.getTime() - ACCESS_LOG_DAYS * 86_400_000).toISOString();
  const rows = await db
    .selectFrom("access_log")
    .select(["at", "event", "browser", "address"])
    .where("user_id", "=", userId)
    .where("at", ">=", oldest)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(500)
    .execute();
  return rows.map((row) => accessEntrySchema.parse(row));
}
