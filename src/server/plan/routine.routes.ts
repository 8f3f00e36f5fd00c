import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { addDays, isLocalDate, mondayOf } from "../../core/dates/local-date.js";
import { planDateSchema } from "../../core/plan/activity.schema.js";
import {
  anchorLabels,
  anchorTargetSchema,
  type RoutineAnchor,
  routineAnchors,
  weeklyRhythm,
} from "../../core/plan/rhythm.js";
import { timeOfDaySchema } from "../../core/plan/time-of-day.js";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";
import { localToday } from "../http/local-today.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import {
  deleteRoutineTick,
  listRoutineTargets,
  listRoutineTicks,
  replaceRoutineTargets,
  saveRoutineTick,
} from "./routine.repository.js";

const routineBody = z.strictObject({
  anchors: z
    .array(anchorTargetSchema, { error: "anchors must be a list" })
    // Its own words: the list's message above would otherwise say a list of five is no list.
    .max(routineAnchors.length, {
      error: `can hold at most ${routineAnchors.length} anchors, each once`,
    }),
});

const tickParams = z.object({ date: planDateSchema });
const tickBody = z.strictObject({
  anchor: z.enum(routineAnchors, { error: `anchor must be one of ${routineAnchors.join(", ")}` }),
  /** null takes the tick back, for a tap made by mistake. */
  time: timeOfDaySchema.nullable(),
});
// The week's seven days keep to the years every date keeps to (1900 to 2999).
const weekQuery = z.strictObject({
  start: planDateSchema
    // Judged only for a real date: the refinement runs even after the date's own check failed.
    .refine((start) => !isLocalDate(start) || addDays(start, 6) <= "2999-12-31", {
      error: "must begin a week that ends by 2999-12-31",
    })
    .optional(),
});

export function routineRoutes(app: FastifyInstance, ctx: AppContext): void {
  const anchorsOf = async (userId: string) => {
    const targets = await listRoutineTargets(ctx.store.db, userId);
    const byAnchor = new Map(targets.map((t) => [t.anchor, t.target] as const));
    return routineAnchors.map((anchor: RoutineAnchor) => ({
      anchor,
      label: anchorLabels[anchor],
      target: byAnchor.get(anchor) ?? null,
    }));
  };

  app.get("/api/routine", async (request) => {
    const user = currentUser(request);
    return { anchors: await anchorsOf(user.id) };
  });

  app.put("/api/routine", async (request) => {
    const { anchors } = parse(routineBody, request.body, "routine");
    const seen = new Set<string>();
    anchors.forEach((target, index) => {
      if (seen.has(target.anchor)) {
        throw new AppError(400, "invalid-input", "Each anchor can have one target time.", {
          [`anchors.${index}.anchor`]: `${target.anchor} is listed twice`,
        });
      }
      seen.add(target.anchor);
    });
    const user = currentUser(request);
    await ctx.store.write((trx) => replaceRoutineTargets(trx, user.id, anchors));
    return { anchors: await anchorsOf(user.id) };
  });

  app.put("/api/routine/ticks/:date", async (request) => {
    const { date } = parse(tickParams, request.params, "address");
    const tick = parse(tickBody, request.body, "tick");
    const user = currentUser(request);
    if (tick.time === null) await deleteRoutineTick(ctx.store.db, user.id, date, tick.anchor);
    else
      await saveRoutineTick(ctx.store.db, user.id, { date, anchor: tick.anchor, time: tick.time });
    return { date, ticks: await listRoutineTicks(ctx.store.db, user.id, date, date) };
  });

  app.get("/api/routine/week", { config: { query: weekQuery } }, async (request) => {
    const query = parse(weekQuery, request.query, "query");
    const user = currentUser(request);
    const weekStart = query.start ?? mondayOf(localToday(request, ctx));
    const [targets, ticks] = await Promise.all([
      listRoutineTargets(ctx.store.db, user.id),
      listRoutineTicks(ctx.store.db, user.id, weekStart, addDays(weekStart, 6)),
    ]);
    return weeklyRhythm({
      weekStart,
      targets: Object.fromEntries(targets.map((t) => [t.anchor, t.target])),
      ticks,
    });
  });
}
