import { z } from "zod";
import { timeOfDaySchema } from "../plan/time-of-day.js";

/** The longest a step's nudge may come before it: half a day covers "the evening before". */
export const MAX_MINUTES_BEFORE = 720;

/**
 * What the person chose for reminders. Off is the default for both: Reconnect never nudges anyone
 * who did not ask. Times are the person's own clock time (`HH:MM`), read wherever they are.
 */
export const reminderSettingsSchema = z.strictObject({
  /** A daily check-in nudge at this time, or null for none. */
  checkinTime: timeOfDaySchema.nullable(),
  /** A nudge before each planned step that has a time. */
  steps: z.strictObject({
    on: z.boolean({ error: "must be true or false" }),
    minutesBefore: z
      .int({ error: "must be a whole number of minutes" })
      .min(0, { error: "must be 0 or more" })
      .max(MAX_MINUTES_BEFORE, { error: `must be at most ${MAX_MINUTES_BEFORE}` }),
  }),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const defaultReminderSettings: ReminderSettings = {
  checkinTime: null,
  steps: { on: false, minutesBefore: 15 },
};

/** True when any reminder is on: the moment to ask the browser for notifications. */
export function anyReminderOn(settings: ReminderSettings): boolean {
  return settings.checkinTime !== null || settings.steps.on;
}
