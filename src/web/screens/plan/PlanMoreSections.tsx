import type { ActivityView } from "../../../core/plan/plan-api.schema.js";
import { ActivitiesSection } from "./ActivitiesSection.js";
import { CalendarSection } from "./CalendarSection.js";
import { RemindersSection } from "./RemindersSection.js";
import { RoutineSection } from "./RoutineSection.js";

/**
 * The plan's sections below the week: the activity list, the daily rhythm, reminders and the
 * calendar feed. A file of their own, loaded once the ideas for today are in, so neither their
 * code nor their requests compete with what a person opened the plan for (issue 13).
 */
export function PlanMoreSections({
  today,
  onActivitiesChanged,
  onPlan,
}: {
  today: string;
  onActivitiesChanged: () => Promise<void>;
  onPlan: (activity: ActivityView) => void;
}) {
  return (
    <>
      <ActivitiesSection onChanged={onActivitiesChanged} onPlan={onPlan} />
      <RoutineSection today={today} />
      <RemindersSection />
      <CalendarSection />
    </>
  );
}
