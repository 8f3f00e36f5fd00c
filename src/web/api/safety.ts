import type { AssessmentRequest, InstrumentId } from "../../core/assessments/assessment.schema.js";
import {
  assessmentRecordListSchema,
  assessmentRecordSchema,
} from "../../core/assessments/assessment-record.schema.js";
import {
  type SafetyPlanInput,
  safetyPlanSchema,
} from "../../core/safety-plan/safety-plan.schema.js";
import { requestJson } from "./client.js";

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
  saveSafetyPlan: (plan: SafetyPlanInput) =>
    requestJson("PUT", "/api/safety-plan", safetyPlanSchema, { body: plan }),
};
