import { addDays, daysBetween, type LocalDate } from "../../../core/dates/local-date.js";
import { lazyDateFormat } from "../../dates/lazy-date-format.js";

/**
 * Which days a history page shows, kept pure so the paging is tested without a browser. The first
 * page is the last four weeks; "Earlier" then goes back a calendar month at a time, to the month
 * of the first check-in, so no day is ever skipped between pages.
 */

export const RECENT_DAYS = 28;

/** "2026-10" */
export type Month = string;

export interface Page {
  from: LocalDate;
  to: LocalDate;
  days: number;
  /** The month to go back to, or null on the page that holds the first check-in. */
  earlier: Month | null;
  /** The month after this one, or null when it would be the last four weeks' own page. */
  later: Month | null;
}

export const monthOf = (date: LocalDate): Month => date.slice(0, 7);

function firstDay(month: Month): LocalDate {
  return `${month}-01`;
}

function nextMonth(month: Month): Month {
  return monthOf(addDays(firstDay(month), 31));
}

function lastDay(month: Month): LocalDate {
  return addDays(firstDay(nextMonth(month)), -1);
}

/**
 * The page for `month` (null for the last four weeks) as of `today`, given the first check-in's
 * date (null with none). A month page never reaches past today.
 */
export function historyPage(month: Month | null, today: LocalDate, first: LocalDate | null): Page {
  const from = month === null ? addDays(today, -(RECENT_DAYS - 1)) : firstDay(month);
  const end = month === null ? today : lastDay(month);
  const to = end > today ? today : end;
  const earlier = first !== null && first < from ? monthOf(addDays(from, -1)) : null;
  // The four weeks' page goes back to `entry`; forward from there is the four weeks again.
  const entry = monthOf(addDays(today, -RECENT_DAYS));
  const later = month === null || month >= entry ? null : nextMonth(month);
  return { from, to, days: Math.max(1, daysBetween(from, to) + 1), earlier, later };
}

// Built on first use: this file loads with the page's entry, whose early requests must not wait.
const monthName = lazyDateFormat({ month: "long", year: "numeric" });

/** "October 2026", in the person's own language settings. */
export function monthTitle(month: Month): string {
  // The 15th at noon, so no time zone moves the month.
  return monthName.format(new Date(`${month}-15T12:00:00`));
}

export function historyPath(month: Month | null): string {
  return month === null ? "/history" : `/history/${month}`;
}
