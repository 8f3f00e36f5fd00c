import { addDays, type LocalDate, localDateOf } from "../dates/local-date.js";
import { minutesOfDay, type TimeOfDay } from "../plan/time-of-day.js";
import type { ReminderSettings } from "./reminder-settings.schema.js";
import { reminderWords } from "./reminder-words.js";

/** A step the person planned for a time, as the notifier needs it. */
export interface TimedStep {
  id: string;
  title: string;
  date: LocalDate;
  time: TimeOfDay;
}

export interface Nudge {
  /** Stable for one reminder on one day, so the same nudge is never shown twice. */
  key: string;
  kind: "checkin" | "step";
  title: string;
  body: string;
}

/**
 * Nudges older than this are let go rather than shown late: a computer waking from sleep at
 * noon should not pour out the morning's reminders at once.
 */
export const LATE_LIMIT_MS = 15 * 60_000;

/** The instant `time` strikes on `date`, on the clock of whoever runs this (the browser's). */
function at(date: LocalDate, time: TimeOfDay, minutesEarlier = 0): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 0, minutesOfDay(time) - minutesEarlier);
}

/**
 * The nudges whose moment fell after `since` and at or before `now`, at most `LATE_LIMIT_MS`
 * late. Pure, so the same rule can be checked against any clock: the browser calls it every
 * little while with the last moment it looked.
 */
export function nudgesDue(
  settings: ReminderSettings,
  steps: readonly TimedStep[],
  since: Date,
  now: Date,
): Nudge[] {
  const from = Math.max(since.getTime(), now.getTime() - LATE_LIMIT_MS);
  const inWindow = (moment: Date) => moment.getTime() > from && moment.getTime() <= now.getTime();
  const due: Nudge[] = [];
  if (settings.checkinTime !== null) {
    const today = localDateOf(now);
    for (const date of [addDays(today, -1), today]) {
      if (inWindow(at(date, settings.checkinTime))) {
        due.push({
          key: `checkin:${date}`,
          kind: "checkin",
          title: reminderWords.checkinTitle,
          body: reminderWords.checkinAlarm,
        });
      }
    }
  }
  if (settings.steps.on) {
    for (const step of steps) {
      if (inWindow(at(step.date, step.time, settings.steps.minutesBefore))) {
        due.push({
          key: `step:${step.id}`,
          kind: "step",
          title: reminderWords.stepNotificationTitle,
          body: reminderWords.stepNotificationBody(step.title),
        });
      }
    }
  }
  return due;
}
