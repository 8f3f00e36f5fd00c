import type { Kysely } from "kysely";
import type { AssessmentRequest, InstrumentId } from "../../core/assessments/assessment.schema.js";
import type { AssessmentRecord } from "../../core/assessments/assessment-record.schema.js";
import { scoreAssessment } from "../../core/assessments/score-assessment.js";
import type { Database } from "../db/database.js";
import { assessmentFromRow, assessmentToRow } from "./assessment.mapper.js";

/** Scores a validated questionnaire by its published rules and stores it with its answers. */
export async function saveAssessment(
  db: Kysely<Database>,
  userId: string,
  id: string,
  input: AssessmentRequest,
  takenAt: string,
): Promise<AssessmentRecord> {
  const row = assessmentToRow(id, userId, input, scoreAssessment(input), takenAt);
  await db.insertInto("assessments").values(row).execute();
  return assessmentFromRow(row);
}

/** One person's questionnaires, oldest first; ties (same instant) keep the order they were saved. */
export async function listAssessments(
  db: Kysely<Database>,
  userId: string,
  instrument?: InstrumentId,
): Promise<AssessmentRecord[]> {
  let query = db.selectFrom("assessments").selectAll().where("user_id", "=", userId);
  if (instrument) query = query.where("instrument", "=", instrument);
  const rows = await query.orderBy("taken_at").orderBy("id").execute();
  return rows.map(assessmentFromRow);
}
