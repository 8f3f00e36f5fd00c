import {
  type ReminderSettings,
  reminderSettingsSchema,
} from "../../core/reminders/reminder-settings.schema.js";
import { requestJson } from "../api/client.js";
import { REMINDERS_CHANGED } from "./reminder-events.js";

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
