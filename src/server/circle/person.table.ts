import type { Selectable } from "kysely";

export interface PersonTable {
  id: string;
  user_id: string;
  name: string;
  relationship: string;
  contact_preference: string;
  wanted_every_days: number;
  created_at: string;
  updated_at: string;
}

export type PersonRow = Selectable<PersonTable>;
