import type { Checkin } from "../checkins/checkin.schema.js";
import type { LocalDate } from "../dates/local-date.js";
import type { PlannedActivity } from "../plan/activity.schema.js";
import type { Person } from "./person.schema.js";

/** Only what is needed from a check-in, so callers can pass light rows. */
export type CheckinConnections = Pick<Checkin, "date" | "connections">;
/** Only what is needed from a planned activity. */
export type PlanWithPerson = Pick<PlannedActivity, "date" | "status" | "personId">;

/**
 * One form of a typed name for matching it with someone in the circle: in any case and any
 * Unicode form, since "Zoé" typed on one keyboard is e + a combining accent and on another one
 * character, and both are the same Zoé. Lower-cased the same way on every server, whatever its
 * locale.
 */
export function nameKey(name: string): string {
  return name.trim().normalize("NFC").toLowerCase();
}

/**
 * The latest day you connected with each person: from check-in connections (matched by person
 * id, or by name when the connection was typed in without one) and from done activities with
 * them. One pass over the history, so three years of it stays quick.
 * Days after `today` are ignored, so a plan marked done early does not count yet.
 */
export function lastConnectedByPerson(
  people: readonly Pick<Person, "id" | "name">[],
  checkins: readonly CheckinConnections[],
  planned: readonly PlanWithPerson[],
  today?: LocalDate,
): Map<string, LocalDate> {
  const ids = new Set(people.map((p) => p.id));
  const idsByName = new Map<string, string[]>();
  for (const person of people) {
    const key = nameKey(person.name);
    const list = idsByName.get(key);
    if (list) list.push(person.id);
    else idsByName.set(key, [person.id]);
  }

  const latest = new Map<string, LocalDate>();
  const note = (id: string, date: LocalDate) => {
    if (today !== undefined && date > today) return;
    const seen = latest.get(id);
    // YYYY-MM-DD strings sort the same way as the dates they name.
    if (seen === undefined || date > seen) latest.set(id, date);
  };

  for (const checkin of checkins) {
    for (const connection of checkin.connections) {
      if (connection.personId !== undefined && ids.has(connection.personId)) {
        note(connection.personId, checkin.date);
      } else if (connection.name !== undefined) {
        for (const id of idsByName.get(nameKey(connection.name)) ?? []) note(id, checkin.date);
      }
    }
  }
  for (const plan of planned) {
    if (plan.status === "done" && plan.personId !== undefined && ids.has(plan.personId)) {
      note(plan.personId, plan.date);
    }
  }
  return latest;
}
