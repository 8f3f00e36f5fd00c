import type { Kysely } from "kysely";
import { EXPORT_VERSION, exportDocumentSchema } from "../../core/export/export-document.schema.js";
import { repairVersion1 } from "../../core/export/repair-v1.js";
import type { ReportSource } from "../../core/report/report-figures.js";
import type { Database } from "../db/database.js";
import {
  type Period,
  readAssessments,
  readCheckinDocs,
  readOwnActivities,
  readPlans,
  readSafetyPlan,
  readThoughts,
} from "../export/export.repository.js";

/** The parts of an export a report draws on, checked as an import would check them. */
const reportSourceSchema = exportDocumentSchema.pick({
  checkins: true,
  assessments: true,
  plans: true,
  thoughts: true,
  activities: true,
  safetyPlan: true,
});

/**
 * What one person's report for a period is made from: the period's check-ins, questionnaires,
 * plans and thought records, and, whatever their date, their own activities (to name a plan's)
 * and whether they have a safety plan. Read by the export's own readers, so a report can hold
 * nothing the export would not; but only the period, so a report of a month reads a month of a
 * person's years.
 */
export async function readReportSource(
  db: Kysely<Database>,
  userId: string,
  period: Period,
): Promise<ReportSource> {
  // Words a route took before its rule was tightened (a thought of a zero-width space) are still
  // kept in the account; they are read as the export writes them, so the report still comes.
  const { version: _version, ...source } = repairVersion1({
    version: EXPORT_VERSION,
    checkins: await readCheckinDocs(db, userId, period),
    assessments: await readAssessments(db, userId, period),
    plans: await readPlans(db, userId, period),
    thoughts: await readThoughts(db, userId, period),
    activities: await readOwnActivities(db, userId),
    safetyPlan: await readSafetyPlan(db, userId),
  });
  return reportSourceSchema.parse(source);
}
