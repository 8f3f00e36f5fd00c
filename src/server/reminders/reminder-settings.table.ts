export interface ReminderSettingsTable {
  user_id: string;
  /** `HH:MM` on the person's own clock, or null for no daily check-in nudge. */
  checkin_time: string | null;
  /** 0 or 1. */
  steps_on: number;
  steps_minutes_before: number;
  /** When the settings last changed; its date starts the daily calendar entry. */
  updated_at: string;
}
