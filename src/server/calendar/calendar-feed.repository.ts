import type { Kysely } from "kysely";
import type { Database } from "../db/database.js";

/** Starts a new feed, replacing (and so revoking) any earlier one in the same statement. */
export async function replaceCalendarFeed(
  db: Kysely<Database>,
  userId: string,
  tokenHash: string,
  createdAt: string,
): Promise<void> {
  await db
    .insertInto("calendar_feeds")
    .values({ user_id: userId, token_hash: tokenHash, created_at: createdAt })
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet({ token_hash: tokenHash, created_at: createdAt }),
    )
    .execute();
}

export async function deleteCalendarFeed(db: Kysely<Database>, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("calendar_feeds")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function getCalendarFeed(
  db: Kysely<Database>,
  userId: string,
): Promise<{ createdAt: string } | undefined> {
  const row = await db
    .selectFrom("calendar_feeds")
    .select("created_at")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? { createdAt: row.created_at } : undefined;
}

/**
 * Whose feed a token opens; undefined for a revoked or unknown one, and while its owner's account
 * is paused: the feed answers as an unknown one then, and serves again once the account is opened.
 */
export async function calendarFeedOwner(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("calendar_feeds")
    .innerJoin("users", "users.id", "calendar_feeds.user_id")
    .select("calendar_feeds.user_id")
    .where("calendar_feeds.token_hash", "=", tokenHash)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  return row?.user_id;
}
