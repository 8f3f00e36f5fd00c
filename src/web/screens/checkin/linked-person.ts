import { useEffect, useState } from "react";
import { showsAnything } from "../../../core/text/visible.js";

/** Who a row is with when nothing better is known: the circle could not be read, or they left it. */
export const SOMEONE_IN_YOUR_CIRCLE = "someone from your circle";

/**
 * Who a day's connection is with when it was saved as a link to someone in the circle and no
 * name was typed (an imported day, a plan done with them): their name from the circle, or a
 * plain fallback, never a blank. Undefined when the row names them itself or links no one.
 */
export function linkedPersonName(
  row: { personId?: string | undefined; name: string },
  circle: ReadonlyMap<string, string> | null,
): string | undefined {
  if (row.personId === undefined || showsAnything(row.name)) return undefined;
  const name = circle?.get(row.personId);
  return name !== undefined && showsAnything(name) ? name : SOMEONE_IN_YOUR_CIRCLE;
}

/**
 * The circle's names by id, read only when some row is a link with no name of its own, so a day
 * with none costs no request. Null while loading or when the circle cannot be read: the rows
 * then say the plain fallback.
 */
export function useCircleNames(
  rows: readonly { personId?: string | undefined; name: string }[],
): ReadonlyMap<string, string> | null {
  const needed = rows.some((row) => linkedPersonName(row, null) !== undefined);
  const [names, setNames] = useState<ReadonlyMap<string, string> | null>(null);
  useEffect(() => {
    if (!needed || names !== null) return;
    let live = true;
    // The Plan's client loads only here, as for the tiny step, so the screen's script stays small.
    import("../plan/plan-api.js")
      .then(({ planApi }) => planApi.people(null))
      .then(
        ({ people }) => {
          if (live) setNames(new Map(people.map((person) => [person.id, person.name])));
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [needed, names]);
  return names;
}
