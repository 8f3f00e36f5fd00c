import type { Kysely } from "kysely";
import { type Connection, storedConnectionSchema } from "../../core/checkins/checkin.schema.js";
import type { SuggestCheckin } from "../../core/plan/suggest.js";
import type { Database } from "../db/database.js";

/**
 * What Plan and Circle read from check-ins: every connection ever noted (light rows, so years
 * of them stay quick: "when you last connected" can reach back a long way), and the energy of
 * the check-ins from `energyFrom` on. One entry per checked-in date, oldest first.
 */
export async function checkinHistory(
  db: Kysely<Database>,
  userId: string,
  energyFrom: string,
): Promise<SuggestCheckin[]> {
  const [days, connections] = await Promise.all([
    db
      .selectFrom("checkins")
      .select(["date", "energy"])
      .where("user_id", "=", userId)
      .where("date", ">=", energyFrom)
      .execute(),
    db
      .selectFrom("checkin_connections")
      .select(["date", "person_id", "name", "mode", "felt"])
      .where("user_id", "=", userId)
      .orderBy("date")
      .orderBy("position")
      .execute(),
  ]);
  const byDate = new Map<string, { date: string; energy?: number; connections: Connection[] }>();
  const day = (date: string) => {
    let entry = byDate.get(date);
    if (entry === undefined) {
      entry = { date, connections: [] };
      byDate.set(date, entry);
    }
    return entry;
  };
  for (const row of days) {
    const entry = day(row.date);
    if (row.energy !== null) entry.energy = Number(row.energy);
  }
  for (const row of connections) {
    day(row.date).connections.push(
      storedConnectionSchema.parse({
        mode: row.mode,
        ...(row.person_id === null ? {} : { personId: row.person_id }),
        ...(row.name === null ? {} : { name: row.name }),
        ...(row.felt === null ? {} : { felt: Number(row.felt) }),
      }),
    );
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
