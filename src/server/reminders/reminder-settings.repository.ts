import type { Kysely } from "kysely";
import {
  defaultReminderSettings,
  type ReminderSettings,
  reminderSettingsSchema,
} from "../../core/reminders/reminder-settings.schema.js";
import type { Database } from "../db/database.js";

export interface StoredReminderSettings {
  settings: ReminderSettings;
  /** When they last changed, or null while they are the defaults nobody chose. */
  updatedAt: string | null;
}

/** The person's reminder settings; the defaults (everything off) until they choose. */
export async function getReminderSettings(
  db: Kysely<Database>,
  userId: string,
): Promise<StoredReminderSettings> {
  const row = await db
    .selectFrom("reminder_settings")
    .select(["checkin_time", "steps_on", "steps_minutes_before", "updated_at"])
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return { settings: defaultReminderSettings, updatedAt: null };
  return {
    settings: reminderSettingsSchema.parse({
      checkinTime: row.checkin_time,
      steps: { on: Number(row.steps_on) === 1, minutesBefore: Number(row.steps_minutes_before) },
    }),
    updatedAt: row.updated_at,
  };
}

/** Replaces the person's settings in one statement. */
export async function saveReminderSettings(
  db: Kysely<Database>,
  userId: string,
  settings: ReminderSettings,
  updatedAt: string,
): Promise<void> {
  const values = {
    checkin_time: settings.checkinTime,
    steps_on: settings.steps.on ? 1 : 0,
    steps_minutes_before: settings.steps.minutesBefore,
    updated_at: updatedAt,
  };
  await db
    .insertInto("reminder_settings")
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
    .execute();
}
