import { z } from "zod";
import { showsAnything } from "../../../core/text/visible.js";
import {
  FEELING_NAME_MAX_LENGTH,
  FEELINGS_MAX,
  RECORD_TEXT_MAX_LENGTH,
  type ThoughtRecord,
  type ThoughtRecordInput,
  thoughtRecordInputSchema,
} from "../../../core/thoughts/thought.schema.js";
import { type TrapId, trapIds } from "../../../core/traps/trap-ids.js";
import { errorsFromIssues, type FieldErrors } from "../../components/field-errors.js";
import { draftKey, readDraft } from "../../drafts/draft-store.js";

/** One feeling as it is being typed: strengths stay text until saved, so nothing typed is lost. */
export interface FeelingDraft {
  /** React's key for the row; never sent. */
  rowId: number;
  name: string;
  before: string;
  after: string;
}

export interface RecordDraft {
  situation: string;
  thought: string;
  feelings: FeelingDraft[];
  keptTraps: TrapId[];
  /** Suggestions the person removed; kept with the record so they are not put forward again. */
  setAsideTraps: TrapId[];
  evidenceFor: string;
  evidenceAgainst: string;
  balancedThought: string;
}

let nextRowId = 1;
export function newFeeling(name = ""): FeelingDraft {
  nextRowId += 1;
  return { rowId: nextRowId, name, before: "", after: "" };
}

export function emptyRecordDraft(): RecordDraft {
  return {
    situation: "",
    thought: "",
    feelings: [],
    keptTraps: [],
    setAsideTraps: [],
    evidenceFor: "",
    evidenceAgainst: "",
    balancedThought: "",
  };
}

export function draftFromRecord(record: ThoughtRecord): RecordDraft {
  return {
    situation: record.situation ?? "",
    thought: record.thought,
    feelings: record.feelings.map((feeling) => ({
      ...newFeeling(feeling.name),
      before: String(feeling.before),
      after: feeling.after === undefined ? "" : String(feeling.after),
    })),
    keptTraps: [...record.keptTraps],
    setAsideTraps: [...record.setAsideTraps],
    evidenceFor: record.evidenceFor ?? "",
    evidenceAgainst: record.evidenceAgainst ?? "",
    balancedThought: record.balancedThought ?? "",
  };
}

/** A typed strength as a number, or the text itself so the schema names what is wrong. */
function strengthOf(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/**
 * The draft as the API takes it. Blank texts and feelings with no name and no strength are left
 * out: an untouched step is simply not written yet.
 */
export function inputOf(draft: RecordDraft): unknown {
  const input: Record<string, unknown> = { thought: draft.thought };
  // As the server keeps them: a step that shows nothing (a zero-width space too) is not written.
  if (showsAnything(draft.situation)) input.situation = draft.situation;
  if (showsAnything(draft.evidenceFor)) input.evidenceFor = draft.evidenceFor;
  if (showsAnything(draft.evidenceAgainst)) input.evidenceAgainst = draft.evidenceAgainst;
  if (showsAnything(draft.balancedThought)) input.balancedThought = draft.balancedThought;
  input.keptTraps = draft.keptTraps;
  // A removed suggestion ticked again by hand counts as kept.
  input.setAsideTraps = draft.setAsideTraps.filter((id) => !draft.keptTraps.includes(id));
  input.feelings = draft.feelings
    .filter((f) => f.name.trim() !== "" || f.before.trim() !== "" || f.after.trim() !== "")
    .map((f) => {
      const feeling: Record<string, unknown> = { name: f.name, before: strengthOf(f.before) };
      const after = strengthOf(f.after);
      if (after !== undefined) feeling.after = after;
      return feeling;
    });
  return input;
}

export type CheckedDraft =
  | { ok: true; input: ThoughtRecordInput }
  | { ok: false; errors: FieldErrors };

/** The same schema the server uses, so a mistake is shown before anything is sent. */
export function checkRecordDraft(draft: RecordDraft): CheckedDraft {
  const result = thoughtRecordInputSchema.safeParse(inputOf(draft));
  return result.success
    ? { ok: true, input: result.data }
    : { ok: false, errors: byFeelingRow(draft, errorsFromIssues(result.error.issues)) };
}

/**
 * Error paths name a feeling by its place in the sent list, which skips blank rows; on screen
 * each row is named by its own id (`feelings.<rowId>.before`), so an error lands on its row.
 */
export function byFeelingRow(draft: RecordDraft, errors: FieldErrors): FieldErrors {
  const sent = draft.feelings.filter(
    (f) => f.name.trim() !== "" || f.before.trim() !== "" || f.after.trim() !== "",
  );
  const mapped: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^feelings\.(\d+)(\..*)?$/.exec(path);
    const row = match ? sent[Number(match[1])] : undefined;
    mapped[row ? `feelings.${row.rowId}${match?.[2] ?? ""}` : path] = message;
  }
  return mapped;
}

/** A record draft as kept on the device: the form as typed, without React's row keys. */
const storedRecordDraftSchema = z.object({
  step: z.number().int().min(0).max(10),
  situation: z.string().max(RECORD_TEXT_MAX_LENGTH),
  thought: z.string().max(RECORD_TEXT_MAX_LENGTH),
  feelings: z
    .array(
      z.object({
        name: z.string().max(FEELING_NAME_MAX_LENGTH),
        before: z.string().max(10),
        after: z.string().max(10),
      }),
    )
    .max(FEELINGS_MAX),
  keptTraps: z.array(z.enum(trapIds)).max(trapIds.length),
  setAsideTraps: z.array(z.enum(trapIds)).max(trapIds.length),
  evidenceFor: z.string().max(RECORD_TEXT_MAX_LENGTH),
  evidenceAgainst: z.string().max(RECORD_TEXT_MAX_LENGTH),
  balancedThought: z.string().max(RECORD_TEXT_MAX_LENGTH),
  /**
   * The version of the saved record the words were typed over (its `updatedAt`), so saving them
   * later is refused if the record was changed elsewhere meanwhile. Absent for a new record, and
   * in drafts kept before versions were.
   */
  base: z.string().max(64).optional(),
});
type StoredRecordDraft = z.infer<typeof storedRecordDraftSchema>;

/** What is kept on the device, in one fixed order, with the step the person was on. */
export function storedRecordDraft(
  draft: RecordDraft,
  step: number,
  base?: string,
): StoredRecordDraft {
  return {
    step,
    ...(base === undefined ? {} : { base }),
    situation: draft.situation,
    thought: draft.thought,
    feelings: draft.feelings.map(({ name, before, after }) => ({ name, before, after })),
    keptTraps: draft.keptTraps,
    setAsideTraps: draft.setAsideTraps,
    evidenceFor: draft.evidenceFor,
    evidenceAgainst: draft.evidenceAgainst,
    balancedThought: draft.balancedThought,
  };
}

/** The screen name thought records' drafts are kept under. */
export const THOUGHT_DRAFT = "thought";

/**
 * Drafts are kept per record. A record not yet saved keeps its draft under a name of its own
 * that begins with this (see new-draft.ts); a draft kept by an earlier release is under this alone.
 */
export const NEW_RECORD = "new";

/** The screen name a next step's draft is kept under, one for each thought record. */
export const NEXT_STEP_DRAFT = "next-step";

/** A draft read back from the device (already checked), with fresh row keys for this page. */
export const recordDraftSchema = storedRecordDraftSchema.transform(
  ({ step, base, feelings, ...texts }): { step: number; base?: string; draft: RecordDraft } => ({
    step,
    ...(base === undefined ? {} : { base }),
    draft: { ...texts, feelings: feelings.map((f) => ({ ...newFeeling(f.name), ...f })) },
  }),
);

/** True when two drafts hold the same words and choices, whatever their row keys and steps. */
export function sameRecordDraft(a: RecordDraft, b: RecordDraft): boolean {
  return JSON.stringify(storedRecordDraft(a, 0)) === JSON.stringify(storedRecordDraft(b, 0));
}

/** True when a draft holds anything the person wrote or chose. */
export function holdsWords(draft: RecordDraft): boolean {
  return !sameRecordDraft(draft, emptyRecordDraft());
}

/** The new record's draft kept under `item` for `owner`, read back, if it holds any words. */
export function newRecordDraft(
  owner: string,
  item: string,
): { step: number; draft: RecordDraft } | undefined {
  const kept = readDraft(draftKey(THOUGHT_DRAFT, owner, item), recordDraftSchema);
  return kept !== undefined && holdsWords(kept.draft) ? kept : undefined;
}
