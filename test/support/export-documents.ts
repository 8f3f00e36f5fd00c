import type { ExportDocument } from "../../src/core/export/export-document.schema.js";

/**
 * A valid export of version 1 that holds nothing but the account, with `parts` laid over it: the
 * one place tests spell out every kind an export carries, so a new kind is added here once.
 */
export function exportDocumentWith(
  at: string,
  username: string,
  parts: Partial<ExportDocument> = {},
): ExportDocument {
  return {
    format: "reconnect-export",
    version: 1,
    exportedAt: at,
    account: { username, createdAt: at },
    checkins: [],
    assessments: [],
    safetyPlan: null,
    thoughts: [],
    activities: [],
    hiddenActivities: [],
    plans: [],
    routine: { targets: [], ticks: [] },
    people: [],
    shares: [],
    calendarFeed: null,
    reminders: null,
    ...parts,
  };
}
