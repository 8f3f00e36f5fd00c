import type { FastifyInstance } from "fastify";
import {
  crisisResourcesFor,
  parseAcceptLanguage,
  regionFromLanguages,
} from "../../core/crisis/crisis-resources.js";
import { emptySafetyPlan } from "../../core/safety-plan/prefill.js";
import {
  type SafetyPlan,
  safetyPlanSaveSchema,
} from "../../core/safety-plan/safety-plan.schema.js";
import { entityTag } from "../../core/versions/entity-tag.js";
import type { AppContext } from "../app-context.js";
import { parse } from "../http/parse.js";
import { saveConditionOf } from "../http/save-condition.js";
import { currentUser } from "../sessions/session-guard.js";
import { findSafetyPlan, saveSafetyPlanIf } from "./safety-plan.repository.js";

// The plan is the person's own words about their darkest moments: it is deliberately not passed
// through the crisis-language check (writing "I might want to end it all" as a warning sign is the
// point of the plan, not a new alarm), and never logged.
export function safetyPlanRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/api/safety-plan", async (request, reply) => {
    const user = currentUser(request);
    const saved = await findSafetyPlan(ctx.store.db, user.id);
    // The version a device edits over, for its If-Match; a plan never saved has none yet.
    if (saved?.updatedAt) return reply.header("etag", entityTag(saved.updatedAt)).send(saved);
    const region = regionFromLanguages(parseAcceptLanguage(request.headers["accept-language"]));
    return emptySafetyPlan(crisisResourcesFor(region));
  });

  // Two devices of one person may edit the plan at once: with If-Match, a plan changed elsewhere
  // since the version sent is answered 409 with the plan as it is, and nothing is overwritten.
  // Without a condition it replaces the plan, as it always did.
  app.put("/api/safety-plan", async (request, reply) => {
    // A body naming no step is refused by the schema itself, with its own words.
    const input = parse(safetyPlanSaveSchema, request.body, "safety plan");
    const condition = saveConditionOf(request.headers);
    const user = currentUser(request);
    const now = ctx.now().toISOString();
    const result = await ctx.store.write((trx) =>
      saveSafetyPlanIf(trx, user.id, input, now, condition),
    );
    if (result.outcome === "refused") return reply.status(409).send(conflictAnswer(result.current));
    return reply.header("etag", entityTag(result.version)).send(result.plan);
  });
}

/**
 * The plan as it is now travels with the refusal, so the device can keep the lines of both
 * without asking again; nothing was written. `current` is null when no plan is saved.
 */
function conflictAnswer(current: SafetyPlan | undefined) {
  return {
    error: {
      code: "safety-plan-conflict",
      message:
        "Your safety plan was changed somewhere else since this device last saw it. Nothing was overwritten.",
      fields: { plan: "was changed elsewhere" },
    },
    current: current ?? null,
  };
}
