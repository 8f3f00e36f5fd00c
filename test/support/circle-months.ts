import type { CheckinInput, ConnectionMode } from "../../src/core/checkins/checkin.schema.js";
import type { LocalDate } from "../../src/core/dates/local-date.js";
import { FOUR_MONTHS_DAYS, sendAs } from "./four-months.js";
import { cycleHistory } from "./insights-history.js";

/** The circle of a person four months in, by name; Jo comes first, as the one seen most. */
export const CIRCLE = ["Jo", "Mum", "Alex", "Priya"] as const;

const MODES: readonly ConnectionMode[] = ["call", "message", "in-person", "message"];

/**
 * Seeds, through the HTTP API, a person whose four months of check-ins link people in their
 * circle: each day's connections are saved with the person's id and no name typed (as a plan
 * done with them, or an imported day, saves them), so every day's rows say "With …". Today is
 * with Jo by link alone and with a neighbour named by hand. Answers the circle's ids by name.
 */
export async function seedCircleMonths(
  baseUrl: string,
  cookie: string,
  today: LocalDate,
): Promise<Record<string, string>> {
  const send = sendAs(baseUrl, cookie);
  const ids: Record<string, string> = {};
  for (const name of CIRCLE) {
    const person = (await send("POST", "/api/people", {
      name,
      relationship: "",
      contactPreference: "any",
      wantedEveryDays: 7,
    })) as { id: string };
    ids[name] = person.id;
  }
  for (const [day, { date, checkin }] of cycleHistory(today, FOUR_MONTHS_DAYS).entries()) {
    const linked: CheckinInput =
      date === today
        ? {
            ...checkin,
            connections: [
              { personId: ids.Jo ?? "", mode: "call", felt: 1 },
              { name: "Dee next door", mode: "in-person", felt: 1 },
            ],
          }
        : {
            ...checkin,
            connections: (checkin.connections ?? []).map((_, row) => {
              const name = CIRCLE[(day + row) % CIRCLE.length] ?? "Jo";
              return {
                personId: ids[name] ?? "",
                mode: MODES[(day + row) % MODES.length] ?? "message",
              };
            }),
          };
    await send("PUT", `/api/checkins/${date}`, linked);
  }
  return ids;
}
