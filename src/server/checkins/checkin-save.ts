import { PostgresAdapter } from "kysely";
import {
  type Checkin,
  type CheckinInput,
  checkinSchema,
} from "../../core/checkins/checkin.schema.js";
import { nextVersion } from "../../core/versions/next-version.js";
import { conditionHolds, type SaveCondition } from "../../core/versions/save-condition.js";
import type { Store } from "../db/database.js";
import { preparedQuery } from "../db/prepared-query.js";
import { checkinFromInput, checkinToRow, connectionsToRows } from "./checkin.mapper.js";
import { checkinVersion, getCheckin, saveCheckin } from "./checkin.repository.js";
import { saveTogether } from "./save-together.js";

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
 * on both engines; on PostgreSQL one call of the function of migration 0014 (or of 0015, together
 * with this person's saves that queued up behind one in flight: save-together.ts), on SQLite the
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
  const answer = await saveTogether(store)(saver.userId, {
    tokenHash: saver.tokenHash,
    date,
    condition: condition.kind,
    expected: condition.kind === "version" ? condition.version : null,
    now,
    mood: row.mood,
    energy: row.energy,
    enjoyment: row.enjoyment,
    rumination: row.rumination,
    burden: row.burden,
    sleepHours: row.sleep_hours,
    note: row.note,
    docHead: row.doc.slice(0, key),
    docTail: row.doc.slice(key + JSON.stringify(now).length),
    positions: connections.map((c) => c.position),
    personIds: connections.map((c) => c.person_id),
    names: connections.map((c) => c.name),
    modes: connections.map((c) => c.mode),
    felts: connections.map((c) => c.felt),
  });
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
