import { z } from "zod";
import {
  type Checkin,
  type CheckinInput,
  CONNECTION_NAME_MAX,
  type ConnectionMode,
  checkinInputSchema,
  checkinScales,
  connectionModes,
  NOTE_MAX_LENGTH,
} from "../../../core/checkins/checkin.schema.js";
import { errorsFromIssues, type FieldErrors } from "../../components/field-errors.js";

export type ScaleKey = (typeof checkinScales)[number]["key"];

/** One row of "who you connected with" as it is being filled in. */
export interface ConnectionDraft {
  /** React's key for the row; never sent. */
  rowId: number;
  /** Kept from a saved check-in so editing a day never drops a link to someone in the circle. */
  personId?: string | undefined;
  name: string;
  mode: ConnectionMode | "";
  felt: string;
}

/** The check-in form as typed: text stays text until it is saved, so nothing typed is lost. */
export interface CheckinDraft {
  scales: Partial<Record<ScaleKey, number>>;
  sleepHours: string;
  connections: ConnectionDraft[];
  note: string;
}

export const connectionModeWords: Record<ConnectionMode, string> = {
  message: "Message",
  call: "Call",
  video: "Video call",
  "in-person": "In person",
};

/** How a connection felt, from -2 to 2, in plain words. */
export const feltWords = [
  { value: -2, words: "Hard" },
  { value: -1, words: "A little hard" },
  { value: 0, words: "In between" },
  { value: 1, words: "A little good" },
  { value: 2, words: "Good" },
] as const;

let nextRowId = 1;

export function newConnectionRow(): ConnectionDraft {
  nextRowId += 1;
  return { rowId: nextRowId, name: "", mode: "", felt: "" };
}

export function emptyDraft(): CheckinDraft {
  return { scales: {}, sleepHours: "", connections: [], note: "" };
}

export function draftFromCheckin(checkin: Checkin): CheckinDraft {
  const scales: Partial<Record<ScaleKey, number>> = {};
  for (const { key } of checkinScales) {
    const value = checkin[key];
    if (value !== undefined) scales[key] = value;
  }
  return {
    scales,
    sleepHours: checkin.sleepHours === undefined ? "" : String(checkin.sleepHours),
    connections: checkin.connections.map((connection) => ({
      ...newConnectionRow(),
      personId: connection.personId,
      name: connection.name ?? "",
      mode: connection.mode,
      felt: connection.felt === undefined ? "" : String(connection.felt),
    })),
    note: checkin.note ?? "",
  };
}

/** Field paths that live inside the "more" disclosure, so an error there opens it. */
export function isOptionalPart(path: string): boolean {
  return path !== "mood" && !path.startsWith("connections");
}

export type DraftResult = { ok: true; input: CheckinInput } | { ok: false; errors: FieldErrors };

export function checkDraft(draft: CheckinDraft): DraftResult {
  const errors: Record<string, string> = {};
  if (draft.scales.mood === undefined) errors.mood = "Pick a number for your mood, then save.";
  draft.connections.forEach((connection, index) => {
    if (connection.mode === "") {
      errors[`connections.${index}.mode`] = "Choose how you connected, or remove this row.";
    }
  });
  const sleep = draft.sleepHours.trim();
  const candidate = {
    ...draft.scales,
    sleepHours: sleep === "" ? undefined : Number(sleep),
    connections: draft.connections.map((connection) => ({
      personId: connection.personId,
      name: connection.name.trim() === "" ? undefined : connection.name.trim(),
      mode: connection.mode,
      felt: connection.felt === "" ? undefined : Number(connection.felt),
    })),
    note: draft.note.trim() === "" ? undefined : draft.note,
  };
  const parsed = checkinInputSchema.safeParse(candidate);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, input: parsed.data };
  const schemaErrors = parsed.success ? {} : errorsFromIssues(parsed.error.issues);
  return { ok: false, errors: { ...schemaErrors, ...errors } };
}

const CONNECTION_PART = /^connections\.\d+\.(name|mode|felt)$/;

/** The label a field's error message follows, e.g. "Hours slept must be from 0 to 24". */
export function labelOf(path: string): string | undefined {
  const scale = checkinScales.find(({ key }) => key === path);
  if (scale) return scale.label;
  if (path === "sleepHours") return "Hours slept";
  if (path === "note") return "Note";
  const part = CONNECTION_PART.exec(path)?.[1];
  if (part === "name") return "Name";
  if (part === "mode") return "How you connected";
  if (part === "felt") return "How it felt";
  return undefined;
}

/** True for a path the form shows an error next to. */
export function isFormField(path: string): boolean {
  return labelOf(path) !== undefined;
}

/** The element to focus for a field path, so one id scheme serves labels and error focus. */
export function fieldId(path: string): string {
  return `checkin-${path.replaceAll(".", "-")}`;
}

// The draft's schemas are built when a draft is first read back, not when the check-in screen's
// script loads: building zod schemas is most of the main-thread time the app's start costs on a
// slow phone, and the form's frame needs none of them.
function buildStoredCheckinDraftSchema() {
  const scalePoint = z.number().int().min(0).max(10).optional();
  /** A check-in draft as kept on the device: the form as typed, without React's row keys. */
  return z.object({
    scales: z.object({
      mood: scalePoint,
      energy: scalePoint,
      enjoyment: scalePoint,
      rumination: scalePoint,
      burden: scalePoint,
    }),
    sleepHours: z.string().max(20),
    connections: z
      .array(
        z.object({
          personId: z.string().min(1).max(100).optional(),
          name: z.string().max(CONNECTION_NAME_MAX),
          mode: z.enum([...connectionModes, ""]),
          felt: z.string().max(2),
        }),
      )
      .max(50),
    note: z.string().max(NOTE_MAX_LENGTH),
    /**
     * The version of the day the draft was typed over (its `updatedAt`; null: no check-in), so
     * saving it later cannot replace a version the person never saw. Absent in a draft kept
     * before drafts named it.
     */
    base: z.string().max(40).nullable().optional(),
  });
}
type StoredCheckinDraft = z.infer<ReturnType<typeof buildStoredCheckinDraftSchema>>;

/** What is kept on the device, in one fixed order, so two drafts compare by their text. */
export function storedCheckinDraft(draft: CheckinDraft): Omit<StoredCheckinDraft, "base"> {
  const scales: Partial<Record<ScaleKey, number>> = {};
  for (const { key } of checkinScales) {
    const value = draft.scales[key];
    if (value !== undefined) scales[key] = value;
  }
  return {
    scales,
    sleepHours: draft.sleepHours,
    connections: draft.connections.map((row) => ({
      ...(row.personId === undefined ? {} : { personId: row.personId }),
      name: row.name,
      mode: row.mode,
      felt: row.felt,
    })),
    note: draft.note,
  };
}

/** The draft as kept on the device, with the version of the day it was typed over. */
export function keptCheckinDraft(draft: CheckinDraft, base: string | null): StoredCheckinDraft {
  return { ...storedCheckinDraft(draft), base };
}

/** A draft read back, and the version it was typed over (undefined: not known, an older draft). */
export interface KeptCheckinDraft {
  draft: CheckinDraft;
  base: string | null | undefined;
}

function buildCheckinDraftSchema() {
  return buildStoredCheckinDraftSchema().transform(
    (stored): KeptCheckinDraft => ({
      draft: {
        scales: Object.fromEntries(
          Object.entries(stored.scales).filter(([, value]) => value !== undefined),
        ),
        sleepHours: stored.sleepHours,
        connections: stored.connections.map((row) => ({ ...newConnectionRow(), ...row })),
        note: stored.note,
      },
      base: stored.base,
    }),
  );
}

/**
 * The version of the day the answers on screen were typed over, to send with the save so a day
 * changed elsewhere since is asked about, never replaced unseen: a kept draft's own (the day may
 * have been saved elsewhere after it was typed), else the version of the check-in waiting on this
 * device to be sent, else the day as the server gave it. A draft kept before drafts named their
 * version is taken as typed over the day as it is now, as every save was before.
 */
export function editedVersion({
  kept,
  queued,
  saved,
}: {
  kept: KeptCheckinDraft | undefined;
  queued: { base: string | null } | undefined;
  saved: { updatedAt: string } | undefined;
}): string | null {
  if (kept !== undefined && kept.base !== undefined) return kept.base;
  if (kept === undefined && queued !== undefined) return queued.base;
  return saved?.updatedAt ?? null;
}

let checkinDraft: ReturnType<typeof buildCheckinDraftSchema> | undefined;

/** A draft read back from the device (already checked), with fresh row keys for this page. */
export function checkinDraftSchema(): ReturnType<typeof buildCheckinDraftSchema> {
  checkinDraft ??= buildCheckinDraftSchema();
  return checkinDraft;
}

/** True when two drafts hold the same answers, whatever their row keys. */
export function sameCheckinDraft(a: CheckinDraft, b: CheckinDraft): boolean {
  return JSON.stringify(storedCheckinDraft(a)) === JSON.stringify(storedCheckinDraft(b));
}
