import { catalogue } from "../plan/catalogue.js";
import type { ExportDocument } from "./export-document.schema.js";

/** As many problems as an import names at once. */
const MAX_NAMED = 10;

const BUILT_IN = new Set(catalogue.map((activity) => activity.id));

/**
 * What an export file repeats that an account holds once (an id, a day, a routine anchor), and
 * own activities that take a built-in activity's id, by JSON path. Reconnect never writes such
 * a file; a hand-edited or merged one can, and it is named to its sender rather than left to the
 * database to refuse.
 */
export function repeatedRecords(doc: ExportDocument): Record<string, string> {
  const found: Record<string, string> = {};
  const note = (path: string, problem: string) => {
    if (Object.keys(found).length < MAX_NAMED) found[path] = problem;
  };
  const once = <T>(kind: string, items: readonly T[], key: (item: T) => string, field: string) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) note(`${kind}.${index}.${field}`, "is given twice in this file");
      seen.add(value);
    });
  };
  once("checkins", doc.checkins, (c) => c.date, "date");
  once("assessments", doc.assessments, (a) => a.id, "id");
  once("thoughts", doc.thoughts, (t) => t.id, "id");
  once("activities", doc.activities, (a) => a.id, "id");
  once("plans", doc.plans, (p) => p.id, "id");
  once("people", doc.people, (p) => p.id, "id");
  once("shares", doc.shares, (s) => s.id, "id");
  once("routine.targets", doc.routine.targets, (t) => t.anchor, "anchor");
  // A tick is one anchor on one day; the separator cannot occur in a date.
  once("routine.ticks", doc.routine.ticks, (t) => `${t.date} ${t.anchor}`, "anchor");
  doc.activities.forEach((activity, index) => {
    if (BUILT_IN.has(activity.id)) {
      note(`activities.${index}.id`, "is a built-in activity's id, which your own cannot take");
    }
  });
  return found;
}
