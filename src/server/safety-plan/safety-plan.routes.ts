import type { FastifyInstance } from "fastify";
import {
  crisisResourcesFor,
  parseAcceptLanguage,
  regionFromLanguages,
} from "../../core/crisis/crisis-resources.js";
import { emptySafetyPlan } from "../../core/safety-plan/prefill.js";
import { safetyPlanSaveSchema } from "../../core/safety-plan/safety-plan.schema.js";
import type { AppContext } from "../app-context.js";
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
    // A body naming no step is refused by the schema itself, with its own words.
    const input = parse(safetyPlanSaveSchema, request.body, "safety plan");
    const user = currentUser(request);
    return saveSafetyPlan(ctx.store.db, user.id, input, ctx.now().toISOString());
  });
}
