import type { Selectable } from "kysely";

export interface ThoughtRecordTable {
  id: string;
  user_id: string;
  situation: string | null;
  thought: string;
  /** JSON: `[{name, before, after?}]`. */
  feelings: string;
  /** JSON: what the detector suggested, `[{id, confidence, spans}]`. */
  suggested_traps: string;
  /** JSON: the trap ids the person kept or added. */
  kept_traps: string;
  /** JSON: the suggested trap ids the person set aside as not fitting. */
  set_aside_traps: string;
  evidence_for: string | null;
  evidence_against: string | null;
  balanced_thought: string | null;
  /** Situation, thought and balanced thought, lowercased, for case-insensitive search. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

export type ThoughtRecordRow = Selectable<ThoughtRecordTable>;
