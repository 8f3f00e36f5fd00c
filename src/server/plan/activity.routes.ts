import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { addDays } from "../../core/dates/local-date.js";
import {
  type Activity,
  activityInputSchema,
  activitySchema,
  storedActivitySchema,
} from "../../core/plan/activity.schema.js";
import { suggestActivities } from "../../core/plan/suggest.js";
import type { AppContext } from "../app-context.js";
import { checkinHistory } from "../circle/connection-history.js";
import { listPeople } from "../circle/person.repository.js";
import { AppError } from "../errors/app-error.js";
import { localToday } from "../http/local-today.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import {
  getOwnActivity,
  insertOwnActivity,
  isBuiltIn,
  personActivities,
  setActivityHidden,
  updateOwnActivity,
} from "./activity.repository.js";
import { plansForSuggestions } from "./plan.repository.js";

/** How far back suggestions look: this week and the four before it (see suggest.ts). */
export const SUGGEST_HISTORY_DAYS = 35;

const idParams = z.object({ id: z.string().min(1).max(100) });

const listQuery = z.strictObject({
  include: z.literal("hidden", { error: "include can only be hidden" }).optional(),
});

const activityPatchSchema = z
  .strictObject({
    ...activityInputSchema.shape,
    hidden: z.boolean({ error: "hidden must be true or false" }),
  })
  .partial();

const whole = (name: string, min: number, max: number) => {
  const message = `${name} must be a whole number from ${min} to ${max}`;
  return z
    .string({ error: message })
    .regex(/^\d{1,4}$/, { error: message })
    .transform(Number)
    .pipe(z.number().min(min, { error: message }).max(max, { error: message }))
    .optional();
};

const suggestQuery = z.strictObject({
  energy: whole("energy", 0, 10),
  minutes: whole("minutes", 1, 1440),
});

export const activityNotFound = () =>
  new AppError(404, "not-found", "We couldn't find that activity.");

export function activityView(activity: Activity, hidden: ReadonlySet<string>) {
  return { ...activity, own: !isBuiltIn(activity.id), hidden: hidden.has(activity.id) };
}

export function activityRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/activities", { config: { query: listQuery } }, async (request) => {
    const { include } = parse(listQuery, request.query, "query");
    const user = currentUser(request);
    const { all, hidden } = await personActivities(ctx.store.db, user.id);
    const shown = include === "hidden" ? all : all.filter((a) => !hidden.has(a.id));
    return { activities: shown.map((a) => activityView(a, hidden)) };
  });

  app.post("/api/activities", async (request, reply) => {
    const input = parse(activityInputSchema, request.body, "activity");
    const user = currentUser(request);
    // "own-" keeps a person's ids apart from the catalogue's forever, whatever is added to it.
    const activity = activitySchema.parse({ id: `own-${ctx.newId()}`, ...input });
    await insertOwnActivity(ctx.store.db, user.id, activity, ctx.now().toISOString());
    return reply.status(201).send(activityView(activity, new Set()));
  });

  app.patch("/api/activities/:id", async (request) => {
    const { id } = parse(idParams, request.params, "address");
    const patch = parse(activityPatchSchema, request.body, "activity");
    const user = currentUser(request);
    const { hidden, ...fields } = patch;
    const edits = Object.keys(fields);
    let activity: Activity | undefined;
    if (isBuiltIn(id)) {
      if (edits.length > 0) {
        const why = "belongs to a built-in activity, which can be hidden but not changed";
        throw new AppError(
          400,
          "built-in-activity",
          "Built-in activities can be hidden but not changed. You can add your own version instead.",
          Object.fromEntries(edits.map((field) => [field, why])),
        );
      }
      activity = (await personActivities(ctx.store.db, user.id)).byId.get(id);
    } else {
      const own = await getOwnActivity(ctx.store.db, user.id, id);
      if (!own) throw activityNotFound();
      activity = own;
      // The sent fields were checked above; the stored ones are taken as they are, so a row an
      // older version kept (a title past today's limit) never blocks an edit. The parse still
      // checks the rule across fields: a tiny step takes five minutes or less.
      if (edits.length > 0) {
        activity = parse(storedActivitySchema, { ...own, ...fields }, "activity");
      }
    }
    if (!activity) throw activityNotFound();
    const changed = activity;
    // An edit and a hide in one request land together or not at all.
    await ctx.store.write(async (trx) => {
      if (edits.length > 0 && !isBuiltIn(id)) await updateOwnActivity(trx, user.id, changed);
      if (hidden !== undefined) await setActivityHidden(trx, user.id, id, hidden);
    });
    const { hidden: hiddenIds } = await personActivities(ctx.store.db, user.id);
    return activityView(activity, hiddenIds);
  });

  app.get("/api/suggestions", { config: { query: suggestQuery } }, async (request) => {
    const query = parse(suggestQuery, request.query, "query");
    const user = currentUser(request);
    const today = localToday(request, ctx);
    const since = addDays(today, -(SUGGEST_HISTORY_DAYS - 1));
    const db = ctx.store.db;
    const [activities, checkins, planned, people] = await Promise.all([
      personActivities(db, user.id),
      checkinHistory(db, user.id, since),
      plansForSuggestions(db, user.id, since),
      listPeople(db, user.id),
    ]);
    const checkinEnergy = checkins.find((c) => c.date === today)?.energy;
    const suggestions = suggestActivities({
      today,
      energy: query.energy,
      minutes: query.minutes,
      activities: activities.all,
      hiddenIds: activities.hidden,
      checkins,
      planned,
      people,
    });
    return {
      suggestions,
      energy:
        query.energy !== undefined
          ? { value: query.energy, from: "asked" }
          : checkinEnergy !== undefined
            ? { value: checkinEnergy, from: "check-in" }
            : { value: null, from: "unknown" },
    };
  });
}
