import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { addDays, localDateOf } from "../../core/dates/local-date.js";
import { recordOpen } from "../access-log/access-log.js";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";
import { personActivities } from "../plan/activity.repository.js";
import { listPlans } from "../plan/plan.repository.js";
import { getReminderSettings } from "../reminders/reminder-settings.repository.js";
import { currentUser } from "../sessions/session-guard.js";
import { hashToken, newSessionToken } from "../sessions/session-token.js";
import {
  calendarFeedOwner,
  deleteCalendarFeed,
  getCalendarFeed,
  replaceCalendarFeed,
} from "./calendar-feed.repository.js";
import { planCalendar } from "./plan-calendar.js";

/** How far back the calendar reaches: recent weeks stay visible, older ones drop off. */
const CALENDAR_PAST_DAYS = 60;

/** A feed file name: the 43-character token and `.ics`. Anything else is simply not found. */
const feedParams = z.object({
  file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/),
});

// One answer for revoked, unknown and malformed tokens, so a guess learns nothing.
const feedNotFound = () =>
  new AppError(404, "not-found", "This calendar link isn't active. Make a new one in Reconnect.");

async function calendarOf(ctx: AppContext, userId: string): Promise<string> {
  const from = addDays(localDateOf(ctx.now()), -CALENDAR_PAST_DAYS);
  const [plans, activities, reminders] = await Promise.all([
    listPlans(ctx.store.db, userId, { from }),
    personActivities(ctx.store.db, userId),
    getReminderSettings(ctx.store.db, userId),
  ]);
  return planCalendar(plans, activities.byId, ctx.now(), {
    settings: reminders.settings,
    // A day before the UTC date of the choice: the server does not know the person's time zone,
    // and west of UTC an evening choice is already the next day in UTC, which would skip the
    // evening it was made. An alarm for a time already past does not ring.
    since: addDays((reminders.updatedAt ?? ctx.now().toISOString()).slice(0, 10), -1),
    ownerId: userId,
  });
}

function sendCalendar(reply: FastifyReply, body: string | undefined, download: boolean) {
  if (download) reply.header("content-disposition", 'attachment; filename="reconnect-plan.ics"');
  // A plan is private: no shared cache may keep it.
  return reply.header("cache-control", "no-store").type("text/calendar; charset=utf-8").send(body);
}

export function calendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  // No HEAD (405, see http/method-not-allowed.ts): it would build the plan's calendar only to drop it.
  app.get("/api/calendar.ics", { exposeHeadRoute: false }, async (request, reply) => {
    const user = currentUser(request);
    return sendCalendar(reply, await calendarOf(ctx, user.id), true);
  });

  app.get("/api/calendar/feed", async (request) => {
    const user = currentUser(request);
    const feed = await getCalendarFeed(ctx.store.db, user.id);
    return feed ? { active: true, createdAt: feed.createdAt } : { active: false };
  });

  app.post("/api/calendar/feed", async (request, reply) => {
    const user = currentUser(request);
    const token = newSessionToken();
    await replaceCalendarFeed(ctx.store.db, user.id, hashToken(token), ctx.now().toISOString());
    // The only time the token is ever shown: only its hash is kept.
    return reply.status(201).send({ url: `/api/calendar/${token}.ics` });
  });

  app.delete("/api/calendar/feed", async (request, reply) => {
    const user = currentUser(request);
    await deleteCalendarFeed(ctx.store.db, user.id);
    return reply.status(204).send();
  });

  // Answers without a session (see session-guard.ts): the token is the key, and it opens
  // nothing but this one person's plan.
  app.get("/api/calendar/:file", async (request, reply) => {
    const params = feedParams.safeParse(request.params);
    if (!params.success) throw feedNotFound();
    const token = params.data.file.slice(0, -".ics".length);
    const userId = await calendarFeedOwner(ctx.store.db, hashToken(token));
    if (userId === undefined) throw feedNotFound();
    // Calendar apps may ask HEAD before they subscribe: it gets the GET's status and headers from
    // the token alone, and builds no calendar nor notes a fetch in the person's access log.
    if (request.method === "HEAD") return sendCalendar(reply, undefined, false);
    await recordOpen(ctx, request, userId, "calendar-fetched");
    return sendCalendar(reply, await calendarOf(ctx, userId), false);
  });
}
