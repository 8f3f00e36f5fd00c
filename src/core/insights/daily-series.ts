import type { Checkin } from "../checkins/checkin.schema.js";
import type { LocalDate } from "../dates/local-date.js";

/**
 * Check-ins laid out one slot per calendar day, so "yesterday" is always index − 1 and a day
 * without a check-in is a visible gap (NaN) rather than silently closing up the calendar.
 */

export const dailyMeasures = [
  "mood",
  "energy",
  "enjoyment",
  "rumination",
  "burden",
  "sleepHours",
  "connections",
] as const;
export type DailyMeasure = (typeof dailyMeasures)[number];

export interface DailySeries {
  /** The first day with a check-in, or null when there are none. */
  firstDate: LocalDate | null;
  /** Epoch day of `firstDate` (see `epochDay`); 0 when there are no check-ins. */
  firstDay: number;
  /** Days from the first check-in to the last, inclusive. */
  length: number;
  /** Check-in days kept (after duplicates and bad dates are set aside). */
  checkins: number;
  /** 1 on days with a check-in. */
  present: Uint8Array;
  values: Record<DailyMeasure, Float64Array>;
}

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date, in integer arithmetic (Hinnant's
 * days-from-civil). Insights touch thousands of dates, and this avoids a Date object for each.
 */
export function epochDay(date: LocalDate): number {
  let year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * `epochDay` of a real calendar date written `YYYY-MM-DD` (years 1900–2999, as `isLocalDate`
 * accepts), or null for anything else. Insights check thousands of dates per request, and this
 * does it with character codes and arithmetic instead of a regular expression and a Date.
 */
export function epochDayOf(date: string): number | null {
  if (typeof date !== "string" || date.length !== 10) return null;
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= monthDays ? epochDay(date) : null;
}

const SCALE_MAX: Record<DailyMeasure, number> = {
  mood: 10,
  energy: 10,
  enjoyment: 10,
  rumination: 10,
  burden: 10,
  sleepHours: 24,
  connections: Number.POSITIVE_INFINITY,
};

/** A value inside its measure's range, or NaN; data from an import is checked again here. */
function clean(measure: DailyMeasure, value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return Number.NaN;
  return value >= 0 && value <= SCALE_MAX[measure] ? value : Number.NaN;
}

/** One all-missing column per measure. */
function emptyValues(length: number): Record<DailyMeasure, Float64Array> {
  const column = () => new Float64Array(length).fill(Number.NaN);
  return {
    mood: column(),
    energy: column(),
    enjoyment: column(),
    rumination: column(),
    burden: column(),
    sleepHours: column(),
    connections: column(),
  };
}

/**
 * Lays check-ins out by day, up to and including `until` when given (later dates are ignored).
 *
 * - Two check-ins for one date (an edit that was saved twice, or an import) count once: the one
 *   with the latest `updatedAt` wins, and on a tie the later one in the list.
 * - Records with a date that is not a real calendar day are set aside rather than thrown on.
 * - `connections` is the number of connections listed that day; an empty list is 0, because a
 *   stored check-in always carries its list. A day with no check-in stays unknown (NaN), never 0.
 * - `sleepHours` stays on the day it was recorded: it describes the night before that day.
 */
export function buildDailySeries(checkins: readonly Checkin[], until?: LocalDate): DailySeries {
  const latest = new Map<LocalDate, Checkin>();
  const limit = until !== undefined && epochDayOf(until) !== null ? until : undefined;
  for (const checkin of checkins) {
    if (epochDayOf(checkin.date) === null) continue;
    if (limit !== undefined && checkin.date > limit) continue;
    const kept = latest.get(checkin.date);
    if (kept === undefined || checkin.updatedAt >= kept.updatedAt)
      latest.set(checkin.date, checkin);
  }

  if (latest.size === 0) {
    return {
      firstDate: null,
      firstDay: 0,
      length: 0,
      checkins: 0,
      present: new Uint8Array(0),
      values: emptyValues(0),
    };
  }

  let firstDate: LocalDate | null = null;
  let lastDate: LocalDate | null = null;
  for (const date of latest.keys()) {
    if (firstDate === null || date < firstDate) firstDate = date;
    if (lastDate === null || date > lastDate) lastDate = date;
  }
  const first = firstDate ?? "";
  const firstDay = epochDay(first);
  const length = epochDay(lastDate ?? first) - firstDay + 1;
  const values = emptyValues(length);
  const present = new Uint8Array(length);

  for (const [date, checkin] of latest) {
    const index = epochDay(date) - firstDay;
    present[index] = 1;
    values.mood[index] = clean("mood", checkin.mood);
    values.energy[index] = clean("energy", checkin.energy);
    values.enjoyment[index] = clean("enjoyment", checkin.enjoyment);
    values.rumination[index] = clean("rumination", checkin.rumination);
    values.burden[index] = clean("burden", checkin.burden);
    values.sleepHours[index] = clean("sleepHours", checkin.sleepHours);
    values.connections[index] = Array.isArray(checkin.connections) ? checkin.connections.length : 0;
  }
  return { firstDate: first, firstDay, length, checkins: latest.size, present, values };
}
