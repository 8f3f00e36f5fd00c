import type { ImportCounts } from "../../../core/export/export-document.schema.js";
import { counted, listed } from "../../../core/insights/wording.js";

/** One kind of record, said for a number of it: "1 check-in", "2 check-ins". */
type KindWords = (count: number) => string;

const plural =
  (one: string, many: string): KindWords =>
  (count) =>
    counted(count, one, many);

/**
 * Every kind an import writes, in the order a person thinks of them. Each says its own number, so
 * "1 share card" is never "1 share cards": a wrong plural reads as careless on a screen about
 * someone's own records.
 */
export const KIND_WORDS: Record<keyof ImportCounts, KindWords> = {
  checkins: plural("check-in", "check-ins"),
  assessments: plural("check-up", "check-ups"),
  safetyPlan: plural("safety plan", "safety plans"),
  thoughts: plural("thought record", "thought records"),
  activities: plural("own activity", "own activities"),
  hiddenActivities: plural("hidden activity", "hidden activities"),
  plans: plural("planned activity", "planned activities"),
  routineTargets: plural("routine time", "routine times"),
  routineTicks: plural("routine tick", "routine ticks"),
  people: plural("person in your circle", "people in your circle"),
  shares: plural("share card", "share cards"),
  calendarFeed: plural("calendar link", "calendar links"),
  reminders: plural("set of reminder settings", "sets of reminder settings"),
};

/**
 * The kinds a person keeps at most one of, named without a number where the one they have is
 * meant ("your safety plan"): "1 safety plan" would read as a tally of something never more.
 */
export const ONE_OF_A_KIND: Partial<Record<keyof ImportCounts, string>> = {
  safetyPlan: "safety plan",
  calendarFeed: "calendar link",
  reminders: "reminder settings",
};

/** The kinds with any records, in KIND_WORDS' order. */
export function kindsWithAny(counts: Partial<ImportCounts>): (keyof ImportCounts)[] {
  return (Object.keys(KIND_WORDS) as (keyof ImportCounts)[]).filter(
    (kind) => (counts[kind] ?? 0) > 0,
  );
}

/** The kinds with any records, each with its number, in KIND_WORDS' order. */
export function countedKinds(counts: Partial<ImportCounts>): string[] {
  return kindsWithAny(counts).map((kind) => KIND_WORDS[kind](counts[kind] ?? 0));
}

/** What an import wrote, in one sentence. */
export function importedSummary(counts: ImportCounts): string {
  const parts = countedKinds(counts);
  return parts.length > 0
    ? `Imported ${listed(parts)}.`
    : "Everything in that file was already here, so nothing new was added.";
}
