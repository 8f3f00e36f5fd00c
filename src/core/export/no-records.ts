import type { ImportCounts } from "./export-document.schema.js";

/** Nothing of any kind: where an import starts counting, and an empty account's counts. */
export function noRecords(): ImportCounts {
  return {
    checkins: 0,
    assessments: 0,
    safetyPlan: 0,
    thoughts: 0,
    activities: 0,
    hiddenActivities: 0,
    plans: 0,
    routineTargets: 0,
    routineTicks: 0,
    people: 0,
    shares: 0,
    calendarFeed: 0,
    reminders: 0,
  };
}
