import { z } from "zod";
import { activityAreas, activityInputSchema, planStatuses } from "./activity.schema.js";
import { routineAnchors } from "./rhythm.js";

/**
 * The shapes the Plan routes answer with, read by the browser. Objects are not strict here, so
 * a field added to an answer later does not break an older page.
 */
export const activityViewSchema = z.object({
  ...activityInputSchema.shape,
  // As stored: an own activity saved before a rule was tightened (a title of a zero-width space)
  // must still show on the Plan screen, where it can be changed.
  title: z.string(),
  firstStep: z.string(),
  id: z.string(),
  own: z.boolean(),
  hidden: z.boolean(),
});
export type ActivityView = z.infer<typeof activityViewSchema>;

export const activityListSchema = z.object({ activities: z.array(activityViewSchema) });

export const suggestionsSchema = z.object({
  suggestions: z.array(
    z.object({
      activity: activityViewSchema.partial({ own: true, hidden: true }),
      reason: z.string(),
      person: z.object({ id: z.string(), name: z.string() }).optional(),
    }),
  ),
  energy: z.object({
    value: z.number().nullable(),
    from: z.enum(["asked", "check-in", "unknown"]),
  }),
});
export type Suggestions = z.infer<typeof suggestionsSchema>;

export const planViewSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  date: z.string(),
  time: z.string().nullable(),
  predictedEnjoyment: z.number(),
  personId: z.string().optional(),
  status: z.enum(planStatuses),
  actualEnjoyment: z.number().optional(),
  achievement: z.number().optional(),
  activity: activityViewSchema.nullable(),
  /** After letting a plan go: one smaller step to try instead, if there is one. */
  smaller: activityViewSchema.nullable().optional(),
});
export type PlanView = z.infer<typeof planViewSchema>;

export const planListSchema = z.object({
  from: z.string(),
  to: z.string(),
  plans: z.array(planViewSchema),
});

export const forecastSchema = z.union([
  z.object({
    status: z.literal("not-enough-yet"),
    done: z.number(),
    needed: z.number(),
    message: z.string(),
  }),
  z.object({
    status: z.literal("ready"),
    done: z.number(),
    overallGap: z.number(),
    byArea: z.array(
      z.object({
        area: z.enum(activityAreas),
        count: z.number(),
        gap: z.number(),
        sentence: z.string(),
      }),
    ),
    summary: z.string(),
  }),
]);
export type Forecast = z.infer<typeof forecastSchema>;

export const routineSchema = z.object({
  anchors: z.array(
    z.object({ anchor: z.enum(routineAnchors), label: z.string(), target: z.string().nullable() }),
  ),
});
export type Routine = z.infer<typeof routineSchema>;

export const dayTicksSchema = z.object({
  date: z.string(),
  ticks: z.array(z.object({ date: z.string(), anchor: z.enum(routineAnchors), time: z.string() })),
});

export const rhythmWeekSchema = z.object({
  dates: z.array(z.string()),
  anchors: z.array(
    z.object({
      anchor: z.enum(routineAnchors),
      label: z.string(),
      target: z.string().nullable(),
      days: z.array(
        z.object({ date: z.string(), time: z.string().nullable(), close: z.boolean().nullable() }),
      ),
      noted: z.number(),
      close: z.number(),
      summary: z.string(),
    }),
  ),
  summary: z.string(),
});
export type RhythmWeek = z.infer<typeof rhythmWeekSchema>;

export const calendarFeedSchema = z.object({
  active: z.boolean(),
  createdAt: z.string().optional(),
});
export const calendarFeedUrlSchema = z.object({ url: z.string() });
