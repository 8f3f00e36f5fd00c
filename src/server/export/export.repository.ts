import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import { keptRelationship } from "../../core/circle/person.schema.js";
import { addDays, type LocalDate } from "../../core/dates/local-date.js";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  exportDocumentSchema,
} from "../../core/export/export-document.schema.js";
import { repairVersion1 } from "../../core/export/repair-v1.js";
import type { UncheckedExport } from "../../core/export/upgrade-export.js";
import {
  shownSafetyPlanSteps,
  storedSafetyPlanStepsSchema,
} from "../../core/safety-plan/safety-plan.schema.js";
import { fittedSuggestions } from "../../core/thoughts/suggestions-fit.js";
import {
  storedFeelingSchema,
  suggestedTrapSchema,
  trapIdSchema,
} from "../../core/thoughts/thought.schema.js";
import { inCreationOrder } from "../db/creation-order.js";
import type { Database } from "../db/database.js";
import { giveWay } from "../http/give-way.js";
import { getReminderSettings } from "../reminders/reminder-settings.repository.js";
import { namesAnActivity } from "./hidden-activities.js";

const feelingsJson = z.array(storedFeelingSchema);
const suggestedJson = z.array(suggestedTrapSchema);
const trapIdsJson = z.array(trapIdSchema);
const answersJson = z.array(z.number());

/** The tables whose rows a person adds one by one, listed in the order they were added. */
type AddedOneByOne = "thought_records" | "own_activities" | "people";

/** One person's rows of such a table, in no order: inCreationOrder puts them in the order they were added. */
function ownedRows<T extends AddedOneByOne>(db: Kysely<Database>, table: T, userId: string) {
  // Kysely cannot resolve columns on a generic table name, so the query runs on the union and the
  // rows are named back to the one table asked for.
  return db
    .selectFrom(table as AddedOneByOne)
    .selectAll()
    .where("user_id", "=", userId)
    .execute() as Promise<Selectable<Database[T]>[]>;
}

/**
 * A span of calendar days, first and last included, for the readers a report shares with the
 * export. An instant (kept in UTC, as `2026-11-30T21:15:00.000Z`) falls on the day its first ten
 * characters name, so the span is from the first day's start to the start of the day after the
 * last: plain text comparisons, which the (person, time) indexes answer.
 */
export interface Period {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

const instantBounds = (period: Period) => ({ from: period.from, until: addDays(period.to, 1) });

/** The person's check-ins, oldest first; only the period's when one is given. */
export async function readCheckinDocs(
  db: Kysely<Database>,
  userId: string,
  period?: Period,
): Promise<unknown[]> {
  let query = db.selectFrom("checkins").select("doc").where("user_id", "=", userId);
  if (period) query = query.where("date", ">=", period.from).where("date", "<=", period.to);
  const rows = await query.orderBy("date").execute();
  return rows.map((row): unknown => JSON.parse(row.doc));
}

/** The questionnaires the person took, oldest first; only the period's when one is given. */
export async function readAssessments(db: Kysely<Database>, userId: string, period?: Period) {
  let query = db.selectFrom("assessments").selectAll().where("user_id", "=", userId);
  if (period) {
    const { from, until } = instantBounds(period);
    query = query.where("taken_at", ">=", from).where("taken_at", "<", until);
  }
  const rows = await query.orderBy("taken_at").orderBy("id").execute();
  return rows.map((row) => ({
    id: row.id,
    instrument: row.instrument,
    answers: answersJson.parse(JSON.parse(row.answers)),
    ...(row.difficulty === null ? {} : { difficulty: row.difficulty }),
    takenAt: row.taken_at,
  }));
}

/** The person's safety plan as the export writes it, or null when they have none. */
export async function readSafetyPlan(db: Kysely<Database>, userId: string) {
  const plan = await db
    .selectFrom("safety_plans")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return plan
    ? {
        ...shownSafetyPlanSteps(storedSafetyPlanStepsSchema.parse(JSON.parse(plan.plan))),
        updatedAt: plan.updated_at,
      }
    : null;
}

/** The person's thought records, oldest first; only those written in the period when given. */
export async function readThoughts(db: Kysely<Database>, userId: string, period?: Period) {
  let query = db.selectFrom("thought_records").selectAll().where("user_id", "=", userId);
  if (period) {
    const { from, until } = instantBounds(period);
    query = query.where("created_at", ">=", from).where("created_at", "<", until);
  }
  const rows = await query.orderBy("created_at").orderBy("id").execute();
  return rows.map((row) => ({
    id: row.id,
    situation: row.situation,
    thought: row.thought,
    feelings: feelingsJson.parse(JSON.parse(row.feelings)),
    // Read as the thought routes read them, so the export shows what they show.
    suggestedTraps: fittedSuggestions(
      row.thought,
      suggestedJson.parse(JSON.parse(row.suggested_traps)),
    ),
    keptTraps: trapIdsJson.parse(JSON.parse(row.kept_traps)),
    setAsideTraps: trapIdsJson.parse(JSON.parse(row.set_aside_traps)),
    evidenceFor: row.evidence_for,
    evidenceAgainst: row.evidence_against,
    balancedThought: row.balanced_thought,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** The activities the person added to the catalogue, in the order they added them. */
export async function readOwnActivities(db: Kysely<Database>, userId: string) {
  // As the circle and the activities list them (db/creation-order.ts), the same on both engines.
  return inCreationOrder(await ownedRows(db, "own_activities", userId)).map((row) => ({
    id: row.id,
    title: row.title,
    area: row.area,
    effort: row.effort,
    minutes: row.minutes,
    social: Number(row.social) === 1,
    firstStep: row.first_step,
    createdAt: row.created_at,
  }));
}

/** The person's planned activities by day; only the period's days when one is given. */
export async function readPlans(db: Kysely<Database>, userId: string, period?: Period) {
  let query = db.selectFrom("planned_activities").selectAll().where("user_id", "=", userId);
  if (period) query = query.where("date", ">=", period.from).where("date", "<=", period.to);
  const rows = await query.orderBy("date").orderBy("created_at").orderBy("id").execute();
  return rows.map((row) => ({
    id: row.id,
    activityId: row.activity_id,
    date: row.date,
    time: row.time,
    predictedEnjoyment: row.predicted_enjoyment,
    personId: row.person_id,
    status: row.status,
    actualEnjoyment: row.actual_enjoyment,
    achievement: row.achievement,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/**
 * Everything that belongs to one person, read by their id alone, in an order that does not
 * depend on ids where a natural one exists. Token hashes, sessions and known browsers stay out:
 * they unlock things, and belong to this server rather than to the person.
 */
export async function readExport(
  db: Kysely<Database>,
  userId: string,
  exportedAt: string,
): Promise<ExportDocument> {
  return checkedExport(await readUncheckedExport(db, userId, exportedAt));
}

/**
 * Checked on the way out too: an export that its own import would refuse is a bug to hear about.
 * Text a route took before its rule was tightened (a circle name of a zero-width space) is still
 * kept in the account; it goes out as the import would take it in, so such an account can still
 * download its data, and the file imports as it reads.
 */
export function checkedExport(unchecked: UncheckedExport): ExportDocument {
  return exportDocumentSchema.parse(repairVersion1(unchecked));
}

/**
 * The person's export as read from the database, not yet repaired or checked (`checkedExport`):
 * only reading, so a caller can keep its read transaction to that and check the rows after.
 */
export async function readUncheckedExport(
  db: Kysely<Database>,
  userId: string,
  exportedAt: string,
): Promise<UncheckedExport> {
  const user = await db
    .selectFrom("users")
    .select(["username", "created_at"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();

  // The event loop turns after each long read: on SQLite a query answers at once, and the reads
  // of years of records in a row were one long stretch in which nobody else was answered.
  const storedCheckins = await readCheckinDocs(db, userId);
  await giveWay();
  const assessments = await readAssessments(db, userId);
  const safetyPlan = await readSafetyPlan(db, userId);
  const thoughts = await readThoughts(db, userId);
  await giveWay();
  const activities = await readOwnActivities(db, userId);

  const ownIds = new Set(activities.map((activity) => activity.id));
  const hiddenActivities = (
    await db
      .selectFrom("hidden_activities")
      .select("activity_id")
      .where("user_id", "=", userId)
      .orderBy("activity_id")
      .execute()
  )
    .map((row) => row.activity_id)
    .filter((id) => namesAnActivity(id, ownIds));

  const storedPlans = await readPlans(db, userId);
  await giveWay();

  const targets = await db
    .selectFrom("routine_targets")
    .select(["anchor", "target"])
    .where("user_id", "=", userId)
    .orderBy("anchor")
    .execute();
  const ticks = await db
    .selectFrom("routine_ticks")
    .select(["date", "anchor", "time"])
    .where("user_id", "=", userId)
    .orderBy("date")
    .orderBy("anchor")
    .execute();
  await giveWay();

  const people = inCreationOrder(await ownedRows(db, "people", userId)).map((row) => ({
    id: row.id,
    name: row.name,
    // Read as the circle reads it, and as the import would keep it.
    relationship: keptRelationship(row.relationship),
    contactPreference: row.contact_preference,
    wantedEveryDays: row.wanted_every_days,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));

  const inCircle = new Set(people.map((p) => p.id));
  const checkins = withoutRemovedPeople(storedCheckins, inCircle);
  // A plan tied to someone no longer in the circle goes out untied, as a removal leaves plans
  // (one saved as the person was removed, before plans held the person while saved, kept the id).
  const plans = storedPlans.map((plan) =>
    plan.personId === null || inCircle.has(plan.personId) ? plan : { ...plan, personId: null },
  );

  const shares = (
    await db
      .selectFrom("shares")
      // Every column but the token's hash, named one by one so a new secret column stays out.
      .select([
        "id",
        "energy",
        "contact",
        "message",
        "label",
        "show_steps",
        "created_at",
        "updated_at",
        "expires_at",
        "revoked_at",
      ])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .orderBy("id")
      .execute()
  ).map((row) => ({
    id: row.id,
    energy: row.energy,
    contact: row.contact,
    message: row.message,
    label: row.label,
    showSteps: Number(row.show_steps) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  }));

  const feed = await db
    .selectFrom("calendar_feeds")
    .select("created_at")
    .where("user_id", "=", userId)
    .executeTakeFirst();

  const reminders = await getReminderSettings(db, userId);

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    account: { username: user.username, createdAt: user.created_at },
    checkins,
    assessments,
    safetyPlan,
    thoughts,
    activities,
    hiddenActivities,
    plans,
    routine: { targets, ticks },
    people,
    shares,
    calendarFeed: feed ? { createdAt: feed.created_at } : null,
    reminders: reminders.updatedAt === null ? null : reminders.settings,
  };
}

/**
 * A check-in keeps the id of each person it names, and a person may later be removed from the
 * circle. Such a connection goes out without the id (what was done, how it felt, any name
 * typed stay), so the file never names a person it does not hold, which its import refuses.
 * A plain look at each day, not a parse: it runs over every check-in of every export.
 */
function withoutRemovedPeople(checkins: unknown[], people: ReadonlySet<string>): unknown[] {
  const removed = (connection: unknown): boolean =>
    typeof connection === "object" &&
    connection !== null &&
    "personId" in connection &&
    typeof connection.personId === "string" &&
    !people.has(connection.personId);
  return checkins.map((checkin) => {
    if (typeof checkin !== "object" || checkin === null || !("connections" in checkin)) {
      return checkin;
    }
    const { connections } = checkin;
    if (!Array.isArray(connections) || !connections.some(removed)) return checkin;
    // The stored object spread first, so its fields keep their order in the file.
    return {
      ...checkin,
      connections: connections.map((connection: unknown) => {
        if (!removed(connection) || typeof connection !== "object" || connection === null) {
          return connection;
        }
        const { personId: _removed, ...rest } = connection as { personId: unknown };
        return rest;
      }),
    };
  });
}
