import type { Selectable } from "kysely";

export interface SafetyPlanTable {
  user_id: string;
  /** JSON object with the seven steps, each a list of strings. */
  plan: string;
  updated_at: string;
}

export type SafetyPlanRow = Selectable<SafetyPlanTable>;
