import ical, { ICalEventStatus } from "ical-generator";
import type { Activity, PlannedActivity } from "../../core/plan/activity.schema.js";

/**
 * The plan as an iCalendar file. Times are floating (no time zone): a plan says "10:00 on
 * Tuesday" the way the person meant it, wherever their calendar is. "Sometime that day" is an
 * all-day entry. Only the activity and its first step go in: never who it is with, ratings or
 * anything else, since a calendar app may keep the file on other servers.
 */
export function planCalendar(
  plans: readonly PlannedActivity[],
  activities: ReadonlyMap<string, Activity>,
  stamp: Date,
): string {
  const calendar = ical({
    name: "Reconnect plan",
    prodId: { company: "Reconnect", product: "Plan", language: "EN" },
  });
  for (const plan of plans) {
    if (plan.status === "let-go") continue;
    const activity = activities.get(plan.activityId);
    const summary = activity?.title ?? "Planned activity";
    const description = activity ? `First step: ${activity.firstStep}` : null;
    const common = {
      id: `${plan.id}@reconnect`,
      stamp,
      summary,
      description,
      status: plan.status === "done" ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    };
    if (plan.time === null) {
      calendar.createEvent({ ...common, start: new Date(`${plan.date}T00:00:00Z`), allDay: true });
    } else {
      // Written as UTC digits and emitted without the Z, which is what "floating" means.
      const start = new Date(`${plan.date}T${plan.time}:00Z`);
      const end = new Date(start.getTime() + (activity?.minutes ?? 30) * 60_000);
      calendar.createEvent({ ...common, start, end, floating: true });
    }
  }
  return calendar.toString();
}
