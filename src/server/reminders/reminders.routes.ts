import type { FastifyInstance } from "fastify";
import { reminderSettingsSchema } from "../../core/reminders/reminder-settings.schema.js";
import type { AppContext } from "../app-context.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import { getReminderSettings, saveReminderSettings } from "./reminder-settings.repository.js";

export function reminderRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/reminders", async (request) => {
    const user = currentUser(request);
    return (await getReminderSettings(ctx.store.db, user.id)).settings;
  });

  app.put("/api/reminders", async (request) => {
    const settings = parse(reminderSettingsSchema, request.body, "reminder settings");
    const user = currentUser(request);
    await saveReminderSettings(ctx.store.db, user.id, settings, ctx.now().toISOString());
    return (await getReminderSettings(ctx.store.db, user.id)).settings;
  });
}
