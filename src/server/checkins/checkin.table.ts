import type { Selectable } from "kysely";

export interface CheckinTable {
  user_id: string;
  date: string;
  mood: number;
  energy: number | null;
  enjoyment: number | null;
  rumination: number | null;
  burden: number | null;
  sleep_hours: number | null;
  note: string | null;
  updated_at: string;
  /** The API's JSON for this check-in, derived from the other columns when it is written. */
  doc: string;
}

export interface CheckinConnectionTable {
  user_id: string;
  date: string;
  /** Keeps the order the person entered them in. */
  position: number;
  person_id: string | null;
  name: string | null;
  mode: string;
  felt: number | null;
}

export type CheckinRow = Selectable<CheckinTable>;
export type CheckinConnectionRow = Selectable<CheckinConnectionTable>;
