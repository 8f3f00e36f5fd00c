import {
  type Checkin,
  type CheckinInput,
  type ConnectionMode,
  checkinInputSchema,
  checkinScales,
} from "../../../core/checkins/checkin.schema.js";
import type { LocalDate } from "../../../core/dates/local-date.js";
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

// Answers typed but not yet saved, per day. If saving fails because the session ran out, the
// person signs in again and finds them waiting instead of starting over.
const unsaved = new Map<LocalDate, CheckinDraft>();

export function keepUnsaved(date: LocalDate, draft: CheckinDraft): void {
  unsaved.set(date, draft);
}

export function unsavedFor(date: LocalDate): CheckinDraft | undefined {
  return unsaved.get(date);
}

export function forgetUnsaved(date: LocalDate): void {
  unsaved.delete(date);
}

/** On signing out or a change of person: one person's unsaved answers are never shown to another. */
export function forgetAllUnsaved(): void {
  unsaved.clear();
}
