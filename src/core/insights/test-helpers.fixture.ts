import type { Checkin } from "../checkins/checkin.schema.js";
import { addDays, type LocalDate } from "../dates/local-date.js";

/** A check-in for tests: mood 5 and no connections unless told otherwise. */
export function checkinOn(
  date: LocalDate,
  values: Partial<Omit<Checkin, "date" | "connections">> & { connections?: number } = {},
): Checkin {
  const { connections = 0, ...rest } = values;
  return {
    mood: 5,
    updatedAt: `${date}T20:00:00.000Z`,
    ...rest,
    date,
    connections: Array.from({ length: connections }, () => ({ mode: "message" as const })),
  };
}

/** Check-ins on consecutive days from `start`, one per value set. */
export function checkinsFrom(
  start: LocalDate,
  days: readonly Parameters<typeof checkinOn>[1][],
): Checkin[] {
  return days.map((values, i) => checkinOn(addDays(start, i), values));
}
