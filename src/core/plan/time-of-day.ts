import { shownName } from "../text/shown-name.js";
import { wellFormedText } from "../text/well-formed.js";

/** A clock time as the person reads it, `HH:MM` on a 24-hour clock. */
export type TimeOfDay = string;

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_PER_DAY = 24 * 60;

/** True for `07:30` or `23:59`; false for `25:00`, `7:30` or `12:60`. */
export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** Minutes after midnight; callers validate first, so a malformed time reads as midnight. */
export function minutesOfDay(time: TimeOfDay): number {
  const match = TIME_OF_DAY.exec(time);
  if (!match) return 0;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * How far apart two clock times are, the short way round the clock: 23:30 and 00:10 are
 * 40 minutes apart, because a bedtime just after midnight is close to one just before it.
 */
export function clockDistance(a: TimeOfDay, b: TimeOfDay): number {
  const gap = Math.abs(minutesOfDay(a) - minutesOfDay(b));
  return Math.min(gap, MINUTES_PER_DAY - gap);
}

/**
 * Names the value that failed, so "25:00" comes back as the problem rather than a bare "invalid";
 * a control character in it is spelled out, never repeated.
 */
export const timeOfDaySchema = wellFormedText({ error: "must be a time written HH:MM" }).refine(
  isTimeOfDay,
  {
    error: (issue) =>
      `${shownName(String(issue.input))} is not a time of day: use HH:MM from 00:00 to 23:59`,
  },
);
