import { safetyPlanSteps } from "../safety-plan/safety-plan.schema.js";
import { showsAnything } from "../text/visible.js";
import type { UncheckedExport } from "./upgrade-export.js";

/** What a circle name or a feeling that shows nothing becomes: plain, and plainly there to be changed. */
export const NO_NAME_YET = "No name yet";
/** What a thought or a share card's contact that shows nothing becomes, the rest kept. */
export const NO_WORDS_YET = "No words yet";
/** What an own activity's title that shows nothing becomes, so it and its plans are kept. */
export const NO_TITLE_YET = "No title yet";

/**
 * Text a route took until 2026-12-05 that shows nothing on a screen: a zero-width space, a lone
 * combining accent. Empty or only spaces is not it: no route ever took those, so they are left
 * for the schema to refuse, as is anything that is not text.
 */
function blankOnScreen(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "" && !showsAnything(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Each record of a list put through `repair`; anything not a list or not a record left as it is. */
function eachRecord(
  list: unknown,
  repair: (record: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((item: unknown) => (isRecord(item) ? repair(item) : item));
}

/** A circle name that shows nothing gets one that does, which the person can change. */
function repairPerson(person: Record<string, unknown>): Record<string, unknown> {
  return blankOnScreen(person.name) ? { ...person, name: NO_NAME_YET } : person;
}

/**
 * A thought that shows nothing gets plain words, rather than the whole backup being refused for
 * it; so does a feeling's name, keeping how strong it was. Optional steps that show nothing need
 * nothing here: the import keeps them as not written, as the route does.
 */
function repairThought(thought: Record<string, unknown>): Record<string, unknown> {
  let repaired = thought;
  if (blankOnScreen(thought.thought)) {
    repaired = { ...repaired, thought: NO_WORDS_YET };
    // The detector finds nothing in words that show nothing, so nothing was suggested for them;
    // whatever a file holds there marks words it does not have (spans must fit the thought).
    if (Array.isArray(thought.suggestedTraps)) repaired.suggestedTraps = [];
  }
  const feelings = eachRecord(thought.feelings, (feeling) =>
    blankOnScreen(feeling.name) ? { ...feeling, name: NO_NAME_YET } : feeling,
  );
  return feelings === thought.feelings ? repaired : { ...repaired, feelings };
}

/**
 * A connection's name that shows nothing is left out: a connection needs no name (it still says
 * how and how it felt, and a link to someone in the circle still names them), and a placeholder
 * would be put forward as someone to add to the circle, as every name typed there is.
 */
function repairCheckin(checkin: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(checkin.connections)) return checkin;
  const connections = eachRecord(checkin.connections, (connection) => {
    if (!blankOnScreen(connection.name)) return connection;
    const { name: _blank, ...rest } = connection;
    return rest;
  });
  return { ...checkin, connections };
}

/**
 * An own activity's title that shows nothing gets one that does, rather than the backup being
 * refused and its plans with it. A first step that shows nothing becomes the title's words: the
 * screens and the calendar show a first step that only repeats its title once, as they do for a
 * step planned from a thought record (firstStepBeyondTitle).
 */
function repairActivity(activity: Record<string, unknown>): Record<string, unknown> {
  const title = blankOnScreen(activity.title) ? NO_TITLE_YET : activity.title;
  if (!blankOnScreen(activity.firstStep)) {
    return title === activity.title ? activity : { ...activity, title };
  }
  return { ...activity, title, firstStep: title };
}

/**
 * A share card's contact that shows nothing gets plain words rather than the backup being
 * refused. Only its maker ever reads them: an imported card answers to a link nobody holds, and
 * they can change them; a card that has ended keeps no words at all once imported.
 */
function repairShare(share: Record<string, unknown>): Record<string, unknown> {
  return blankOnScreen(share.contact) ? { ...share, contact: NO_WORDS_YET } : share;
}

/**
 * A safety plan's line that shows nothing is left out, as the editor leaves out a blank line:
 * it said nothing, and the rest of the plan is kept as it was.
 */
function repairSafetyPlan(plan: Record<string, unknown>): Record<string, unknown> {
  const repaired: Record<string, unknown> = { ...plan };
  for (const step of safetyPlanSteps) {
    const lines = plan[step];
    if (Array.isArray(lines)) repaired[step] = lines.filter((line) => !blankOnScreen(line));
  }
  return repaired;
}

/**
 * A version-1 file made the way version 1's import reads it today. Until 2026-12-05 the routes
 * took text that shows nothing (a zero-width space, a lone combining accent) as a circle name, a
 * thought, a feeling's name and a check-in connection's name, and until 2026-12-06 as an own
 * activity's title and first step, a share card's contact and a safety plan's line, so a file
 * written before then, or from an account that still keeps such text, can hold it: the only
 * rules tightened since version 1. Refusing it would refuse the person's own backup, so each is
 * given words that show, or left out where it was optional. When version 2 comes, this moves into
 * the step from version 1.
 */
export function repairVersion1(doc: UncheckedExport): UncheckedExport {
  const repaired: UncheckedExport = { ...doc };
  if (Array.isArray(doc.people)) repaired.people = eachRecord(doc.people, repairPerson);
  if (Array.isArray(doc.thoughts)) repaired.thoughts = eachRecord(doc.thoughts, repairThought);
  if (Array.isArray(doc.checkins)) repaired.checkins = eachRecord(doc.checkins, repairCheckin);
  if (Array.isArray(doc.activities)) {
    repaired.activities = eachRecord(doc.activities, repairActivity);
  }
  if (Array.isArray(doc.shares)) repaired.shares = eachRecord(doc.shares, repairShare);
  if (isRecord(doc.safetyPlan)) repaired.safetyPlan = repairSafetyPlan(doc.safetyPlan);
  return repaired;
}
