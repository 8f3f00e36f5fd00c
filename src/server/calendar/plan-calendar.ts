import ical, {
  ICalAlarmType,
  type ICalCalendar,
  ICalEventRepeatingFreq,
  ICalEventStatus,
  ICalEventTransparency,
} from "ical-generator";
import type { LocalDate } from "../../core/dates/local-date.js";
import type { Activity, PlannedActivity } from "../../core/plan/activity.schema.js";
import { firstStepBeyondTitle } from "../../core/plan/first-step.js";
import type { ReminderSettings } from "../../core/reminders/reminder-settings.schema.js";
import { reminderWords } from "../../core/reminders/reminder-words.js";

/** How long the daily check-in entry lasts in a calendar: a small mark, not a block of time. */
const CHECKIN_ENTRY_MINUTES = 5;

/** What the feed needs to carry the person's reminders. */
export interface CalendarReminders {
  settings: ReminderSettings;
  /** The day the daily entry starts repeating from: when the person chose its time. */
  since: LocalDate;
  /** Makes the daily entry's UID the person's own, so two feeds in one calendar never merge. */
  ownerId: string;
}

/**
 * The plan as an iCalendar file. Times are floating (no time zone): a plan says "10:00 on
 * Tuesday" the way the person meant it, wherever their calendar is. "Sometime that day" is an
 * all-day entry. Only the activity and its first step go in: never who it is with, ratings or
 * anything else, since a calendar app may keep the file on other servers.
 *
 * Reminders the person turned on ride along: a daily check-in entry with an alarm, and an alarm
 * on each step still planned for a time. Steps without a time get none, since an alarm on an
 * all-day entry would ring at midnight.
 */
export function planCalendar(
  plans: readonly PlannedActivity[],
  activities: ReadonlyMap<string, Activity>,
  stamp: Date,
  reminders?: CalendarReminders,
): string {
  const calendar = ical({
    name: "Reconnect plan",
    prodId: { company: "Reconnect", product: "Plan", language: "EN" },
  });
  const steps = reminders?.settings.steps;
  for (const plan of plans) {
    if (plan.status === "let-go") continue;
    const activity = activities.get(plan.activityId);
    const summary = calendarText(activity?.title ?? "Planned activity");
    // Left out when it only repeats the title (a step planned from a thought record).
    const firstStep = activity ? firstStepBeyondTitle(activity) : null;
    const description = firstStep === null ? null : `First step: ${calendarText(firstStep)}`;
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
      const start = floating(plan.date, plan.time);
      const end = new Date(start.getTime() + (activity?.minutes ?? 30) * 60_000);
      const event = calendar.createEvent({ ...common, start, end, floating: true });
      if (steps?.on && plan.status === "planned") {
        event.createAlarm({
          type: ICalAlarmType.display,
          trigger: steps.minutesBefore * 60,
          description: reminderWords.stepAlarm(summary),
        });
      }
    }
  }
  if (reminders?.settings.checkinTime) addCheckinEntry(calendar, reminders, stamp);
  return calendar.toString();
}

/**
 * Control characters a title may hold (Word's line break within a paragraph is a vertical tab,
 * so one comes with pasted text), other than the tab and line breaks the generator escapes.
 * Named by their Unicode category (Cc, which also holds DEL and the C1 controls) rather than
 * spelled out, so no control character is written into the pattern itself.
 */
const CONTROL_RUN = / *(?:(?![\t\n\r])\p{Cc})+ */gu;

/**
 * The text as a calendar may hold it: RFC 5545 allows no control character in it but the tab,
 * and one written raw makes the whole file invalid, so a strict calendar app or a CalDAV server
 * (XML cannot hold one) refuses the feed and every reminder in it. A run of them is a space.
 */
function calendarText(text: string): string {
  return text.replace(CONTROL_RUN, " ").trim();
}

/** Written as UTC digits and emitted without the Z, which is what "floating" means. */
function floating(date: LocalDate, time: string): Date {
  return new Date(`${date}T${time}:00Z`);
}

/**
 * One entry repeating every day at the chosen time, with an alarm at its start. It never ends
 * and never changes with what the person did: a day without a check-in leaves no mark on it.
 * Shown as free time, so it blocks nothing in the person's calendar.
 */
function addCheckinEntry(calendar: ICalCalendar, reminders: CalendarReminders, stamp: Date) {
  const time = reminders.settings.checkinTime;
  if (time === null) return;
  const start = floating(reminders.since, time);
  const event = calendar.createEvent({
    id: `checkin-${reminders.ownerId}@reconnect`,
    stamp,
    start,
    end: new Date(start.getTime() + CHECKIN_ENTRY_MINUTES * 60_000),
    floating: true,
    summary: reminderWords.checkinTitle,
    description: reminderWords.checkinCalendarNote,
    repeating: { freq: ICalEventRepeatingFreq.DAILY },
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  event.createAlarm({
    type: ICalAlarmType.display,
    trigger: 0,
    description: reminderWords.checkinAlarm,
  });
}
