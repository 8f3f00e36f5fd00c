import type { AssessmentRequest } from "../../core/assessments/assessment.schema.js";
import {
  type AssessmentRecord,
  assessmentRecordSchema,
} from "../../core/assessments/assessment-record.schema.js";
import type { AssessmentScore } from "../../core/assessments/score-assessment.js";
import type { AssessmentRow, AssessmentTable } from "./assessment.table.js";

export function assessmentToRow(
  id: string,
  userId: string,
  input: AssessmentRequest,
  scored: AssessmentScore,
  takenAt: string,
): AssessmentTable {
  return {
    id,
    user_id: userId,
    instrument: input.instrument,
    answers: JSON.stringify(input.answers),
    difficulty: input.instrument === "phq9" ? (input.difficulty ?? null) : null,
    score: scored.score,
    band: scored.band,
    self_harm: scored.flags.selfHarm === true ? 1 : 0,
    taken_at: takenAt,
  };
}

/**
 * A row as the API shows it. Parsed through the shared schema, so a row that could only come
 * from a bug (a band from the other instrument, nine answers on a UCLA-3) fails loudly instead of
 * reaching the person. Only PHQ-9 carries the self-harm flag: UCLA-3 never asks about it.
 */
export function assessmentFromRow(row: AssessmentRow): AssessmentRecord {
  const answers: unknown = JSON.parse(row.answers);
  const common = {
    id: row.id,
    score: row.score,
    band: row.band,
    answers,
    takenAt: row.taken_at,
  };
  if (row.instrument === "phq9") {
    return assessmentRecordSchema.parse({
      ...common,
      instrument: "phq9",
      flags: { selfHarm: row.self_harm === 1 },
      ...(row.difficulty === null ? {} : { difficulty: row.difficulty }),
    });
  }
  return assessmentRecordSchema.parse({ ...common, instrument: row.instrument, flags: {} });
}
