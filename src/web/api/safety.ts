import { z } from "zod";
import type { AssessmentRequest, InstrumentId } from "../../core/assessments/assessment.schema.js";
import {
  assessmentRecordListSchema,
  assessmentRecordSchema,
} from "../../core/assessments/assessment-record.schema.js";
import {
  type SafetyPlan,
  type SafetyPlanInput,
  safetyPlanSchema,
} from "../../core/safety-plan/safety-plan.schema.js";
import { entityTag } from "../../core/versions/entity-tag.js";
import { ApiRequestError, requestJson } from "./client.js";

/**
 * The plan as the server holds it, when `error` is a save refused because the plan changed
 * elsewhere (null: no plan is saved now); undefined for any other error.
 */
export function conflictingPlanOf(error: unknown): SafetyPlan | null | undefined {
  if (!(error instanceof ApiRequestError) || error.code !== "safety-plan-conflict")
    return undefined;
  // Built here, not as the file loads: only a refused save needs it.
  const parsed = z.object({ current: safetyPlanSchema.nullable() }).safeParse(error.body);
  return parsed.success ? parsed.data.current : undefined;
}

/**
 * Questionnaires and the safety plan. Kept apart from `reconnect.ts` so only the screens that use
 * them load these schemas, and the check-in screen's script stays as small as it was.
 */
export const safetyApi = {
  assessments: async (instrument?: InstrumentId) => {
    const query = instrument ? `?${new URLSearchParams({ instrument })}` : "";
    const list = await requestJson("GET", `/api/assessments${query}`, assessmentRecordListSchema);
    return list.assessments;
  },
  takeAssessment: (input: AssessmentRequest) =>
    // A 401 here is answered on the questionnaire itself rather than by leaving for sign-in:
    // the answers, and the help shown beside a risk answer, must stay on screen.
    requestJson("POST", "/api/assessments", assessmentRecordSchema, {
      body: input,
      unauthorizedIsAnswer: true,
    }),
  /** The region for a plan not saved yet comes from the browser's language, sent with the request. */
  safetyPlan: () => requestJson("GET", "/api/safety-plan", safetyPlanSchema),
  /**
   * Saves over `version`, the plan's `updatedAt` as this page last saw it (null: it saw none
   * saved): a plan changed elsewhere since is a 409 carrying it (`conflictingPlanOf`).
   */
  saveSafetyPlan: (plan: SafetyPlanInput, version: string | null) =>
    requestJson("PUT", "/api/safety-plan", safetyPlanSchema, {
      body: plan,
      headers: version === null ? { "If-None-Match": "*" } : { "If-Match": entityTag(version) },
    }),
};
