import { z } from "zod";
import { localDateSchema } from "../checkins/checkin.schema.js";

/**
 * The shape of `GET /api/insights`, shared by the server (which sends it) and the browser
 * (which checks it). The core modules take their result types from here, so the three can
 * never drift apart.
 */

const count = z.number().int().min(0);
const interval = z.tuple([z.number(), z.number()]);

// ——— Withdrawal signal ———

export const withdrawalMeasures = [
  "connections",
  "mood",
  "energy",
  "enjoyment",
  "rumination",
  "burden",
] as const;
export const withdrawalMeasureSchema = z.enum(withdrawalMeasures);
export type WithdrawalMeasure = z.infer<typeof withdrawalMeasureSchema>;

export const measureChangeSchema = z.object({
  measure: withdrawalMeasureSchema,
  /** Check-ins with this measure in the last 7 days and in the 28 days before. */
  nRecent: count,
  nBaseline: count,
  recentMean: z.number(),
  baselineMean: z.number(),
  baselineSd: z.number().min(0),
  /** Last 7 days minus baseline, in the measure's own units (points, or connections a day). */
  change: z.number(),
  /** `change` in baseline standard deviations; null when the baseline never varied. */
  changeInSd: z.number().nullable(),
  /** How far it had to move in the worrying direction to count (same units as `change`). */
  threshold: z.number().min(0),
  /** Moved at least `threshold` in the worrying direction. */
  signal: z.boolean(),
  sentence: z.string(),
});
export type MeasureChange = z.infer<typeof measureChangeSchema>;

const withdrawalWindow = z.object({
  recent: z.object({ from: localDateSchema, to: localDateSchema }),
  baseline: z.object({ from: localDateSchema, to: localDateSchema }),
});

export const withdrawalSignalSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("not-enough-data"),
    window: withdrawalWindow,
    checkins: z.object({ recent: count, baseline: count }),
    /** More check-ins needed in each window (0 when that window already has enough). */
    needed: z.object({ recent: count, baseline: count }),
    summary: z.string(),
  }),
  z.object({
    status: z.enum(["none", "watch", "alert"]),
    window: withdrawalWindow,
    checkins: z.object({ recent: count, baseline: count }),
    /** The measures that moved in the worrying direction by at least their threshold. */
    signals: z.array(withdrawalMeasureSchema),
    measures: z.array(measureChangeSchema),
    /** Measures left out because one of the windows had fewer values than required. */
    notEnoughData: z.array(withdrawalMeasureSchema),
    summary: z.string(),
  }),
]);
export type WithdrawalSignal = z.infer<typeof withdrawalSignalSchema>;

// ——— Cycle map ———

export const cycleNodes = ["connections", "mood", "rumination", "sleep", "activities"] as const;
export const cycleNodeSchema = z.enum(cycleNodes);
export type CycleNode = z.infer<typeof cycleNodeSchema>;

export const cycleEdgeIds = [
  "connections-mood",
  "mood-connections",
  "rumination-connections",
  "sleep-mood",
  "activities-mood",
] as const;
export const cycleEdgeIdSchema = z.enum(cycleEdgeIds);
export type CycleEdgeId = z.infer<typeof cycleEdgeIdSchema>;

const edgeBase = {
  id: cycleEdgeIdSchema,
  from: cycleNodeSchema,
  to: cycleNodeSchema,
  /** Usable day pairs: both days present, with the predictor and both target values. */
  n: count,
  sentence: z.string(),
};

export const cycleEdgeSchema = z.discriminatedUnion("status", [
  z.object({
    ...edgeBase,
    status: z.literal("ok"),
    /** Change in the target (its own units) for one unit more of the predictor. */
    effect: z.number(),
    /** 90% moving-block bootstrap interval for `effect`. */
    interval,
    /** The interval reaches zero or beyond: drawn dashed, described as "no clear pattern yet". */
    includesZero: z.boolean(),
    /** The predictor's usual day-to-day spread (its standard deviation over the pairs). */
    typicalChange: z.number().min(0),
    /** `effect` × `typicalChange`: the change in the target for a typical change in the predictor. */
    effectPerTypicalChange: z.number(),
    /** Effect in standard deviations of both sides, for drawing line weights on one scale. */
    standardizedEffect: z.number(),
    blockLength: count,
    resamples: count,
  }),
  z.object({ ...edgeBase, status: z.literal("not-enough-data"), needed: count }),
  z.object({ ...edgeBase, status: z.literal("no-variation") }),
]);
export type CycleEdge = z.infer<typeof cycleEdgeSchema>;

export const cycleMapSchema = z.object({
  edges: z.array(cycleEdgeSchema),
  /** Day pairs an arrow needs before it is shown. */
  minPairs: count,
  level: z.number(),
  note: z.string(),
});
export type CycleMap = z.infer<typeof cycleMapSchema>;

// ——— Activities and mood ———

export const moodTimingSchema = z.enum(["same-day", "next-day"]);
export type MoodTiming = z.infer<typeof moodTimingSchema>;

const areaBase = {
  area: z.string(),
  timing: moodTimingSchema,
  /** Days with a mood value on which (or after which) something in this area was done. */
  daysWith: count,
  daysWithout: count,
  sentence: z.string(),
};

export const areaMoodSchema = z.discriminatedUnion("status", [
  z.object({
    ...areaBase,
    status: z.literal("ok"),
    moodWith: z.number(),
    moodWithout: z.number(),
    /** Mean mood with minus without, in mood points. */
    difference: z.number(),
    interval,
    includesZero: z.boolean(),
  }),
  z.object({
    ...areaBase,
    status: z.literal("not-enough-data"),
    needed: z.object({ with: count, without: count }),
  }),
]);
export type AreaMood = z.infer<typeof areaMoodSchema>;

export const activitiesAndMoodSchema = z.object({
  areas: z.array(areaMoodSchema),
  minDays: count,
  note: z.string(),
});
export type ActivitiesAndMood = z.infer<typeof activitiesAndMoodSchema>;

// ——— Predicted vs. actual enjoyment ———

const gapBase = {
  /** The activity area, or null for all areas together. */
  area: z.string().nullable(),
  done: count,
  sentence: z.string(),
};

export const forecastGapSummarySchema = z.discriminatedUnion("status", [
  z.object({
    ...gapBase,
    status: z.literal("ok"),
    meanPredicted: z.number(),
    meanActual: z.number(),
    /** Actual minus predicted enjoyment, in points: above 0 means better than expected. */
    gap: z.number(),
    interval,
    includesZero: z.boolean(),
  }),
  z.object({ ...gapBase, status: z.literal("not-enough-data"), needed: count }),
]);
export type ForecastGapSummary = z.infer<typeof forecastGapSummarySchema>;

export const forecastMonthSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  done: count,
  meanPredicted: z.number(),
  meanActual: z.number(),
});
export type ForecastMonth = z.infer<typeof forecastMonthSchema>;

export const forecastGapSchema = z.object({
  overall: forecastGapSummarySchema,
  byArea: z.array(forecastGapSummarySchema),
  /** Month by month, for the chart over time. */
  overTime: z.array(forecastMonthSchema),
  minDone: count,
});
export type ForecastGap = z.infer<typeof forecastGapSchema>;

// ——— Everything together ———

export const insightsSchema = z.object({
  today: localDateSchema,
  /** True when there is nothing at all to show yet; `summary` then says so kindly. */
  empty: z.boolean(),
  summary: z.string(),
  data: z.object({
    checkins: count,
    firstDate: localDateSchema.nullable(),
    lastDate: localDateSchema.nullable(),
    activitiesDone: count,
  }),
  withdrawal: withdrawalSignalSchema,
  cycle: cycleMapSchema,
  activitiesAndMood: activitiesAndMoodSchema,
  forecastGap: forecastGapSchema,
});
export type Insights = z.infer<typeof insightsSchema>;
