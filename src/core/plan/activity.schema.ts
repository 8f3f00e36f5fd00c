import { z } from "zod";
import { isLocalDate, LOCAL_DATE_RULE } from "../dates/local-date.js";
import { SHOWS_NOTHING, showsAnything } from "../text/visible.js";
import { wellFormedText } from "../text/well-formed.js";
import { timeOfDaySchema } from "./time-of-day.js";

export const activityAreas = ["connection", "enjoyment", "achievement", "body-routine"] as const;
export type ActivityArea = (typeof activityAreas)[number];

/** Plain names for each area, as a screen shows them. */
export const areaLabels = {
  connection: "Connection",
  enjoyment: "Enjoyment",
  achievement: "Achievement",
  "body-routine": "Body and routine",
} as const satisfies Record<ActivityArea, string>;

/**
 * tiny: under 5 minutes and almost no energy; small: a bit of effort; bigger: needs a better day.
 * The order matters: suggestions on low days never go past "tiny".
 */
export const effortLevels = ["tiny", "small", "bigger"] as const;
export type Effort = (typeof effortLevels)[number];

/** The longest a tiny step may take; anything longer asks more than a very low day has. */
export const TINY_MAX_MINUTES = 5;

/**
 * The most characters (code points, as zod counts) an activity's words and its first step may
 * hold; the next step's plan is saved as an activity too. Plain numbers, so a screen draws a box's
 * limit from here without building a schema.
 */
export const ACTIVITY_TITLE_MAX = 120;
export const FIRST_STEP_MAX = 200;

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const activityIdSchema = wellFormedText({ error: "must be an activity id" })
  .min(1, { error: "must not be empty" })
  .max(80, { error: "must be at most 80 characters" })
  .regex(KEBAB_ID, { error: "must be lower-case words joined by hyphens, like open-a-window" });

const scale = (what: string) => {
  const message = (issue: { input?: unknown }) =>
    `${what} must be a whole number from 0 to 10${
      typeof issue.input === "number" ? `, got ${issue.input}` : ""
    }`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(0, { error: message })
    .max(10, { error: message });
};

/** A calendar date, refused in the same words as every other date the app takes. */
export const planDateSchema = wellFormedText({ error: LOCAL_DATE_RULE }).refine(isLocalDate, {
  error: LOCAL_DATE_RULE,
});

/**
 * The fields a person fills in when they add or edit their own activity: the routes and an
 * imported activity (export-document.schema.ts) are checked with the very same ones.
 */
export const activityFields = {
  title: wellFormedText({ error: "title must be text" })
    .trim()
    .min(1, { error: "title must not be empty" })
    .max(ACTIVITY_TITLE_MAX, { error: `title must be at most ${ACTIVITY_TITLE_MAX} characters` })
    // A zero-width space or a lone accent passed "must not be empty" and showed as a step with
    // no words in the week, the calendar and the ideas.
    .refine(showsAnything, { error: `title ${SHOWS_NOTHING}` }),
  area: z.enum(activityAreas, {
    error: "area must be one of connection, enjoyment, achievement, body-routine",
  }),
  effort: z.enum(effortLevels, { error: "effort must be one of tiny, small, bigger" }),
  minutes: z
    .number({ error: "minutes must be a whole number from 1 to 600" })
    .int({ error: "minutes must be a whole number from 1 to 600" })
    .min(1, { error: "minutes must be a whole number from 1 to 600" })
    .max(600, { error: "minutes must be a whole number from 1 to 600" }),
  social: z.boolean({ error: "social must be true or false" }),
  firstStep: wellFormedText({ error: "firstStep must be text" })
    .trim()
    .min(1, { error: "firstStep must not be empty" })
    .max(FIRST_STEP_MAX, { error: `firstStep must be at most ${FIRST_STEP_MAX} characters` })
    .refine(showsAnything, { error: `firstStep ${SHOWS_NOTHING}` }),
};

/** A tiny step that takes half an hour would send a tired person something they cannot do. */
export function tinyIsShort(value: { effort: Effort; minutes: number }): boolean {
  return value.effort !== "tiny" || value.minutes <= TINY_MAX_MINUTES;
}
const tinyIsShortMessage = `a tiny step takes ${TINY_MAX_MINUTES} minutes or less`;
/** How a step that breaks `tinyIsShort` is refused, wherever an activity is checked. */
export const tinyIsShortRule = { error: tinyIsShortMessage, path: ["minutes"] };

export const activityInputSchema = z
  .strictObject(activityFields)
  .refine(tinyIsShort, tinyIsShortRule);
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** One activity, from the built-in catalogue or the person's own. */
export const activitySchema = z
  .strictObject({ id: activityIdSchema, ...activityFields })
  .refine(tinyIsShort, tinyIsShortRule);
export type Activity = z.infer<typeof activitySchema>;

/**
 * An own activity as read back from the database. Its texts are taken as they are: an older
 * version may have kept one longer than today's limit (half an emoji read back as three U+FFFD),
 * and a row that was accepted once must never make a later read fail.
 */
export const storedActivitySchema = z
  .strictObject({
    ...activityFields,
    id: z.string().min(1),
    title: z.string(),
    firstStep: z.string(),
  })
  .refine(tinyIsShort, tinyIsShortRule);

export const planStatuses = ["planned", "done", "let-go"] as const;
export type PlanStatus = (typeof planStatuses)[number];

const planFields = {
  activityId: wellFormedText({ error: "activityId must be text" }).min(1, {
    error: "activityId must not be empty",
  }),
  date: planDateSchema,
  /** `null` means "sometime today": a plan without a clock is still a plan. */
  time: timeOfDaySchema.nullable(),
  predictedEnjoyment: scale("predictedEnjoyment"),
  /** Who the activity is with, when it is a step toward someone in the circle. */
  personId: wellFormedText().min(1).max(100).optional(),
};

/** What a person sends to put an activity in their week. */
export const plannedActivityInputSchema = z.strictObject(planFields);
export type PlannedActivityInput = z.infer<typeof plannedActivityInputSchema>;

const outcomes = z.discriminatedUnion(
  "status",
  [
    z.strictObject({
      status: z.literal("done"),
      actualEnjoyment: scale("actualEnjoyment").optional(),
      achievement: scale("achievement").optional(),
    }),
    z.strictObject({ status: z.literal("let-go") }),
    z.strictObject({ status: z.literal("planned") }),
  ],
  { error: "status must be one of planned, done, let-go" },
);

/**
 * A body with no status names each field it sent and what is needed, rather than only "status
 * must be one of …": `{"date":"2026-12-01"}` is someone trying to move a step, and is told that
 * date is not something a change can hold. (A time alone is a time change, parsed by
 * `planTimeChangeSchema` before this is asked.)
 */
function namesAStatus(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (Object.hasOwn(body, "status")) return;
  for (const name of Object.keys(body)) {
    ctx.addIssue({ code: "custom", path: [name], message: UNKNOWN_FIELD });
  }
  ctx.addIssue({ code: "custom", path: ["status"], message: STATUS_NEEDED });
}
const UNKNOWN_FIELD = "is not a field we know";
const STATUS_NEEDED = "is needed (planned, done or let-go), or else time";

/** How a plan turned out: done with ratings, let go, or back to planned. */
export const planOutcomeSchema = z.looseObject({}).superRefine(namesAStatus).pipe(outcomes);
export type PlanOutcome = z.infer<typeof planOutcomeSchema>;

/** A planned activity as stored and returned. */
export const plannedActivitySchema = z
  .strictObject({
    id: z.string().min(1),
    ...planFields,
    status: z.enum(planStatuses, { error: "status must be one of planned, done, let-go" }),
    actualEnjoyment: scale("actualEnjoyment").optional(),
    achievement: scale("achievement").optional(),
  })
  .refine(
    // Ratings describe how something went, so they only belong to an activity that happened.
    (plan) =>
      plan.status === "done" ||
      (plan.actualEnjoyment === undefined && plan.achievement === undefined),
    {
      error: "actualEnjoyment and achievement are only kept for a done activity",
      path: ["status"],
    },
  );
export type PlannedActivity = z.infer<typeof plannedActivitySchema>;
