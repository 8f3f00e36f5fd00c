import { z } from "zod";
import { SHOWS_NOTHING, showsAnything } from "../text/visible.js";
import { wellFormedText } from "../text/well-formed.js";
import { THOUGHT_MAX_LENGTH, thoughtTextSchema } from "../traps/thought-text.js";
import { type TrapId, trapIds } from "../traps/trap-ids.js";

/** The same limit as the thought itself: every free-text step of a record can hold as much. */
export const RECORD_TEXT_MAX_LENGTH = THOUGHT_MAX_LENGTH;
export const FEELING_NAME_MAX_LENGTH = 100;
export const FEELINGS_MAX = 20;

/** One free-text step of a record, as the routes and an imported record are checked alike. */
export const recordTextSchema = wellFormedText({ message: "must be text" }).max(
  RECORD_TEXT_MAX_LENGTH,
  {
    message: `must be at most ${RECORD_TEXT_MAX_LENGTH} characters`,
  },
);

/**
 * The thought of a record. A zero-width space or a lone accent passed "must not be empty" and read
 * back as a record with a blank thought; a trap check of such a text still just finds nothing.
 */
export const recordThoughtSchema = thoughtTextSchema.refine(showsAnything, {
  message: SHOWS_NOTHING,
});

const strength = z
  .number({ message: "must be a number from 0 to 100" })
  .int({ message: "must be a whole number from 0 to 100" })
  .min(0, { message: "must be from 0 to 100" })
  .max(100, { message: "must be from 0 to 100" });

export const trapIdSchema = z.enum(trapIds, {
  message: "must be one of the fourteen thinking trap ids",
});

export const feelingSchema = z.strictObject({
  name: wellFormedText({ message: "must be text" })
    .trim()
    .min(1, { message: "must not be empty" })
    .max(FEELING_NAME_MAX_LENGTH, {
      message: `must be at most ${FEELING_NAME_MAX_LENGTH} characters`,
    })
    .refine(showsAnything, { message: SHOWS_NOTHING }),
  /** How strong the feeling was with the thought, 0–100. */
  before: strength,
  /** How strong it is after looking at the evidence; absent until the person re-rates it. */
  after: strength.optional(),
});
export type Feeling = z.infer<typeof feelingSchema>;

/** A feeling as read back: its name as stored, since an accepted row must stay readable. */
export const storedFeelingSchema = feelingSchema.extend({ name: z.string() });

export const trapIdListSchema = z
  .array(trapIdSchema)
  .max(trapIds.length, { message: `at most ${trapIds.length} traps` })
  .refine((ids) => new Set(ids).size === ids.length, { message: "must not repeat a trap" });

/**
 * What a person sends for one thought record. Only the thought is needed, so a record can be
 * saved after any step and finished later. Unknown fields are refused so a typo never drops data.
 * The suggested traps are not sent: the server works them out from the thought itself.
 */
export const feelingListSchema = z
  .array(feelingSchema)
  .max(FEELINGS_MAX, { message: `at most ${FEELINGS_MAX} feelings` });

/** A trap is either kept or set aside, never both: the routes and an import refuse it alike. */
export function keptNotSetAside(
  record: { keptTraps?: readonly TrapId[]; setAsideTraps?: readonly TrapId[] },
  ctx: z.RefinementCtx,
): void {
  const kept = new Set(record.keptTraps ?? []);
  (record.setAsideTraps ?? []).forEach((id, index) => {
    if (kept.has(id)) {
      ctx.addIssue({
        code: "custom",
        path: ["setAsideTraps", index],
        message: "is also kept: a trap is either kept or set aside",
      });
    }
  });
}

export const thoughtRecordInputSchema = z
  .strictObject({
    situation: recordTextSchema.optional(),
    thought: recordThoughtSchema,
    feelings: feelingListSchema.optional(),
    /** The traps the person kept from the suggestions or added by hand. */
    keptTraps: trapIdListSchema.optional(),
    /** Suggested traps the person set aside as not fitting, so they are not put forward again. */
    setAsideTraps: trapIdListSchema.optional(),
    evidenceFor: recordTextSchema.optional(),
    evidenceAgainst: recordTextSchema.optional(),
    balancedThought: recordTextSchema.optional(),
  })
  .superRefine(keptNotSetAside);
export type ThoughtRecordInput = z.infer<typeof thoughtRecordInputSchema>;

const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const suggestedTrapSchema = z.object({
  id: trapIdSchema,
  confidence: z.number(),
  spans: z.array(spanSchema),
});
export type SuggestedTrap = z.infer<typeof suggestedTrapSchema>;

/** A stored record as the API returns it. Optional texts that were not sent are absent. */
export const thoughtRecordSchema = z.object({
  id: z.string(),
  situation: z.string().optional(),
  thought: z.string(),
  feelings: z.array(storedFeelingSchema),
  /** What the detector found in the thought when it was last saved, most confident first. */
  suggestedTraps: z.array(suggestedTrapSchema),
  keptTraps: z.array(trapIdSchema),
  setAsideTraps: z.array(trapIdSchema),
  evidenceFor: z.string().optional(),
  evidenceAgainst: z.string().optional(),
  balancedThought: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ThoughtRecord = z.infer<typeof thoughtRecordSchema>;

export const trapCountSchema = z.object({ id: trapIdSchema, count: z.number().int() });
export type TrapCount = z.infer<typeof trapCountSchema>;

export const thoughtRecordListSchema = z.object({
  thoughts: z.array(thoughtRecordSchema),
  trapCounts: z.array(trapCountSchema),
});
export type ThoughtRecordList = z.infer<typeof thoughtRecordListSchema>;

export const SEARCH_MAX_LENGTH = 200;

export const thoughtSearchSchema = z.strictObject({
  q: wellFormedText()
    .max(SEARCH_MAX_LENGTH, { message: `must be at most ${SEARCH_MAX_LENGTH} characters` })
    .optional(),
});

/**
 * How often each kept trap comes up across records, most often first; ties keep the order of
 * the fourteen traps so the list never shuffles between visits.
 */
export function countKeptTraps(records: readonly { keptTraps: readonly TrapId[] }[]): TrapCount[] {
  const counts = new Map<TrapId, number>();
  for (const record of records) {
    for (const id of record.keptTraps) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return trapIds
    .filter((id) => counts.has(id))
    .map((id) => ({ id, count: counts.get(id) ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

/**
 * One lowercase form for searching, the same on both engines whatever the script. Lower case
 * alone keeps apart what a person means as one letter: "İ" becomes "i" with a combining dot, so
 * "KİM" (Turkish capitals) found no "kim" and "iyi" no "İyi"; "ı" stays dotless; "ς" ends a word
 * where "σ" is typed, and "ß" is written "ss". All of these are one letter here, as in usernames.
 * Stored beside each record (`search_text`): a change here needs a migration that folds them again.
 */
export function searchForm(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/i\u0307+/g, "i")
    .replace(/ı/g, "i")
    .replace(/ς/g, "σ")
    .replace(/ß/g, "ss")
    .normalize("NFC");
}
