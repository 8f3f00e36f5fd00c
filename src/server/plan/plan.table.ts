import type { Selectable } from "kysely";

/** An activity the person wrote themselves. */
export interface OwnActivityTable {
  id: string;
  user_id: string;
  title: string;
  area: string;
  effort: string;
  minutes: number;
  /** 0 or 1. */
  social: number;
  first_step: string;
  created_at: string;
}

/** One hidden activity, built-in or own. */
export interface HiddenActivityTable {
  user_id: string;
  activity_id: string;
}

export interface PlannedActivityTable {
  id: string;
  user_id: string;
  activity_id: string;
  date: string;
  /** `HH:MM`, or null for "sometime today". */
  time: string | null;
  predicted_enjoyment: number;
  person_id: string | null;
  status: string;
  actual_enjoyment: number | null;
  achievement: number | null;
  created_at: string;
  updated_at: string;
}

export interface RoutineTargetTable {
  user_id: string;
  anchor: string;
  target: string;
}

export interface RoutineTickTable {
  user_id: string;
  date: string;
  anchor: string;
  time: string;
}

export type OwnActivityRow = Selectable<OwnActivityTable>;
export type PlannedActivityRow = Selectable<PlannedActivityTable>;
