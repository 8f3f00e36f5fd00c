import { z } from "zod";
import { addDays, type LocalDate } from "../dates/local-date.js";
import { planDateSchema } from "./activity.schema.js";
import { clockDistance, type TimeOfDay, timeOfDaySchema } from "./time-of-day.js";

/** The daily anchors a steadier rhythm hangs on. */
export const routineAnchors = ["wake", "first-meal", "first-contact", "bed"] as const;
export type RoutineAnchor = (typeof routineAnchors)[number];

export const anchorLabels = {
  wake: "Wake up",
  "first-meal": "First meal",
  "first-contact": "First contact with someone",
  bed: "Going to bed",
} as const satisfies Record<RoutineAnchor, string>;

/** Within this many minutes of the target counts as close; a routine is a rhythm, not a clock. */
export const RHYTHM_WINDOW_MINUTES = 45;

const anchorSchema = z.enum(routineAnchors, {
  error: `anchor must be one of ${routineAnchors.join(", ")}`,
});

/** A target time for one anchor, e.g. wake at 07:30. */
export const anchorTargetSchema = z.strictObject({ anchor: anchorSchema, target: timeOfDaySchema });
export type AnchorTarget = z.infer<typeof anchorTargetSchema>;

/**
 * One tick: when an anchor actually happened on a day. A bedtime after midnight carries the date
 * of the evening it ends, so "bed at 00:20" belongs to the day before on the calendar.
 */
export const routineTickSchema = z.strictObject({
  date: planDateSchema,
  anchor: anchorSchema,
  time: timeOfDaySchema,
});
export type RoutineTick = z.infer<typeof routineTickSchema>;

export interface RhythmDay {
  readonly date: LocalDate;
  /** null when nothing was ticked that day. */
  readonly time: TimeOfDay | null;
  /** null when there is nothing to compare: no tick, or no target. */
  readonly close: boolean | null;
}

export interface AnchorWeek {
  readonly anchor: RoutineAnchor;
  readonly label: string;
  readonly target: TimeOfDay | null;
  readonly days: readonly RhythmDay[];
  readonly noted: number;
  readonly close: number;
  readonly summary: string;
}

export interface WeeklyRhythm {
  readonly dates: readonly LocalDate[];
  readonly anchors: readonly AnchorWeek[];
  readonly summary: string;
}

const nouns = {
  wake: ["wake-up", "wake-ups"],
  "first-meal": ["first meal", "first meals"],
  "first-contact": ["first contact", "first contacts"],
  bed: ["bedtime", "bedtimes"],
} as const satisfies Record<RoutineAnchor, readonly [string, string]>;

/** Counts only what was noted: a day without a tick is not a missed day, just an unknown one. */
function anchorSummary(
  anchor: RoutineAnchor,
  target: TimeOfDay | null,
  noted: number,
  close: number,
) {
  const [one, many] = nouns[anchor];
  if (target === null) return `No target time for ${many} yet.`;
  if (noted === 0) return `No ${many} noted this week yet.`;
  if (close === 0) {
    return `${noted} ${noted === 1 ? one : many} noted; the times moved around this week, and that's OK.`;
  }
  if (noted === 1) return `The one ${one} you noted was close to your target.`;
  return `${close} of ${noted} ${many} ${close === 1 ? "was" : "were"} close to your target.`;
}

/**
 * The week from `weekStart`: for each anchor and day, whether the tick fell within 45 minutes of
 * the target, measured round the clock so 23:30 and 00:10 count as close. A later tick for the
 * same anchor and day replaces an earlier one, as a corrected tap does.
 */
export function weeklyRhythm(input: {
  readonly weekStart: LocalDate;
  readonly targets: Partial<Record<RoutineAnchor, TimeOfDay>>;
  readonly ticks: readonly RoutineTick[];
}): WeeklyRhythm {
  const dates = Array.from({ length: 7 }, (_, i) => addDays(input.weekStart, i));
  const inWeek = new Set(dates);
  const timeOf = new Map<string, TimeOfDay>();
  for (const tick of input.ticks) {
    if (inWeek.has(tick.date)) timeOf.set(`${tick.anchor}|${tick.date}`, tick.time);
  }

  let notedAll = 0;
  let closeAll = 0;
  const anchors = routineAnchors.map((anchor): AnchorWeek => {
    const target = input.targets[anchor] ?? null;
    const days = dates.map((date): RhythmDay => {
      const time = timeOf.get(`${anchor}|${date}`) ?? null;
      const close =
        time === null || target === null
          ? null
          : clockDistance(time, target) <= RHYTHM_WINDOW_MINUTES;
      return { date, time, close };
    });
    const noted = target === null ? 0 : days.filter((d) => d.time !== null).length;
    const close = days.filter((d) => d.close === true).length;
    notedAll += noted;
    closeAll += close;
    return {
      anchor,
      label: anchorLabels[anchor],
      target,
      days,
      noted,
      close,
      summary: anchorSummary(anchor, target, noted, close),
    };
  });

  let summary: string;
  if (notedAll === 0) {
    summary = "Tick an anchor on any day and this week's picture starts to fill in.";
  } else if (closeAll === 0) {
    summary = `You noted ${notedAll} ${notedAll === 1 ? "anchor" : "anchors"} this week. Rhythms settle a little at a time, and each tick helps you see yours.`;
  } else if (notedAll === 1) {
    summary =
      "The one anchor you noted this week landed close to your target. Each steady day helps sleep and energy.";
  } else {
    summary = `${closeAll} of the ${notedAll} ${notedAll === 1 ? "anchor" : "anchors"} you noted landed close to your targets. Each steady day helps sleep and energy.`;
  }
  return { dates, anchors, summary };
}
