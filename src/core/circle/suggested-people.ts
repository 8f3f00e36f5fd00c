import { type CheckinConnections, nameKey } from "./last-connected.js";
import type { Person } from "./person.schema.js";

/** Someone named in check-ins who is not in the circle yet. */
export interface SuggestedPerson {
  /** As last written in a check-in. */
  name: string;
  /** How many check-in connections name them. */
  times: number;
  lastConnected: string;
}

export const SUGGESTED_PEOPLE_MAX = 5;

/**
 * The people a person keeps naming in check-ins but has not added to the circle: the most often
 * named first, then the most recent. Connections already tied to someone in the circle, and
 * names matching someone there (in any case or Unicode form), are left out.
 */
export function suggestedPeople(
  checkins: readonly CheckinConnections[],
  people: readonly Pick<Person, "name">[],
): SuggestedPerson[] {
  const inCircle = new Set(people.map((person) => nameKey(person.name)));
  const found = new Map<string, SuggestedPerson>();
  for (const checkin of checkins) {
    for (const connection of checkin.connections) {
      const name = connection.name?.trim();
      if (connection.personId !== undefined || !name) continue;
      const key = nameKey(name);
      if (inCircle.has(key)) continue;
      const seen = found.get(key);
      if (seen === undefined) {
        found.set(key, { name, times: 1, lastConnected: checkin.date });
        continue;
      }
      seen.times += 1;
      if (checkin.date >= seen.lastConnected) {
        seen.lastConnected = checkin.date;
        seen.name = name;
      }
    }
  }
  return [...found.values()]
    .sort(
      (a, b) =>
        b.times - a.times ||
        (a.lastConnected < b.lastConnected ? 1 : a.lastConnected > b.lastConnected ? -1 : 0) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, SUGGESTED_PEOPLE_MAX);
}
