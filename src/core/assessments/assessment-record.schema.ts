import { z } from "zod";
import { lazySchema } from "../schema/lazy-schema.js";
import { assessmentSchema } from "./assessment.schema.js";
import { PHQ9_ANSWER_MAX, PHQ9_ANSWER_MIN, PHQ9_ITEM_COUNT } from "./phq9.js";
import { UCLA3_ANSWER_MAX, UCLA3_ANSWER_MIN, UCLA3_ITEM_COUNT } from "./ucla3.js";

// Each schema is built the first time it is used, not when this file loads (lazySchema): the
// check-in screen's offer of a check-up loads this file and parses few or none of them.

function answers(count: number, min: number, max: number) {
  return z.array(z.number().int().min(min).max(max)).length(count);
}

/**
 * A stored questionnaire as the API returns it: the scored result plus the answers behind it,
 * so the person (and later a clinician's export) can see exactly what was said, not only a total.
 */
export const assessmentRecordSchema = lazySchema(() => {
  const [phq9Scored, ucla3Scored] = assessmentSchema.options;
  return z.discriminatedUnion("instrument", [
    phq9Scored.extend({
      answers: answers(PHQ9_ITEM_COUNT, PHQ9_ANSWER_MIN, PHQ9_ANSWER_MAX),
      difficulty: z.number().int().min(0).max(3).optional(),
    }),
    ucla3Scored.extend({ answers: answers(UCLA3_ITEM_COUNT, UCLA3_ANSWER_MIN, UCLA3_ANSWER_MAX) }),
  ]);
});
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

export const assessmentRecordListSchema = lazySchema(() =>
  z.strictObject({
    assessments: z.array(assessmentRecordSchema),
  }),
);
