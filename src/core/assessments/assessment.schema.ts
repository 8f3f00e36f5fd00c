import { z } from "zod";
import { lazySchema } from "../schema/lazy-schema.js";
import { PHQ9_ANSWER_MAX, PHQ9_ANSWER_MIN, PHQ9_ITEM_COUNT, phq9 } from "./phq9.js";
import { UCLA3_ANSWER_MAX, UCLA3_ANSWER_MIN, UCLA3_ITEM_COUNT, ucla3 } from "./ucla3.js";

// Each schema is built the first time it is used, not when this file loads (lazySchema): the
// check-in screen's offer of a check-up loads this file and parses few or none of them.

export const instrumentIds = ["phq9", "ucla3"] as const;
export type InstrumentId = (typeof instrumentIds)[number];

export interface InstrumentChoice {
  readonly value: number;
  readonly label: string;
}

/** Everything a screen needs to show a questionnaire, and the bands its total falls into. */
export interface InstrumentDefinition {
  readonly id: InstrumentId;
  readonly title: string;
  readonly name: string;
  /** The question every item answers, shown once above the items. */
  readonly frame: string;
  readonly items: readonly string[];
  readonly choices: readonly InstrumentChoice[];
  /** A question asked after the items and stored, but not part of the total. */
  readonly followUp?: {
    readonly key: string;
    readonly question: string;
    readonly choices: readonly InstrumentChoice[];
  };
  readonly bands: readonly { readonly band: string; readonly min: number; readonly max: number }[];
  readonly source: string;
}

/** Names the answer by its place in the list, as the person sees it: "answer 3", not index 2. */
function answerSchema(min: number, max: number) {
  const message = (issue: { path?: PropertyKey[] | undefined }): string => {
    const index = issue.path?.at(-1);
    const place = typeof index === "number" ? ` ${index + 1}` : "";
    return `answer${place} must be a whole number from ${min} to ${max}`;
  };
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}

/** The count is checked first: with the wrong number of answers, which one is wrong is moot. */
function answersSchema(instrument: string, count: number, min: number, max: number) {
  return z
    .array(z.unknown(), { error: `must be a list of ${count} answers` })
    .refine((list) => list.length === count, {
      error: (issue) => {
        const got = Array.isArray(issue.input) ? issue.input.length : 0;
        return `${instrument} needs exactly ${count} answers, got ${got}`;
      },
    })
    .pipe(z.array(answerSchema(min, max)));
}

function unknownFields(issue: { code?: string; keys?: readonly string[] }): string | undefined {
  if (issue.code !== "unrecognized_keys" || !issue.keys) return undefined;
  const names = issue.keys.map((key) => `"${key}"`).join(", ");
  return issue.keys.length === 1 ? `unknown field ${names}` : `unknown fields ${names}`;
}

const phq9DifficultyMessage = `difficulty must be a whole number from ${phq9.followUp.choices[0].value} to ${phq9.followUp.choices[3].value}`;

/**
 * A PHQ-9 as sent: nine answers in item order, and optionally the follow-up difficulty question
 * beside them under its own key, so the list always means exactly the nine scored items.
 */
export const phq9RequestSchema = lazySchema(() =>
  z.strictObject(
    {
      instrument: z.literal("phq9"),
      answers: answersSchema("PHQ-9", PHQ9_ITEM_COUNT, PHQ9_ANSWER_MIN, PHQ9_ANSWER_MAX),
      difficulty: z
        .number({ error: phq9DifficultyMessage })
        .int({ error: phq9DifficultyMessage })
        .min(phq9.followUp.choices[0].value, { error: phq9DifficultyMessage })
        .max(phq9.followUp.choices[3].value, { error: phq9DifficultyMessage })
        .optional(),
    },
    { error: unknownFields },
  ),
);
export type Phq9Request = z.infer<typeof phq9RequestSchema>;

export const ucla3RequestSchema = lazySchema(() =>
  z.strictObject(
    {
      instrument: z.literal("ucla3"),
      answers: answersSchema("UCLA-3", UCLA3_ITEM_COUNT, UCLA3_ANSWER_MIN, UCLA3_ANSWER_MAX),
    },
    { error: unknownFields },
  ),
);
export type Ucla3Request = z.infer<typeof ucla3RequestSchema>;

/** What `POST /api/assessments` accepts. */
export const assessmentRequestSchema = lazySchema(() =>
  z.discriminatedUnion("instrument", [phq9RequestSchema, ucla3RequestSchema], {
    error: (issue) => {
      if (issue.code === "invalid_union") {
        return `instrument must be ${instrumentIds.map((id) => `"${id}"`).join(" or ")}`;
      }
      if (issue.code === "invalid_type") return "must be an object with instrument and answers";
      return undefined;
    },
  }),
);
export type AssessmentRequest = z.infer<typeof assessmentRequestSchema>;

const phq9Bands = phq9.bands.map((entry) => entry.band);
const ucla3Bands = ucla3.bands.map((entry) => entry.band);

/** One scored questionnaire as the API returns it. */
export const assessmentSchema = lazySchema(() => {
  const flagsSchema = z.strictObject({ selfHarm: z.boolean().optional() });
  const storedFields = {
    id: z.string().min(1),
    score: z.number().int(),
    flags: flagsSchema,
    takenAt: z.iso.datetime({ offset: true }),
  };
  return z.discriminatedUnion("instrument", [
    z.strictObject({
      ...storedFields,
      instrument: z.literal("phq9"),
      score: storedFields.score.min(0).max(27),
      band: z.literal(phq9Bands),
    }),
    z.strictObject({
      ...storedFields,
      instrument: z.literal("ucla3"),
      score: storedFields.score.min(3).max(9),
      band: z.literal(ucla3Bands),
    }),
  ]);
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const assessmentListSchema = lazySchema(() =>
  z.strictObject({ assessments: z.array(assessmentSchema) }),
);
export type AssessmentList = z.infer<typeof assessmentListSchema>;
