import type { Checkin } from "../../../core/checkins/checkin.schema.js";

function range(values: readonly number[]): { min: number; max: number; mean: string } | null {
  if (values.length === 0) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    min: Math.min(...values),
    max: Math.max(...values),
    mean: mean.toFixed(1).replace(/\.0$/, ""),
  };
}

function describe(label: string, values: readonly number[]): string {
  const found = range(values);
  if (!found) return `No ${label.toLowerCase()} answers in these days.`;
  if (values.length === 1) return `${label} was ${found.min} out of 10.`;
  if (found.min === found.max) return `${label} was ${found.min} out of 10 each time.`;
  return `${label} went from ${found.min} to ${found.max} out of 10, ${found.mean} on average.`;
}

/** The chart in words: what a screen reader reads in place of the picture. */
export function summarize(checkins: readonly Checkin[], period: string): string {
  const count = checkins.length;
  const connections = checkins.reduce((sum, checkin) => sum + checkin.connections.length, 0);
  const energies = checkins.flatMap((checkin) =>
    checkin.energy === undefined ? [] : [checkin.energy],
  );
  return [
    `Chart of mood, energy and connections ${period}.`,
    count === 1 ? "1 day has a check-in." : `${count} days have a check-in.`,
    describe(
      "Mood",
      checkins.map((checkin) => checkin.mood),
    ),
    describe("Energy", energies),
    connections === 1
      ? "You noted 1 connection with someone."
      : `You noted ${connections} connections with people.`,
  ].join(" ");
}
