import type { Selectable } from "kysely";

export interface AssessmentTable {
  id: string;
  user_id: string;
  instrument: string;
  /** JSON list of the answers in item order. */
  answers: string;
  difficulty: number | null;
  score: number;
  band: string;
  /** 1 when PHQ-9 item 9 was answered above "Not at all", else 0. */
  self_harm: number;
  taken_at: string;
}

export type AssessmentRow = Selectable<AssessmentTable>;
