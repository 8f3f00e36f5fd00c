import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { addDays } from "../../core/dates/local-date.js";
import {
  type Activity,
  type PlannedActivity,
  planDateSchema,
  plannedActivityInputSchema,
  planOutcomeSchema,
} from "../../core/plan/activity.schema.js";
import { forecastGap } from "../../core/plan/forecast-gap.js";
import { asksForTime, planTimeChangeSchema } from "../../core/plan/plan-time.schema.js";
import { suggestActivities } from "../../core/plan/suggest.js";
import type { AppContext } from "../app-context.js";
import { holdPerson } from "../circle/person.repository.js";
import { AppError } from "../errors/app-error.js";
import { checkRange, type RangeRule } from "../http/date-range.js";
import { localToday } from "../http/local-today.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import { type PersonActivities, personActivities } from "./activity.repository.js";
import { activityView } from "./activity.routes.js";
import {
  deletePlan,
  insertPlan,
  listPlans,
  recordOutcome,
  setPlanTime,
} from "./plan.repository.js";

const PLAN_RANGE: RangeRule = {
  maxYears: 1,
  longest: "a year",
  fromDefault: "a week before today",
  toDefault: "a week after today",
};

const idParams = z.object({ id: z.string().min(1).max(100) });
const rangeQuery = z.strictObject({
  from: planDateSchema.optional(),
  to: planDateSchema.optional(),
});

// The same answer for a plan that never existed and for someone else's, so an id reveals nothing.
const planNotFound = () =>
  new AppError(404, "not-found", "We couldn't find that plan. It may have been removed.");

/**
 * 409, not 400: the body is well formed and would be taken for a planned step; it is the step's
 * state that stands in the way. A finished step keeps the time it had, so no alarm is added to the
 * calendar feed for something already done or let go.
 */
const planNotPlanned = () =>
  new AppError(409, "plan-not-planned", "This step is already done or let go, so its time stays.");

function planView(plan: PlannedActivity, activities: PersonActivities) {
  const activity = activities.byId.get(plan.activityId);
  return { ...plan, activity: activity ? activityView(activity, activities.hidden) : null };
}

/**
 * After letting something go, one smaller step in the same area (or any area when there is none),
 * chosen the way low-energy suggestions are: never a reproach, just an easier way in.
 */
function smallerStep(plan: PlannedActivity, activities: PersonActivities, today: string) {
  const from = activities.byId.get(plan.activityId);
  const visible = activities.all.filter(
    (a: Activity) => a.id !== plan.activityId && !activities.hidden.has(a.id),
  );
  const sameArea = from ? visible.filter((a) => a.area === from.area) : [];
  const [pick] = suggestActivities({
    today,
    energy: "low",
    activities: sameArea.some((a) => a.effort === "tiny") ? sameArea : visible,
  });
  return pick ? activityView(pick.activity, activities.hidden) : null;
}

export function planRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/plans", { config: { query: rangeQuery } }, async (request) => {
    const query = parse(rangeQuery, request.query, "query");
    const today = localToday(request, ctx);
    const from = query.from ?? addDays(today, -7);
    const to = query.to ?? addDays(today, 7);
    checkRange(query, from, to, PLAN_RANGE);
    const user = currentUser(request);
    const [plans, activities] = await Promise.all([
      listPlans(ctx.store.db, user.id, { from, to }),
      personActivities(ctx.store.db, user.id),
    ]);
    return { from, to, plans: plans.map((plan) => planView(plan, activities)) };
  });

  app.get("/api/plans/forecast", async (request) => {
    const user = currentUser(request);
    const [plans, activities] = await Promise.all([
      listPlans(ctx.store.db, user.id),
      personActivities(ctx.store.db, user.id),
    ]);
    return forecastGap(plans, activities.all);
  });

  app.post("/api/plans", async (request, reply) => {
    const input = parse(plannedActivityInputSchema, request.body, "plan");
    const user = currentUser(request);
    const activities = await personActivities(ctx.store.db, user.id);
    if (!activities.byId.has(input.activityId)) {
      throw new AppError(404, "not-found", "We couldn't find that activity.", {
        activityId: "is not one of your activities",
      });
    }
    // The check and the insert in one transaction, the person held meanwhile (holdPerson), so a
    // removal at the same moment never leaves the plan naming someone no longer there.
    const plan = await ctx.store.write(async (trx) => {
      const { personId } = input;
      if (personId !== undefined && !(await holdPerson(trx, user.id, personId))) {
        throw new AppError(404, "not-found", "We couldn't find that person in your circle.", {
          personId: "is not someone in your circle",
        });
      }
      const made: PlannedActivity = { id: ctx.newId(), ...input, status: "planned" };
      return insertPlan(trx, user.id, made, ctx.now().toISOString());
    });
    return reply.status(201).send(planView(plan, activities));
  });

  app.patch("/api/plans/:id", async (request) => {
    const { id } = parse(idParams, request.params, "address");
    // A time change moves the clock only; an outcome is the status change it always was.
    if (asksForTime(request.body)) {
      const { time } = parse(planTimeChangeSchema, request.body, "time");
      const user = currentUser(request);
      const result = await setPlanTime(ctx.store.db, user.id, id, time, ctx.now().toISOString());
      if (result.kind === "not-found") throw planNotFound();
      if (result.kind === "not-planned") throw planNotPlanned();
      return planView(result.plan, await personActivities(ctx.store.db, user.id));
    }
    const outcome = parse(planOutcomeSchema, request.body, "outcome");
    const user = currentUser(request);
    const saved = await recordOutcome(ctx.store.db, user.id, id, outcome, ctx.now().toISOString());
    if (!saved) throw planNotFound();
    const activities = await personActivities(ctx.store.db, user.id);
    const view = planView(saved, activities);
    if (saved.status !== "let-go") return view;
    return { ...view, smaller: smallerStep(saved, activities, localToday(request, ctx)) };
  });

  app.delete("/api/plans/:id", async (request, reply) => {
    const { id } = parse(idParams, request.params, "address");
    const user = currentUser(request);
    if (!(await deletePlan(ctx.store.db, user.id, id))) throw planNotFound();
    return reply.status(204).send();
  });
}
