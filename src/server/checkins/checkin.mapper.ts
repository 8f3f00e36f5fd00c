import {
  type Checkin,
  type CheckinInput,
  type Connection,
  type ConnectionMode,
  connectionModes,
} from "../../core/checkins/checkin.schema.js";
import type { CheckinConnectionRow, CheckinRow, CheckinTable } from "./checkin.table.js";

function isConnectionMode(value: string): value is ConnectionMode {
  return (connectionModes as readonly string[]).includes(value);
}

function connectionFromRow(row: CheckinConnectionRow): Connection {
  const connection: Connection = {
    mode: isConnectionMode(row.mode) ? row.mode : "message",
  };
  if (row.person_id !== null) connection.personId = row.person_id;
  if (row.name !== null) connection.name = row.name;
  if (row.felt !== null) connection.felt = Number(row.felt);
  return connection;
}

/** Optional scales are omitted, not null, so a stored check-in reads back exactly as it was sent. */
export function checkinFromRows(row: CheckinRow, connections: CheckinConnectionRow[]): Checkin {
  const checkin: Checkin = {
    date: row.date,
    mood: Number(row.mood),
    connections: connections.map(connectionFromRow),
    updatedAt: row.updated_at,
  };
  if (row.energy !== null) checkin.energy = Number(row.energy);
  if (row.enjoyment !== null) checkin.enjoyment = Number(row.enjoyment);
  if (row.rumination !== null) checkin.rumination = Number(row.rumination);
  if (row.burden !== null) checkin.burden = Number(row.burden);
  if (row.sleep_hours !== null) checkin.sleepHours = Number(row.sleep_hours);
  if (row.note !== null) checkin.note = row.note;
  return checkin;
}

export function checkinToRow(
  userId: string,
  date: string,
  input: CheckinInput,
  updatedAt: string,
): CheckinTable {
  return {
    user_id: userId,
    date,
    mood: input.mood,
    energy: input.energy ?? null,
    enjoyment: input.enjoyment ?? null,
    rumination: input.rumination ?? null,
    burden: input.burden ?? null,
    sleep_hours: input.sleepHours ?? null,
    note: input.note ?? null,
    updated_at: updatedAt,
  };
}

export function connectionsToRows(
  userId: string,
  date: string,
  connections: Connection[],
): CheckinConnectionRow[] {
  return connections.map((c, position) => ({
    user_id: userId,
    date,
    position,
    person_id: c.personId ?? null,
    name: c.name ?? null,
    mode: c.mode,
    felt: c.felt ?? null,
  }));
}
