import {
  type ReminderSettings,
  reminderSettingsSchema,
} from "../../core/reminders/reminder-settings.schema.js";
import { requestJson } from "../api/client.js";

/** Said on this window when the person saves new settings, so the notifier picks them up at once. */
export const REMINDERS_CHANGED = "reconnect:reminders-changed";

export const remindersApi = {
  get: () => requestJson("GET", "/api/reminders", reminderSettingsSchema),
  save: async (settings: ReminderSettings) => {
    const saved = await requestJson("PUT", "/api/reminders", reminderSettingsSchema, {
      body: settings,
    });
    window.dispatchEvent(new Event(REMINDERS_CHANGED));
    return saved;
  },
};
