import type { LocalDate } from "../../core/dates/local-date.js";
import { lazyDateFormat } from "../dates/lazy-date-format.js";

// Built on first use (dates/lazy-date-format.ts); this file loads with the page's entry, so the
// entry can build them while the app's script downloads.
const long = lazyDateFormat({ weekday: "long", day: "numeric", month: "long" });
const weekday = lazyDateFormat({ weekday: "short" });
const dayAndMonth = lazyDateFormat({ day: "numeric", month: "short" });

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
