import { type Kysely, sql } from "kysely";
import type { UserRow } from "../accounts/user.table.js";
import type { Database } from "../db/database.js";
import { preparedQuery } from "../db/prepared-query.js";

export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

export interface ActiveSession {
  user: Pick<UserRow, "id" | "username" | "role">;
  expiresAt: string;
  /** The person's check-ins counter as this lookup saw it (db/person-version-cache.ts). */
  checkinsVersion: number;
}

/**
 * Sessions with their users, as a lookup may hand them out: not expired at `now`, and the account
 * not paused. One rule for the single lookup and the batched one below.
 */
function activeSessionsAt(db: Kysely<Database>, now: string) {
  return (
    db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      // The check-ins counter rides along: the lookup runs anyway, and with it a process can
      // tell whether a month it holds is still the month in the database, at no extra round trip.
      .select([
        "sessions.token_hash",
        "users.id",
        "users.username",
        "users.role",
        "users.checkins_version",
        "sessions.expires_at",
      ])
      .where("sessions.expires_at", ">", now)
      // A paused account's sessions are deleted as it is paused; this keeps it shut regardless.
      .where("users.disabled_at", "is", null)
  );
}

/** The session and its user, if the token is known and has not expired at `now`. */
// Runs on every signed-in request, so it is compiled once.
const activeSessionQuery = preparedQuery(2, (db, tokenHash, now) =>
  activeSessionsAt(db, now).where("sessions.token_hash", "=", tokenHash),
);

export async function findActiveSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<ActiveSession | undefined> {
  const [row] = await activeSessionQuery(db, tokenHash, now);
  return row === undefined ? undefined : activeSessionOf(row);
}

type ActiveSessionRow = Awaited<ReturnType<typeof activeSessionQuery>>[number];

function activeSessionOf(row: ActiveSessionRow): ActiveSession {
  return {
    user: { id: row.id, username: row.username, role: row.role },
    expiresAt: row.expires_at,
    checkinsVersion: row.checkins_version,
  };
}

/**
 * PostgreSQL only: the sessions of several tokens at once, by token hash (the ones not found, or
 * expired at `now`, are left out). The same statement as `findActiveSession`, for a list: the
 * session lookups of requests that arrive together share one round trip (sessions/session-guard.ts).
 */
// One fixed text whatever the number of tokens, so it is prepared once per connection.
const activeSessionsQuery = preparedQuery(2, (db, tokenHashes, now) =>
  activeSessionsAt(db, now).where(
    "sessions.token_hash",
    "=",
    sql<string>`any(${tokenHashes}::text[])`,
  ),
);

export async function findActiveSessions(
  db: Kysely<Database>,
  tokenHashes: readonly string[],
  now: string,
): Promise<Map<string, ActiveSession>> {
  const rows = await activeSessionsQuery(db, tokenHashes, now);
  const found = new Map<string, ActiveSession>();
  for (const row of rows) found.set(row.token_hash, activeSessionOf(row));
  return found;
}

export async function extendSession(
  db: Kysely<Database>,
  tokenHash: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ expires_at: expiresAt })
    .where("token_hash", "=", tokenHash)
    .execute();
}

/** Ends one session; false when there was none to end (another request ended it first). */
export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<boolean> {
  const result = await db
    .deleteFrom("sessions")
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Whether any of these tokens names a stored session, live or expired: a refused request's
 * cookies that name none were ended on purpose (errors/app-error.ts, `sessionEnded`).
 */
export async function anySessionStored(
  db: Kysely<Database>,
  tokenHashes: readonly string[],
): Promise<boolean> {
  if (tokenHashes.length === 0) return false;
  const row = await db
    .selectFrom("sessions")
    .select("token_hash")
    .where("token_hash", "in", tokenHashes)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", now).execute();
}

/** Ends every session of one person, but the one named by `keepTokenHash` when given. */
export async function deleteSessionsOf(
  db: Kysely<Database>,
  userId: string,
  keepTokenHash?: string,
): Promise<void> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keepTokenHash !== undefined) query = query.where("token_hash", "<>", keepTokenHash);
  await query.execute();
}
