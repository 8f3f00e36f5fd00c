import { showsAnything } from "../text/visible.js";
import type { UncheckedExport } from "./upgrade-export.js";

/** What a circle name that shows nothing becomes: plain, and plainly there to be changed. */
export const NO_NAME_YET = "No name yet";

/**
 * A version-1 file made the way version 1's import reads it today. The circle's route took a
 * name that shows nothing (a zero-width space, a lone combining accent) until 2026-12-05, so a
 * file written before then, or from an account that still keeps such a name, can hold one: the
 * only rule ever tightened since version 1. Refusing it would refuse the person's own backup,
 * so it is given a name that shows, which they can change; a name of only spaces, which no
 * route ever took, is left for the schema to refuse. When version 2 comes, this moves into the
 * step from version 1.
 */
export function repairVersion1(doc: UncheckedExport): UncheckedExport {
  if (!Array.isArray(doc.people)) return doc;
  const people: unknown[] = doc.people.map((person: unknown) => {
    if (typeof person !== "object" || person === null || !("name" in person)) return person;
    const { name } = person;
    const blankOnScreen = typeof name === "string" && name.trim() !== "" && !showsAnything(name);
    return blankOnScreen ? { ...person, name: NO_NAME_YET } : person;
  });
  return { ...doc, people };
}
