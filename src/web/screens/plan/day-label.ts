import { addDays } from "../../../core/dates/local-date.js";

/** "Today", "Tomorrow", or the weekday and date, as the week list names a plan's day. */
export function dayLabel(date: string, today: string): string {
  if (date === today) return "Today";
  if (date === addDays(today, 1)) return "Tomorrow";
  return new Date(`${date}T12:00:00`).toLocaleDateString(undefined, {
    weekday: "long",
    day: "numeric",
    month: "short",
  });
}

/** The day inside a sentence: "today", "tomorrow", or "on Monday, 7 Dec". */
export function dayInSentence(date: string, today: string): string {
  const label = dayLabel(date, today);
  return date === today || date === addDays(today, 1) ? label.toLowerCase() : `on ${label}`;
}
