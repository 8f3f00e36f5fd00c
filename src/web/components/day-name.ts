import type { LocalDate } from "../../core/dates/local-date.js";

const long = new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long" });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: "short" });
const dayAndMonth = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });

// Noon, so no time-zone or daylight-saving shift can move the date to its neighbour.
function toDate(date: LocalDate): Date {
  return new Date(`${date}T12:00:00`);
}

/** "Thursday 14 March", in the person's own language settings. */
export function dayName(date: LocalDate): string {
  return long.format(toDate(date));
}

/** "14 Mar", where space is short. */
export function shortDayName(date: LocalDate): string {
  return dayAndMonth.format(toDate(date));
}

/** "Thu" and "14 Mar" apart, so a narrow screen can leave the weekday out. */
export function shortDayParts(date: LocalDate): { weekday: string; day: string } {
  return { weekday: weekday.format(toDate(date)), day: shortDayName(date) };
}
