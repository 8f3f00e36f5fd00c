import type { ImportCounts } from "../../../core/export/export-document.schema.js";
import { listed } from "../../../core/insights/wording.js";
import { countedKinds, KIND_WORDS, kindsWithAny, ONE_OF_A_KIND } from "./import-kinds.js";

/** What the account holds now, kind by kind, as `GET /api/me/counts` counts it. */
export type Holdings = ImportCounts;

/** The kinds an export file is counted by in the page, before a replace: each a list's length. */
export type FileHoldings = Pick<ImportCounts, "checkins" | "assessments" | "thoughts" | "people">;

/**
 * Each kind the person keeps, as theirs: "your 130 check-ins, 3 check-ups, your safety plan".
 * The first says "your" for the whole list; a kind they keep one of says it again, by name.
 */
function heldKinds(held: Holdings): string[] {
  return kindsWithAny(held).map((kind, index) => {
    const one = held[kind] === 1 ? ONE_OF_A_KIND[kind] : undefined;
    if (one !== undefined) return `your ${one}`;
    const words = KIND_WORDS[kind](held[kind]);
    return index === 0 ? `your ${words}` : words;
  });
}

/**
 * What replacing erases, said before it happens, with a number for every kind there is any of.
 * Without numbers (`held` null: they could not be fetched) it still names every kind, so the
 * question is never vaguer than the act.
 */
export function eraseWords(held: Holdings | null): string {
  if (held === null) {
    return "This erases everything you keep here now: every check-in and its notes, your check-ups, your thought records, the people in your circle, your safety plan, your plan and routine, your share cards and your reminders.";
  }
  const kinds = heldKinds(held);
  return kinds.length > 0
    ? `This erases ${listed(kinds)}.`
    : "You keep nothing here yet, so nothing would be erased.";
}

/** What the file puts in their place, when the page could read it; null when it could not. */
export function inTheirPlaceWords(inFile: FileHoldings | null): string {
  if (inFile === null) return "In their place will be whatever the file holds.";
  const counted = countedKinds(inFile);
  return counted.length > 0
    ? `In their place will be what the file holds: ${listed(counted)}.`
    : "The file holds no check-ins, check-ups, thought records or people, so those would be left empty.";
}

const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/**
 * The counted kinds in an export file already parsed, or null when it is not one (another
 * program's file): then the page does not guess, and the server says what is wrong.
 */
export function holdingsOfFile(doc: unknown): FileHoldings | null {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return null;
  const file = doc as Record<string, unknown>;
  if (file.format !== "reconnect-export") return null;
  return {
    checkins: lengthOf(file.checkins),
    assessments: lengthOf(file.assessments),
    thoughts: lengthOf(file.thoughts),
    people: lengthOf(file.people),
  };
}
