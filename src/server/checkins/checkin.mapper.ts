import type { Checkin, CheckinInput, Connection } from "../../core/checkins/checkin.schema.js";
import type { CheckinConnectionRow, CheckinTable } from "./checkin.table.js";

/**
 * The stored check-in as the API shows it. Optional scales are omitted, not null, so a
 * check-in reads back exactly as it was sent.
 */
export function checkinFromInput(date: string, input: CheckinInput, updatedAt: string): Checkin {
  const checkin: Checkin = { date, mood: input.mood, connections: [], updatedAt };
  if (input.energy !== undefined) checkin.energy = input.energy;
  if (input.enjoyment !== undefined) checkin.enjoyment = input.enjoyment;
  if (input.rumination !== undefined) checkin.rumination = input.rumination;
  if (input.burden !== undefined) checkin.burden = input.burden;
  if (input.sleepHours !== undefined) checkin.sleepHours = input.sleepHours;
  checkin.connections = (input.connections ?? []).map((c) => {
    const connection: Connection = { mode: c.mode };
    if (c.personId !== undefined) connection.personId = c.personId;
    if (c.name !== undefined) connection.name = c.name;
    if (c.felt !== undefined) connection.felt = c.felt;
    return connection;
  });
  if (input.note !== undefined) checkin.note = input.note;
  return checkin;
}

export function checkinToRow(userId: string, checkin: Checkin): CheckinTable {
  return {
    user_id: userId,
    date: checkin.date,
    mood: checkin.mood,
    energy: checkin.energy ?? null,
    enjoyment: checkin.enjoyment ?? null,
    rumination: checkin.rumination ?? null,
    burden: checkin.burden ?? null,
    sleep_hours: checkin.sleepHours ?? null,
    note: checkin.note ?? null,
    updated_at: checkin.updatedAt,
    doc: JSON.stringify(checkin),
  };
}

export function connectionsToRows(userId: string, checkin: Checkin): CheckinConnectionRow[] {
  return checkin.connections.map((c, position) => ({
    user_id: userId,
    date: checkin.date,
    position,
    person_id: c.personId ?? null,
    name: c.name ?? null,
    mode: c.mode,
    felt: c.felt ?? null,
  }));
}
