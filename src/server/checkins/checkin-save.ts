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
import { lockPerson } from "../accounts/person-lock.js";
import type { Store } from "../db/database.js";
import { namedStatement } from "../db/prepared-query.js";
import { checkinFromInput, checkinToRow, connectionsToRows } from "./checkin.mapper.js";
import { checkinVersion, getCheckin, saveCheckin } from "./checkin.repository.js";

/** A save went ahead with the check-in as stored, or was refused with the day as it is. */
export type ConditionalSave =
  | { saved: true; checkin: Checkin }
  | { saved: false; current: Checkin | undefined };

/**
 * Saves one day's check-in if `condition` holds for the day as it is now, giving it the next
 * version after `now`: the check and the save are one atomic step, so no other save lands
 * between them. The same answers on both engines; on PostgreSQL one call of the function of
 * migration 0013, on SQLite the statements in one transaction.
 */
export async function saveCheckinIf(
  store: Store,
  userId: string,
  date: string,
  input: CheckinInput,
  condition: SaveCondition,
  now: string,
): Promise<ConditionalSave> {
  if (store.db.getExecutor().adapter instanceof PostgresAdapter) {
    return saveOnPostgres(store, userId, date, input, condition, now);
  }
  return store.write(async (trx) => {
    await lockPerson(trx, userId);
    const current = await checkinVersion(trx, userId, date);
    if (!conditionHolds(condition, current)) {
      return { saved: false, current: await getCheckin(trx, userId, date) };
    }
    const updatedAt = nextVersion(now, current);
    return { saved: true, checkin: await saveCheckin(trx, userId, date, input, updatedAt) };
  });
}

// Connections travel as arrays, whatever their number, so the text is fixed and prepared once
// per connection.
const SAVE_CHECKIN = `select "saved", "version", "doc" from reconnect_save_checkin($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::integer[], $16::text[], $17::text[], $18::text[], $19::integer[])`;
namedStatement(SAVE_CHECKIN);

const VERSION_KEY = '"updatedAt":';

async function saveOnPostgres(
  store: Store,
  userId: string,
  date: string,
  input: CheckinInput,
  condition: SaveCondition,
  now: string,
): Promise<ConditionalSave> {
  // Made with `now` as its version; the function puts the version it settles on in its place.
  const checkin = checkinFromInput(date, input, now);
  const row = checkinToRow(userId, checkin);
  const connections = connectionsToRows(userId, checkin);
  // The first `"updatedAt":` is the key: inside a string every quote is escaped.
  const key = row.doc.indexOf(VERSION_KEY) + VERSION_KEY.length;
  const head = row.doc.slice(0, key);
  const tail = row.doc.slice(key + JSON.stringify(now).length);
  const result = await store.db.executeQuery<{
    saved: boolean;
    version: string | null;
    doc: string | null;
  }>(
    CompiledQuery.raw(SAVE_CHECKIN, [
      userId,
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
  if (!answer.saved) {
    return {
      saved: false,
      current: answer.doc === null ? undefined : checkinSchema.parse(JSON.parse(answer.doc)),
    };
  }
  return { saved: true, checkin: { ...checkin, updatedAt: answer.version ?? now } };
}
