import { isolatedWithFullStop } from "../text/full-stop.js";

/**
 * Every word a reminder says, in one place, so one test can read them all. A reminder is an
 * open door, never a tally: no missed days, no streaks, no "again", nothing the person owes.
 */
export const reminderWords = {
  /** The daily check-in nudge: its calendar entry, its alarm and its notification. */
  checkinTitle: "Check-in, whenever suits you",
  checkinAlarm: "A minute for yourself? Today's check-in is here when you want it.",
  checkinCalendarNote:
    "A gentle nudge from Reconnect. Open it if you like; skipping a day is fine too.",
  /**
   * A planned step coming up. The step's own words go in isolated, the full stop after them: a
   * title ending in a right-to-left override drew the notification's words after it backwards.
   */
  stepAlarm: (title: string) => `Coming up, if it still suits you: ${isolatedWithFullStop(title)}`,
  stepNotificationTitle: "A small step you planned",
  stepNotificationBody: (title: string) =>
    `${isolatedWithFullStop(title)} Doing it, changing it or letting it go are all fine.`,
} as const;

/** Each reminder string as the person would read it, with a sample step title filled in. */
export function everyReminderString(sampleTitle = "Open a window"): string[] {
  return Object.values(reminderWords).map((word) =>
    typeof word === "function" ? word(sampleTitle) : word,
  );
}
