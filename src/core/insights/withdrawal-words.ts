import type { MeasureChange, WithdrawalMeasure } from "./insights.schema.js";
import { listed, oneDecimal } from "./wording.js";

/**
 * Every word the withdrawal check shows, the summary line and the table beneath it, made from one
 * list of rows. The summary names exactly the rows marked "Yes", so the two can never disagree
 * (a screen once said "Nothing stands out" above a row marked "Yes, harder than usual").
 */

/** Mood-side signals that make `watch` without a drop in connections. */
export const MOOD_SIDE_FOR_WATCH = 3;

export type WithdrawalStatus = "none" | "watch" | "alert";

const WORDS: Record<
  WithdrawalMeasure,
  { label: string; row: string; worse: string; short: string; counted: boolean }
> = {
  connections: {
    label: "Connections",
    row: "Connections",
    worse: "You connected with people less often than usual",
    short: "fewer connections",
    counted: true,
  },
  mood: {
    label: "Mood",
    row: "Mood",
    worse: "Your mood was lower than usual",
    short: "lower mood",
    counted: false,
  },
  energy: {
    label: "Energy",
    row: "Energy",
    worse: "Your energy was lower than usual",
    short: "less energy",
    counted: false,
  },
  enjoyment: {
    label: "Enjoyment",
    row: "Enjoyment",
    worse: "You enjoyed things less than usual",
    short: "less enjoyment",
    counted: false,
  },
  rumination: {
    label: "Time stuck in repeating thoughts",
    row: "Time stuck in repeating thoughts",
    worse: "You spent more time stuck in repeating thoughts than usual",
    short: "more time stuck in repeating thoughts",
    counted: false,
  },
  burden: {
    label: "Feeling like a burden",
    row: "Feeling like a burden",
    worse: "You felt more like a burden than usual",
    short: "feeling more like a burden",
    counted: false,
  },
};

/** The words for a measure that stood out, as the summary lists it ("lower mood"). */
export const shortWords = (measure: WithdrawalMeasure): string => WORDS[measure].short;

/** The table's name for a measure ("Connections"). */
export const rowLabel = (measure: WithdrawalMeasure): string => WORDS[measure].row;

export const STANDS_OUT = "Yes, harder than usual";
export const STEADY = "No";

/**
 * The table's name for the connections row, which says once which days its figures count: the
 * mean is only over days with a check-in. Said in every cell instead, each wrapped to five lines
 * on a phone.
 */
const CONNECTIONS_ROW = "Connections, on days you checked in";

/**
 * Connections a day as a person logged them: "none", "about 1 a day", "about 0.4 a day". The
 * mean is over the days with a check-in only (a day without one is unknown), so it is never
 * scaled to a week: four check-ins with one connection each are "about 1 a day", not "about 7 a
 * week", which the person's own log would contradict. One decimal cannot hide a change the table
 * marks, since the smallest that counts is half a connection a day.
 */
function perDay(mean: number): string {
  if (mean === 0) return "none";
  const size = oneDecimal(mean);
  if (size === "0") return "less than 0.01 a day";
  // "1.0" is said "1": a whole number of connections is easier to picture.
  return `about ${Number(size)} a day`;
}

/**
 * A mean as a person can picture it, for a cell of the table: connections a day (see `perDay`;
 * the row's name says which days count). The 0–10 answers keep one decimal, so two close weeks
 * are not made to look the same, and say what they are out of. Only the words change: the signal
 * is still worked out from the daily means.
 */
export function figure(measure: WithdrawalMeasure, mean: number): string {
  if (!WORDS[measure].counted) return `${oneDecimal(mean)} out of 10`;
  return perDay(mean);
}

/** One row of the table under the summary. */
export interface WithdrawalRow {
  measure: WithdrawalMeasure;
  label: string;
  recent: string;
  usual: string;
  standsOut: boolean;
  /** "Yes, harder than usual" or "No". */
  standsOutWords: string;
}

/** The table's rows, in the order the measures were compared. */
export function withdrawalRows(measures: readonly MeasureChange[]): WithdrawalRow[] {
  return measures.map((m) => ({
    measure: m.measure,
    label: WORDS[m.measure].counted ? CONNECTIONS_ROW : rowLabel(m.measure),
    recent: figure(m.measure, m.recentMean),
    usual: figure(m.measure, m.baselineMean),
    standsOut: m.signal,
    standsOutWords: m.signal ? STANDS_OUT : STEADY,
  }));
}

export function measureSentence(
  measure: WithdrawalMeasure,
  recent: number,
  baseline: number,
  signal: boolean,
): string {
  const words = WORDS[measure];
  // Connections say once, at the end, which days they count; a 0–10 average is said as one.
  const figures = words.counted
    ? `${perDay(recent)} in the last 7 days, usually ${perDay(baseline)}, counting only the days you checked in`
    : `about ${figure(measure, recent)} in the last 7 days, usually about ${figure(measure, baseline)}`;
  return signal ? `${words.worse}: ${figures}.` : `${words.label}: ${figures}.`;
}

/**
 * `alert` when connections are down with at least one mood-side measure, `watch` when connections
 * are down alone or three mood-side measures are, else `none` (see withdrawal-signal.ts for why).
 */
export function statusOf(rows: readonly WithdrawalRow[]): WithdrawalStatus {
  const standing = rows.filter((row) => row.standsOut);
  const connectionsDown = standing.some((row) => row.measure === "connections");
  const moodSide = standing.length - (connectionsDown ? 1 : 0);
  if (connectionsDown && moodSide >= 1) return "alert";
  if (connectionsDown || moodSide >= MOOD_SIDE_FOR_WATCH) return "watch";
  return "none";
}

/** The line above the table, naming exactly the rows that stand out. */
export function withdrawalSummary(rows: readonly WithdrawalRow[]): string {
  const status = statusOf(rows);
  const standing = rows.filter((row) => row.standsOut).map((row) => row.measure);
  if (standing.length === 0) {
    return "Your last 7 days look much like the 4 weeks before. Nothing stands out.";
  }
  const shorts = standing.map(shortWords);
  if (status === "none") {
    // One or two mood-side changes alone come and go from week to week: named, but not a warning.
    const what = shorts.length === 1 ? "One thing was" : "Two things were";
    return (
      `Your last 7 days look mostly like the 4 weeks before. ${what} harder than usual: ` +
      `${listed(shorts)}. A change like this often comes and goes from one week to the next.`
    );
  }
  if (status === "alert") {
    const moodSide = standing.filter((m) => m !== "connections").map(shortWords);
    return (
      `In the last 7 days you connected with people less often than usual, along with ${listed(moodSide)}. ` +
      "Pulling back and feeling low often show up together. It is a common pattern, not a failing, " +
      "and a small step toward someone is a good place to start."
    );
  }
  const opening =
    shorts.length === 1
      ? "One thing in your last 7 days looks"
      : "A few things in your last 7 days look";
  return (
    `${opening} harder than usual: ${listed(shorts)}. ` +
    "This may be a week to go gently, and to keep one small step toward someone in view."
  );
}
