import type { Kysely } from "kysely";
import { keptLabel, keptMessage, type ShareUpdate } from "../../core/shares/share.schema.js";
import type { Database } from "../db/database.js";
import type { ShareRow, ShareTable } from "./share.table.js";

export async function insertShare(db: Kysely<Database>, row: ShareTable): Promise<void> {
  await db.insertInto("shares").values(row).execute();
}

/** The person's cards, newest first. */
export async function listShares(db: Kysely<Database>, userId: string): Promise<ShareRow[]> {
  return db
    .selectFrom("shares")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export async function getShare(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<ShareRow | undefined> {
  return db
    .selectFrom("shares")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/**
 * Changes what a still-active card shows. Undefined when the person has no active card with
 * this id: a revoked or expired link stays gone, whatever is sent.
 */
export async function updateShare(
  db: Kysely<Database>,
  userId: string,
  id: string,
  changes: ShareUpdate,
  now: string,
): Promise<ShareRow | undefined> {
  const set: Partial<ShareTable> = { updated_at: now };
  if (changes.energy !== undefined) set.energy = changes.energy;
  if (changes.contact !== undefined) set.contact = changes.contact;
  // A message or label that shows nothing clears it, so the card never shows an empty quote.
  if (changes.message !== undefined) set.message = keptMessage(changes.message);
  if (changes.label !== undefined) set.label = keptLabel(changes.label);
  if (changes.showSteps !== undefined) set.show_steps = changes.showSteps ? 1 : 0;
  return db
    .updateTable("shares")
    .set(set)
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .returningAll()
    .executeTakeFirst();
}

/**
 * What an ended card keeps of what it said: nothing the person wrote. The row itself stays, so
 * its link can keep answering "no longer active" (410) rather than "never existed".
 */
const WORDS_FORGOTTEN = { contact: "", message: null, label: null } as const;

/**
 * Turns the link off for good, keeping the first time it was revoked and forgetting its words.
 * Returns whether the person has a card with this id (revoking twice is not an error).
 */
export async function revokeShare(
  db: Kysely<Database>,
  userId: string,
  id: string,
  now: string,
): Promise<boolean> {
  await db
    .updateTable("shares")
    .set({ revoked_at: now, ...WORDS_FORGOTTEN })
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
  return (await getShare(db, userId, id)) !== undefined;
}

/**
 * Forgets the words of cards that have expired by `now`: one person's, or everyone's when the
 * server starts.
 */
export async function forgetExpiredShareWords(
  db: Kysely<Database>,
  now: string,
  userId?: string,
): Promise<void> {
  let query = db
    .updateTable("shares")
    .set(WORDS_FORGOTTEN)
    .where("expires_at", "<=", now)
    .where((eb) =>
      eb.or([eb("message", "is not", null), eb("label", "is not", null), eb("contact", "!=", "")]),
    );
  if (userId !== undefined) query = query.where("user_id", "=", userId);
  await query.execute();
}

/**
 * The card a link's token opens, by the token's hash; active or not, the caller decides. None
 * while its maker's account is paused: the link answers as an unknown one, so it shows nothing
 * and says nothing of the pause, and opens the same card again once the account is opened.
 */
export async function findShareByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<ShareRow | undefined> {
  return db
    .selectFrom("shares")
    .innerJoin("users", "users.id", "shares.user_id")
    .selectAll("shares")
    .where("shares.token_hash", "=", tokenHash)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
}

/**
 * Small steps in `from`–`to` (local dates, both included): the days with a check-in naming at
 * least one connection. A stand-in until Plan lands and records steps of its own; the card
 * shows only this count, never which days, with whom or how it felt.
 */
export async function countStepDays(
  db: Kysely<Database>,
  userId: string,
  from: string,
  to: string,
): Promise<number> {
  const row = await db
    .selectFrom("checkin_connections")
    .select((eb) => eb.fn.count<number | string | bigint>("date").distinct().as("days"))
    .where("user_id", "=", userId)
    .where("date", ">=", from)
    .where("date", "<=", to)
    .executeTakeFirst();
  return Number(row?.days ?? 0);
}
