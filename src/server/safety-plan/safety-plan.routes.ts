import type { FastifyInstance } from "fastify";
import {
  crisisResourcesFor,
  parseAcceptLanguage,
  regionFromLanguages,
} from "../../core/crisis/crisis-resources.js";
import { emptySafetyPlan } from "../../core/safety-plan/prefill.js";
import {
  safetyPlanInputSchema,
  safetyPlanSteps,
} from "../../core/safety-plan/safety-plan.schema.js";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import { findSafetyPlan, saveSafetyPlan } from "./safety-plan.repository.js";

// The plan is the person's own words about their darkest moments: it is deliberately not passed
// through the crisis-language check (writing "I might want to end it all" as a warning sign is the
// point of the plan, not a new alarm), and never logged.
export function safetyPlanRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/safety-plan", async (request) => {
    const user = currentUser(request);
    const saved = await findSafetyPlan(ctx.store.db, user.id);
    if (saved) return saved;
    const region = regionFromLanguages(parseAcceptLanguage(request.headers["accept-language"]));
    return emptySafetyPlan(crisisResourcesFor(region));
  });

  app.put("/api/safety-plan", async (request) => {
    const input = parse(safetyPlanInputSchema, request.body, "safety plan");
    // A step left out is an empty list, so a body naming no step at all (`{}`, or none, which
    // clients send as `{}`) would erase the whole plan: never what a person meant, and the plan
    // is what they reach for on their worst day. Emptying it stays possible by naming the steps.
    const body = request.body;
    const namesAStep =
      typeof body === "object" &&
      body !== null &&
      safetyPlanSteps.some((step) => Object.hasOwn(body, step));
    if (!namesAStep) {
      throw new AppError(
        400,
        "invalid-input",
        "The safety plan was not changed: the request named none of its steps.",
        { body: "must name at least one step; to empty the plan, send each step as an empty list" },
      );
    }
    const user = currentUser(request);
    return saveSafetyPlan(ctx.store.db, user.id, input, ctx.now().toISOString());
  });
}
