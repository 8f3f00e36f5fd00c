import type { ImportCounts } from "../../../core/export/export-document.schema.js";
import { listed } from "../../../core/insights/wording.js";
import { countedKinds } from "./import-kinds.js";

/** The kinds a replace is said by in numbers: the ones a person counts and would miss first. */
export const COUNTED_KINDS = ["checkins", "assessments", "thoughts", "people"] as const;
export type Holdings = Pick<ImportCounts, (typeof COUNTED_KINDS)[number]>;

/** The rest of what a replace empties, said without numbers: there is no cheap count of them. */
const ALSO_ERASED = "your safety plan, your plan and routine, your share cards and your reminders";

/**
 * What replacing erases, said before it happens. Without numbers (`held` null: they could not be
 * fetched) it still names every kind, so the question is never vaguer than the act.
 */
export function eraseWords(held: Holdings | null): string {
  if (held === null) {
    return `This erases everything you keep here now: every check-in and its notes, your check-ups, your thought records, the people in your circle, ${ALSO_ERASED}.`;
  }
  const counted = countedKinds(held);
  return counted.length > 0
    ? `This erases your ${listed(counted)}, along with ${ALSO_ERASED}.`
    : `You have no check-ins, check-ups, thought records or people in your circle here yet. This erases anything else you have set up: ${ALSO_ERASED}.`;
}

/** What the file puts in their place, when the page could read it; null when it could not. */
export function inTheirPlaceWords(inFile: Holdings | null): string {
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
export function holdingsOfFile(doc: unknown): Holdings | null {
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
