import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { localDateSchema } from "../../core/checkins/checkin.schema.js";
import { earliestWithinYears } from "../../core/dates/local-date.js";
import { insightsInSteps, type PlannedActivityInput } from "../../core/insights/insights.js";
import type { Insights } from "../../core/insights/insights.schema.js";
import type { Activity, PlannedActivity } from "../../core/plan/activity.schema.js";
import type { AppContext } from "../app-context.js";
import { listCheckinsGivingWay } from "../checkins/checkin.repository.js";
import { checkRange } from "../http/date-range.js";
import { runGivingWay } from "../http/give-way.js";
import { localToday } from "../http/local-today.js";
import { parse } from "../http/parse.js";
import { personActivities } from "../plan/activity.repository.js";
import { listPlans } from "../plan/plan.repository.js";
import { currentUser } from "../sessions/session-guard.js";

/** The same limit as `GET /api/checkins`, so one range is valid for both. */
export const MAX_RANGE_YEARS = 20;

const rangeQuery = z.strictObject({
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});

/** A planned activity as insights see it: its day, its area, and how it went. */
export function forInsights(
  plan: PlannedActivity,
  areaOf: ReadonlyMap<string, Activity>,
): PlannedActivityInput {
  const input: PlannedActivityInput = {
    date: plan.date,
    // An activity deleted since keeps counting as done, under an area of its own.
    area: areaOf.get(plan.activityId)?.area ?? "other",
    done: plan.status === "done",
    predictedEnjoyment: plan.predictedEnjoyment,
  };
  if (plan.actualEnjoyment !== undefined) input.actualEnjoyment = plan.actualEnjoyment;
  return input;
}

export function insightsRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    "/api/insights",
    { config: { query: rangeQuery } },
    async (request): Promise<Insights> => {
      const query = parse(rangeQuery, request.query, "query");
      // `to` is the day the insights are as of: "the last 7 days" end there. The app sends the
      // browser's own date, so a check-in made today counts even when the server's clock is in
      // another time zone.
      const to = query.to ?? localToday(request, ctx);
      const from = query.from ?? earliestWithinYears(to, MAX_RANGE_YEARS);
      checkRange(query, from, to, {
        maxYears: MAX_RANGE_YEARS,
        longest: "20 years",
        fromDefault: "20 years before to",
        toDefault: "today",
      });
      const user = currentUser(request);
      // Years of check-ins are checked and worked out giving way between steps (see
      // http/give-way.ts): in one piece they kept every other person's request waiting.
      const [checkins, plans, activities] = await Promise.all([
        listCheckinsGivingWay(ctx.store.db, user.id, from, to),
        listPlans(ctx.store.db, user.id, { from, to }),
        personActivities(ctx.store.db, user.id),
      ]);
      // A person with no check-ins gets the core's friendly empty state, never an error.
      return runGivingWay(
        insightsInSteps(
          { checkins, activities: plans.map((plan) => forInsights(plan, activities.byId)) },
          to,
        ),
      );
    },
  );
}
