import { z } from "zod";
import { phq9RequestSchema, ucla3RequestSchema } from "../assessments/assessment.schema.js";
import { checkinInputSchema, localDateSchema } from "../checkins/checkin.schema.js";
import { personFields } from "../circle/person.schema.js";
import {
  activityFields,
  planStatuses,
  tinyIsShort,
  tinyIsShortRule,
} from "../plan/activity.schema.js";
import { anchorTargetSchema, routineTickSchema } from "../plan/rhythm.js";
import { timeOfDaySchema } from "../plan/time-of-day.js";
import { reminderSettingsSchema } from "../reminders/reminder-settings.schema.js";
import { safetyPlanInputSchema } from "../safety-plan/safety-plan.schema.js";
import {
  livesAsMade,
  SHARE_CONTACT_MAX_LENGTH,
  SHARE_MAX_DAYS,
  shareContactSchema,
  shareEnergySchema,
  shareLabelSchema,
  shareMessageSchema,
} from "../shares/share.schema.js";
import { suggestionsFitThought } from "../thoughts/suggestions-fit.js";
import {
  feelingListSchema,
  keptNotSetAside,
  recordTextSchema,
  recordThoughtSchema,
  suggestedTrapSchema,
  trapIdListSchema,
} from "../thoughts/thought.schema.js";

/** What names a Reconnect export, so a file from another program is told apart at once. */
export const EXPORT_FORMAT = "reconnect-export";
/** The newest version this program writes and reads; older ones are upgraded on import. */
export const EXPORT_VERSION = 1;

/** An instant as the database keeps it: ISO-8601 UTC, to the millisecond. */
export const instantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, {
    message: "must be a time written like 2026-11-29T08:30:00.000Z",
  })
  .refine((text) => {
    const time = Date.parse(text);
    return !Number.isNaN(time) && new Date(time).toISOString() === text;
  }, "must be a real moment in time")
  // The years a date may have. A version far in the future would make the day's next save step
  // past year 9999, a version no device could send back and no export could hold.
  .refine((text) => {
    const year = Number(text.slice(0, 4));
    return year >= 1900 && year <= 2999;
  }, "must be a time in the years 1900 to 2999");

/**
 * An id from the exported account: it links records to each other inside the file, and is kept
 * as the record's id here. Never "." or "..": a browser folds such a dot segment out of the
 * address before sending it, so no route could ever open, change or remove the record.
 */
const idSchema = z
  .string()
  .min(1)
  .max(100)
  .refine(
    (id) => id !== "." && id !== "..",
    "must not be . or .., which no address can hold, so the record could never be opened",
  );
const scale = z.number().int().min(0).max(10);

export const exportedCheckinSchema = checkinInputSchema.extend({
  date: localDateSchema,
  updatedAt: instantSchema,
});

const exportedPhq9Schema = phq9RequestSchema.extend({ id: idSchema, takenAt: instantSchema });
const exportedUcla3Schema = ucla3RequestSchema.extend({ id: idSchema, takenAt: instantSchema });
export const exportedAssessmentSchema = z.discriminatedUnion("instrument", [
  exportedPhq9Schema,
  exportedUcla3Schema,
]);

export const exportedSafetyPlanSchema = safetyPlanInputSchema
  .required()
  .extend({ updatedAt: instantSchema });

/*
 * Records a person writes (thoughts, own activities, people, share cards) are checked with the
 * very schemas their routes check, imported from where the routes take them, never copied: a
 * file can hold nothing the app would refuse to save, so nothing imported shows on a screen as
 * an empty name, a tiny step of ten hours or a link that lives for centuries. An export this
 * app writes always passes: no route ever let such values in, and no limit was ever loosened.
 * The rules added since version 1 (a circle name, a thought, a feeling's name, a connection's
 * name and an own activity's title and first step must show something) are met before this schema, by repair-v1.ts, for a file written
 * before them. A value that fails is refused by its path, and nothing of the file is written.
 */
export const exportedThoughtSchema = z
  .strictObject({
    id: idSchema,
    situation: recordTextSchema.nullable(),
    thought: recordThoughtSchema,
    feelings: feelingListSchema,
    // Each suggestion's fields are the detector's, named as every record's are: an unknown one
    // is refused rather than dropped unseen. (An unknown trap id is refused by trapIdSchema.)
    // Only what the detector could have made is taken (suggestionsFitThought does the rest):
    // until 2026-12-06 anything was, and every read repairs what that kept (fittedSuggestions).
    suggestedTraps: z.array(
      z.strictObject({
        ...suggestedTrapSchema.shape,
        confidence: z
          .number({ message: "must be a number from 0 to 1" })
          .min(0, { message: "must be from 0 to 1" })
          .max(1, { message: "must be from 0 to 1" }),
      }),
    ),
    keptTraps: trapIdListSchema,
    setAsideTraps: trapIdListSchema,
    evidenceFor: recordTextSchema.nullable(),
    evidenceAgainst: recordTextSchema.nullable(),
    balancedThought: recordTextSchema.nullable(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .superRefine(keptNotSetAside)
  .superRefine(suggestionsFitThought);

export const exportedActivitySchema = z
  .strictObject({ id: idSchema, ...activityFields, createdAt: instantSchema })
  .refine(tinyIsShort, tinyIsShortRule);

export const exportedPlanSchema = z
  .strictObject({
    id: idSchema,
    /** A catalogue activity's id, or the id of one of `activities` in this file. */
    activityId: idSchema,
    date: localDateSchema,
    time: timeOfDaySchema.nullable(),
    predictedEnjoyment: scale,
    /** The id of one of `people` in this file, or null. */
    personId: idSchema.nullable(),
    status: z.enum(planStatuses),
    actualEnjoyment: scale.nullable(),
    achievement: scale.nullable(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .superRefine(ratingsOnlyWhenDone);

/**
 * Ratings say how a step went, so only a done one has them: no route keeps them on a step still
 * planned or let go, and the plan list, insights, suggestions and calendar all read a stored step
 * by that rule. A file's step that broke it would make each of those fail, not just look odd.
 */
function ratingsOnlyWhenDone(
  plan: { status: string; actualEnjoyment: number | null; achievement: number | null },
  ctx: z.RefinementCtx,
): void {
  if (plan.status === "done") return;
  for (const field of ["actualEnjoyment", "achievement"] as const) {
    if (plan[field] === null) continue;
    ctx.addIssue({
      code: "custom",
      path: [field],
      message: `${field} is only kept for a done activity`,
    });
  }
}

export const exportedPersonSchema = z.strictObject({
  id: idSchema,
  ...personFields,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

/**
 * A share card without its link: only a hash of the link was ever kept, and it is left out. Its
 * contact is "" once the card has ended (revoked or expired), when its words are forgotten.
 */
export const exportedShareSchema = z
  .strictObject({
    id: idSchema,
    energy: shareEnergySchema,
    contact: z.union([z.literal(""), shareContactSchema], {
      error: `contact must be text of at most ${SHARE_CONTACT_MAX_LENGTH} characters, or empty once the card has ended`,
    }),
    message: shareMessageSchema.nullable(),
    /** Whom the card is for, or null. Files written before cards had one hold none: null. */
    label: shareLabelSchema.nullable().default(null),
    showSteps: z.boolean(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    expiresAt: instantSchema,
    revokedAt: instantSchema.nullable(),
  })
  .superRefine((share, ctx) => {
    // A card lives the days its route allows from when it was made; a file's card cannot live longer.
    // An unreadable time is already named by its own field.
    if (Number.isNaN(Date.parse(share.createdAt)) || Number.isNaN(Date.parse(share.expiresAt))) {
      return;
    }
    if (livesAsMade(share.createdAt, share.expiresAt)) return;
    ctx.addIssue({
      code: "custom",
      path: ["expiresAt"],
      message: `expiresAt must be 1 to ${SHARE_MAX_DAYS} days after createdAt, as a card made here lives`,
    });
  });

/** Version 1 of the export: everything that belongs to one person, and nothing that unlocks anything. */
export const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: instantSchema,
  account: z.strictObject({ username: z.string(), createdAt: instantSchema }),
  checkins: z.array(exportedCheckinSchema),
  assessments: z.array(exportedAssessmentSchema),
  safetyPlan: exportedSafetyPlanSchema.nullable(),
  thoughts: z.array(exportedThoughtSchema),
  activities: z.array(exportedActivitySchema),
  hiddenActivities: z.array(idSchema),
  plans: z.array(exportedPlanSchema),
  routine: z.strictObject({
    targets: z.array(anchorTargetSchema),
    ticks: z.array(routineTickSchema),
  }),
  people: z.array(exportedPersonSchema),
  shares: z.array(exportedShareSchema),
  /** Whether a private calendar feed was on, and since when; never its address. */
  calendarFeed: z.strictObject({ createdAt: instantSchema }).nullable(),
  /** The reminders the person chose, or null while they never chose any. Files written before
   * reminders existed have no such key: they read as null, nothing chosen, like a new export. */
  reminders: reminderSettingsSchema.nullable().default(null),
});
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

/** The kinds counted in an import's answer. */
export const importCountsSchema = z.object({
  checkins: z.number(),
  assessments: z.number(),
  safetyPlan: z.number(),
  thoughts: z.number(),
  activities: z.number(),
  hiddenActivities: z.number(),
  plans: z.number(),
  routineTargets: z.number(),
  routineTicks: z.number(),
  people: z.number(),
  shares: z.number(),
  calendarFeed: z.number(),
  reminders: z.number(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;
export const importResultSchema = z.object({ imported: importCountsSchema });

/**
 * What the account holds now (`GET /api/me/counts`), by the same kinds an import counts, so the
 * app says what a replace would erase in the words it says what an import wrote. Not strict: an
 * older page reads a newer server's answer that counts one more kind.
 */
export const accountCountsSchema = z.object({ counts: importCountsSchema });
export type AccountCounts = z.infer<typeof accountCountsSchema>;

export const importModes = ["add", "replace"] as const;
export type ImportMode = (typeof importModes)[number];
