/**
 * A calendar date as the person lives it (`YYYY-MM-DD`), independent of time zones.
 * Check-ins are keyed by this, so a late-night entry belongs to the day the person means.
 */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The one wording for every date the app refuses, whatever was wrong with it (not a date, a
 * 30 February, a year past 2999): a person reads the same rule wherever they typed a date, and
 * the rule says what is taken rather than calling 9999-12-31 "not a real date".
 */
export const LOCAL_DATE_RULE = "must be a real date written YYYY-MM-DD, in the years 1900 to 2999";

/** True for a real calendar date such as `2024-02-29`; false for `2026-02-30` or `2026-1-1`. */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic rather than a Date: every dated request checks its dates with this.
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Shifts a valid local date by whole days, crossing months and leap years correctly. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return shifted.toISOString().slice(0, 10);
}

/**
 * Whether `to` is more than `years` calendar years after `from`: later than the same month and
 * day that many years on, so a year is 365 or 366 days as the calendar has it. From a 29 February
 * into a year without one, 28 February is the last day within.
 */
export function isMoreThanYearsAfter(from: LocalDate, to: LocalDate, years: number): boolean {
  // Compared as text, which orders YYYY-MM-DD as dates: the moved date (2025-02-29) need not be
  // a real one for that.
  return to > withYearMoved(from, years);
}

/** The earliest date that `to` is at most `years` calendar years after (see above). */
export function earliestWithinYears(to: LocalDate, years: number): LocalDate {
  const moved = withYearMoved(to, -years);
  const year = moved.slice(0, 4);
  // A 29 February moved into a year that has none: the first day after it is 1 March.
  return moved.endsWith("-02-29") && daysInMonth(Number(year), 2) === 28 ? `${year}-03-01` : moved;
}

function withYearMoved(date: LocalDate, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, "0")}${date.slice(4)}`;
}

/** The local date of an instant in the runtime's own time zone (the browser's, in the app). */
export function localDateOf(instant: Date): LocalDate {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, "0");
  const d = String(instant.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Monday on or before a date, the first day of its week: 1970-01-05 was a Monday. */
export function mondayOf(date: LocalDate): LocalDate {
  const sinceMonday = ((daysBetween("1970-01-05", date) % 7) + 7) % 7;
  return addDays(date, -sinceMonday);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
