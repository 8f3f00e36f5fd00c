import {
  type Activity,
  type PlannedActivity,
  plannedActivitySchema,
  storedActivitySchema,
} from "../../core/plan/activity.schema.js";
import type {
  OwnActivityRow,
  OwnActivityTable,
  PlannedActivityRow,
  PlannedActivityTable,
} from "./plan.table.js";

export function ownActivityToRow(
  userId: string,
  activity: Activity,
  createdAt: string,
): OwnActivityTable {
  return {
    id: activity.id,
    user_id: userId,
    title: activity.title,
    area: activity.area,
    effort: activity.effort,
    minutes: activity.minutes,
    social: activity.social ? 1 : 0,
    first_step: activity.firstStep,
    created_at: createdAt,
  };
}

/** Parsed, not cast: a row is only trusted as far as its shape checks out. */
export function ownActivityFromRow(row: OwnActivityRow): Activity {
  return storedActivitySchema.parse({
    id: row.id,
    title: row.title,
    area: row.area,
    effort: row.effort,
    minutes: Number(row.minutes),
    social: Number(row.social) === 1,
    firstStep: row.first_step,
  });
}

export function planToRow(
  userId: string,
  plan: PlannedActivity,
  times: { createdAt: string; updatedAt: string },
): PlannedActivityTable {
  return {
    id: plan.id,
    user_id: userId,
    activity_id: plan.activityId,
    date: plan.date,
    time: plan.time,
    predicted_enjoyment: plan.predictedEnjoyment,
    person_id: plan.personId ?? null,
    status: plan.status,
    actual_enjoyment: plan.actualEnjoyment ?? null,
    achievement: plan.achievement ?? null,
    created_at: times.createdAt,
    updated_at: times.updatedAt,
  };
}

/** Optional fields that were never set are absent, not null, as everywhere in the API. */
export function planFromRow(row: PlannedActivityRow): PlannedActivity {
  const plan: Record<string, unknown> = {
    id: row.id,
    activityId: row.activity_id,
    date: row.date,
    time: row.time,
    predictedEnjoyment: Number(row.predicted_enjoyment),
    status: row.status,
  };
  if (row.person_id !== null) plan.personId = row.person_id;
  if (row.actual_enjoyment !== null) plan.actualEnjoyment = Number(row.actual_enjoyment);
  if (row.achievement !== null) plan.achievement = Number(row.achievement);
  return plannedActivitySchema.parse(plan);
}
