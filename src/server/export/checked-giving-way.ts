import type { z } from "zod";
import {
  type ExportDocument,
  exportDocumentSchema,
} from "../../core/export/export-document.schema.js";
import { repairVersion1 } from "../../core/export/repair-v1.js";
import type { UncheckedExport } from "../../core/export/upgrade-export.js";
import { giveWay, parsedGivingWay } from "../http/give-way.js";

const { shape } = exportDocumentSchema;

/** A long list checked a step at a time; anything but a list is left to the whole document's check. */
async function listGivingWay<T extends z.ZodType>(
  schema: T,
  list: unknown,
): Promise<z.output<T>[] | undefined> {
  if (!Array.isArray(list)) return undefined;
  const checked = await parsedGivingWay(schema, list);
  await giveWay();
  return checked;
}

/**
 * `checkedExport` (export.repository.ts), the same document, giving way between steps: checking
 * five years of records against the export's schema in one piece took longer than anything else
 * the export does, and held every other person's request meanwhile. The lists that grow with the
 * years are checked a step of records at a time with their own record schemas; the rest (the
 * account, the safety plan, the routine, the short lists) by the document's schema as one, with
 * those lists empty there, so each key keeps its place and every rule of the whole applies.
 */
export async function checkedExportGivingWay(unchecked: UncheckedExport): Promise<ExportDocument> {
  const repaired = repairVersion1(unchecked);
  await giveWay();
  const checkins = await listGivingWay(shape.checkins.element, repaired.checkins);
  const assessments = await listGivingWay(shape.assessments.element, repaired.assessments);
  const thoughts = await listGivingWay(shape.thoughts.element, repaired.thoughts);
  const plans = await listGivingWay(shape.plans.element, repaired.plans);
  const checked = exportDocumentSchema.parse({
    ...repaired,
    ...(checkins && { checkins: [] }),
    ...(assessments && { assessments: [] }),
    ...(thoughts && { thoughts: [] }),
    ...(plans && { plans: [] }),
  });
  // Spread over the checked document, whose keys already hold these places, so the order stays.
  return {
    ...checked,
    checkins: checkins ?? checked.checkins,
    assessments: assessments ?? checked.assessments,
    thoughts: thoughts ?? checked.thoughts,
    plans: plans ?? checked.plans,
  };
}
