import { CompiledQuery, PostgresAdapter } from "kysely";
import {
  type Checkin,
  type CheckinInput,
  checkinSchema,
} from "../../core/checkins/checkin.schema.js";
import {
  conditionHolds,
  nextVersion,
  type SaveCondition,
} from "../../core/checkins/checkin-version.js";
import type { Store } from "../db/database.js";
import { namedStatement, preparedQuery } from "../db/prepared-query.js";
import { checkinFromInput, checkinToRow, connectionsToRows } from "./checkin.mapper.js";
import { checkinVersion, getCheckin, saveCheckin } from "./checkin.repository.js";

/**
 * A save went ahead with the check-in as stored, or was refused with the day as it is, or found
 * the caller's session gone (signed out, expired, paused or erased meanwhile): then nothing was
 * written. With a session, when it expires, for its sliding renewal.
 */
export type ConditionalSave =
  | { outcome: "saved"; checkin: Checkin; sessionExpiresAt: string }
  | { outcome: "refused"; current: Checkin | undefined; sessionExpiresAt: string }
  | { outcome: "signed-out" };

/** Who saves: the person and the hash of the session token the request carries. */
export interface Saver {
  userId: string;
  tokenHash: string;
}

/**
 * Saves one day's check-in if the saver's session is still good at `now` and `condition` holds
 * for the day as it is now, giving it the next version after `now`: the checks and the save are
 * one atomic step, so no other save, sign-out or erasure lands between them. The same answers
 * on both engines; on PostgreSQL one call of the function of migration 0014, on SQLite the
 * statements in one transaction.
 */
export async function saveCheckinIf(
  store: Store,
  saver: Saver,
  date: string,
  input: CheckinInput,
  condition: SaveCondition,
  now: string,
): Promise<ConditionalSave> {
  if (store.db.getExecutor().adapter instanceof PostgresAdapter) {
    return saveOnPostgres(store, saver, date, input, condition, now);
  }
  const { userId } = saver;
  return store.write(async (trx) => {
    const [session] = await sessionOfSaverQuery(trx, saver.tokenHash, userId, now);
    if (!session) return { outcome: "signed-out" };
    const current = await checkinVersion(trx, userId, date);
    if (!conditionHolds(condition, current)) {
      return {
        outcome: "refused",
        current: await getCheckin(trx, userId, date),
        sessionExpiresAt: session.expires_at,
      };
    }
    const updatedAt = nextVersion(now, current);
    return {
      outcome: "saved",
      checkin: await saveCheckin(trx, userId, date, input, updatedAt),
      sessionExpiresAt: session.expires_at,
    };
  });
}

// SQLite: the session, checked again inside the save's transaction, so a save queued behind the
// erasure of its own account finds it gone and writes nothing (where it failed on the foreign key).
const sessionOfSaverQuery = preparedQuery(3, (db, tokenHash, userId, now) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select("sessions.expires_at")
    .where("sessions.token_hash", "=", tokenHash)
    .where("sessions.user_id", "=", userId)
    .where("sessions.expires_at", ">", now)
    .where("users.disabled_at", "is", null),
);

// Connections travel as arrays, whatever their number, so the text is fixed and prepared once
// per connection.
const SAVE_CHECKIN = `select "outcome", "version", "doc", "session_expires_at" from reconnect_save_checkin($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::integer[], $17::text[], $18::text[], $19::text[], $20::integer[])`;
namedStatement(SAVE_CHECKIN);

const VERSION_KEY = '"updatedAt":';

async function saveOnPostgres(
  store: Store,
  saver: Saver,
  date: string,
  input: CheckinInput,
  condition: SaveCondition,
  now: string,
): Promise<ConditionalSave> {
  // Made with `now` as its version; the function puts the version it settles on in its place.
  const checkin = checkinFromInput(date, input, now);
  const row = checkinToRow(saver.userId, checkin);
  const connections = connectionsToRows(saver.userId, checkin);
  // The first `"updatedAt":` is the key: inside a string every quote is escaped.
  const key = row.doc.indexOf(VERSION_KEY) + VERSION_KEY.length;
  const head = row.doc.slice(0, key);
  const tail = row.doc.slice(key + JSON.stringify(now).length);
  const result = await store.db.executeQuery<{
    outcome: "saved" | "refused" | "signed-out";
    version: string | null;
    doc: string | null;
    session_expires_at: string | null;
  }>(
    CompiledQuery.raw(SAVE_CHECKIN, [
      saver.userId,
      saver.tokenHash,
      date,
      condition.kind,
      condition.kind === "version" ? condition.version : null,
      now,
      row.mood,
      row.energy,
      row.enjoyment,
      row.rumination,
      row.burden,
      row.sleep_hours,
      row.note,
      head,
      tail,
      connections.map((c) => c.position),
      connections.map((c) => c.person_id),
      connections.map((c) => c.name),
      connections.map((c) => c.mode),
      connections.map((c) => c.felt),
    ]),
  );
  const [answer] = result.rows;
  if (!answer) throw new Error("reconnect_save_checkin returned no row");
  switch (answer.outcome) {
    case "signed-out":
      return { outcome: "signed-out" };
    case "refused":
      return {
        outcome: "refused",
        current: answer.doc === null ? undefined : checkinSchema.parse(JSON.parse(answer.doc)),
        sessionExpiresAt: answer.session_expires_at ?? now,
      };
    case "saved":
      return {
        outcome: "saved",
        checkin: { ...checkin, updatedAt: answer.version ?? now },
        sessionExpiresAt: answer.session_expires_at ?? now,
      };
  }
}
