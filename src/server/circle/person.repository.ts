import { type Kysely, PostgresAdapter } from "kysely";
import {
  keptRelationship,
  type Person,
  storedPersonSchema,
} from "../../core/circle/person.schema.js";
import { inCreationOrder } from "../db/creation-order.js";
import type { Database } from "../db/database.js";
import type { PersonRow } from "./person.table.js";

/**
 * Parsed, not cast: a row is only trusted as far as its shape checks out. How you know someone
 * reads as it is now kept: words that show nothing, kept before 2026-12-06, read as none.
 */
function personFromRow(row: PersonRow): Person {
  return storedPersonSchema.parse({
    id: row.id,
    name: row.name,
    relationship: keptRelationship(row.relationship),
    contactPreference: row.contact_preference,
    wantedEveryDays: Number(row.wanted_every_days),
  });
}

function personColumns(person: Person) {
  return {
    name: person.name,
    relationship: person.relationship,
    contact_preference: person.contactPreference,
    wanted_every_days: person.wantedEveryDays,
  };
}

export async function insertPerson(
  db: Kysely<Database>,
  userId: string,
  person: Person,
  now: string,
): Promise<Person> {
  await db
    .insertInto("people")
    .values({
      id: person.id,
      user_id: userId,
      ...personColumns(person),
      created_at: now,
      updated_at: now,
    })
    .execute();
  return person;
}

export async function getPerson(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<Person | undefined> {
  const row = await db
    .selectFrom("people")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? personFromRow(row) : undefined;
}

/**
 * Whether the person has someone with this id in their circle, holding them there until the
 * transaction ends: for a write that ties a row to them (a plan), run in `store.write`. On
 * PostgreSQL a share lock makes a removal running at the same moment wait, so its untying of
 * their plans sees the new row, or makes this find no one; SQLite has one writer at a time.
 * Without it a plan saved as the person was removed kept their id, and the export then named a
 * person it did not hold, which its own import refused.
 */
export async function holdPerson(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<boolean> {
  let query = db
    .selectFrom("people")
    .select("id")
    .where("user_id", "=", userId)
    .where("id", "=", id);
  if (db.getExecutor().adapter instanceof PostgresAdapter) query = query.forShare();
  return (await query.executeTakeFirst()) !== undefined;
}

/** The person's circle, in the order they added people. */
export async function listPeople(db: Kysely<Database>, userId: string): Promise<Person[]> {
  const rows = await db.selectFrom("people").selectAll().where("user_id", "=", userId).execute();
  return inCreationOrder(rows).map(personFromRow);
}

/** False when the person has nobody with this id in their circle. */
export async function updatePerson(
  db: Kysely<Database>,
  userId: string,
  person: Person,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("people")
    .set({ ...personColumns(person), updated_at: now })
    .where("user_id", "=", userId)
    .where("id", "=", person.id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deletePerson(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("people")
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
