import type { ImportCounts } from "../../../core/export/export-document.schema.js";
import { listed } from "../../../core/insights/wording.js";
import { KIND_WORDS, kindsWithAny, ONE_OF_A_KIND } from "./import-kinds.js";

/** What the account holds now, kind by kind, as `GET /api/me/counts` counts it. */
export type Holdings = ImportCounts;

/**
 * What an export file holds, counted in the page by the same kinds as what a replace erases, so
 * the question never reads as if the safety plan or share cards were gone for good.
 */
export type FileHoldings = ImportCounts;

/** A kind a file holds at most one of, said as one thing rather than a tally of one. */
const ONE_IN_FILE: Partial<Record<keyof ImportCounts, string>> = {
  safetyPlan: "a safety plan",
  calendarFeed: "a calendar link",
  reminders: "reminder settings",
};

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
  const kinds = kindsWithAny(inFile).map(
    (kind) => ONE_IN_FILE[kind] ?? KIND_WORDS[kind](inFile[kind]),
  );
  return kinds.length > 0
    ? `In their place will be what the file holds: ${listed(kinds)}.`
    : "The file holds nothing, so everything here would be left empty.";
}

/**
 * An imported card answers to a new secret nobody holds, so every link shared before a replace
 * stops opening: said only when there are active links to lose, and with what to do after.
 */
export function linksStopWords(activeLinks: number | null): string {
  if (activeLinks === null) {
    return "Any link you shared will stop working. You can make new ones on the Share screen after.";
  }
  if (activeLinks <= 0) return "";
  return activeLinks === 1
    ? "The link you shared will stop working. You can make a new one on the Share screen after."
    : `The ${activeLinks} links you shared will stop working. You can make new ones on the Share screen after.`;
}

/**
 * A replace ends the calendar link too: the feed is erased with the rest, and one in the file
 * comes back under a new secret nobody holds, so a calendar app subscribed to the old link stops
 * showing the plan. Said only when there is a link (`hasFeed` true), as a maybe when whether
 * there is one could not be looked at (null), and with what to do after.
 */
export function feedStopsWords(hasFeed: boolean | null): string {
  if (hasFeed === null) {
    return "If you made a calendar link, it will stop working. You can make a new one on the Plan screen after.";
  }
  return hasFeed
    ? "Your calendar link will stop working, so your calendar app will stop showing your plan. You can make a new link on the Plan screen after."
    : "";
}

/**
 * Said after an import (either way) that wrote share cards: they come back to read, but none
 * of their old links opens, so someone who sent one is not left wondering why it went dead.
 */
export function addedCardsWords(imported: ImportCounts): string {
  if (imported.shares === 0) return "";
  return imported.shares === 1
    ? "The share card came back to read, but its old link won't open: you can make a new one on the Share screen."
    : `The ${imported.shares} share cards came back to read, but their old links won't open: you can make new ones on the Share screen.`;
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
  const routine =
    typeof file.routine === "object" && file.routine !== null
      ? (file.routine as Record<string, unknown>)
      : {};
  const one = (value: unknown): number => (typeof value === "object" && value !== null ? 1 : 0);
  return {
    checkins: lengthOf(file.checkins),
    assessments: lengthOf(file.assessments),
    safetyPlan: one(file.safetyPlan),
    thoughts: lengthOf(file.thoughts),
    activities: lengthOf(file.activities),
    hiddenActivities: lengthOf(file.hiddenActivities),
    plans: lengthOf(file.plans),
    routineTargets: lengthOf(routine.targets),
    routineTicks: lengthOf(routine.ticks),
    people: lengthOf(file.people),
    shares: lengthOf(file.shares),
    calendarFeed: one(file.calendarFeed),
    reminders: one(file.reminders),
  };
}
