import type { AssessmentRecord } from "../assessments/assessment-record.schema.js";
import { checkUpEntries, type IdFor, urnOf } from "./fhir-check-up.js";
import { PSEUDONYMIZED } from "./fhir-codes.js";
import { phq9Questionnaire, ucla3Questionnaire } from "./fhir-questionnaires.js";
import type { Bundle, BundleEntry } from "./fhir-resources.js";

/**
 * Everything Reconnect can tell a health record, as one FHIR R4 Bundle of type collection: a
 * Patient with no name, no birth date and no contact (Reconnect keeps none, and a username is
 * not a name), only an id that stands for this account; the PHQ-9 and UCLA-3 forms; and each
 * check-up the person took, oldest first. Nothing else the person keeps (check-ins, notes,
 * thoughts, people) goes in.
 *
 * Every id comes from `idFor`, which the caller makes stable per account, so the same records
 * export as the same resources each time and a receiving system can tell a repeat from a new one.
 */
export function fhirBundle(
  assessments: readonly AssessmentRecord[],
  idFor: IdFor,
  exportedAt: string,
): Bundle {
  const patientId = idFor("patient");
  const phq9Id = idFor("questionnaire:phq9");
  const ucla3Id = idFor("questionnaire:ucla3");
  const entry: BundleEntry[] = [
    {
      fullUrl: urnOf(patientId),
      resource: { resourceType: "Patient", id: patientId, meta: { security: [PSEUDONYMIZED] } },
    },
    { fullUrl: urnOf(phq9Id), resource: phq9Questionnaire(phq9Id) },
    { fullUrl: urnOf(ucla3Id), resource: ucla3Questionnaire(ucla3Id) },
    ...assessments.flatMap((record) => checkUpEntries(record, patientId, idFor)),
  ];
  return { resourceType: "Bundle", type: "collection", timestamp: exportedAt, entry };
}
