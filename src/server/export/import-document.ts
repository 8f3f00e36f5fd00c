import type { Insertable, Kysely } from "kysely";
import { scoreAssessment } from "../../core/assessments/score-assessment.js";
import { keptRelationship } from "../../core/circle/person.schema.js";
import { emptyActiveCards } from "../../core/export/card-words.js";
import type {
  ExportDocument,
  ImportCounts,
  ImportMode,
} from "../../core/export/export-document.schema.js";
import { noRecords } from "../../core/export/no-records.js";
import { repeatedRecords } from "../../core/export/repeated-records.js";
import { catalogue } from "../../core/plan/catalogue.js";
import { keptLabel, keptMessage } from "../../core/shares/share.schema.js";
import { shownOrAbsent } from "../../core/text/visible.js";
import { searchForm } from "../../core/thoughts/thought.schema.js";
import { lockPerson } from "../accounts/person-lock.js";
import { assessmentToRow } from "../assessments/assessment.mapper.js";
import { checkinFromInput, checkinToRow, connectionsToRows } from "../checkins/checkin.mapper.js";
import type { Database } from "../db/database.js";
import { AppError } from "../errors/app-error.js";
import { uuidV5 } from "../fhir/stable-uuid.js";
import { giveWay, RECORDS_PER_STEP } from "../http/give-way.js";
import { saveReminderSettings } from "../reminders/reminder-settings.repository.js";
import { hashToken, newSessionToken } from "../sessions/session-token.js";
import { isActive } from "../shares/share.mapper.js";

/** The tables an import fills, each holding only the person's own rows. */
const OWNED_TABLES = [
  "checkin_connections",
  "checkins",
  "assessments",
  "safety_plans",
  "thought_records",
  "planned_activities",
  "hidden_activities",
  "own_activities",
  "routine_targets",
  "routine_ticks",
  "people",
  "shares",
  "calendar_feeds",
  "reminder_settings",
] as const;

type IdTable =
  | "assessments"
  | "thought_records"
  | "own_activities"
  | "planned_activities"
  | "people"
  | "shares";

// Well under SQLite's and PostgreSQL's limits on bound values in one statement: 200 rows of the
// widest table (a thought record's 14 columns) bind 2,800, where SQLite takes 32,766 and
// PostgreSQL 65,535.
const BATCH = RECORDS_PER_STEP;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * `insertAll(db, table, items.map(toRow))`, each batch's rows made in its own turn: a check-in's
 * row holds its whole record again as JSON, and making the largest file's 16,000 at once held
 * the event loop longer than anything else the import did (seconds on a crowded machine), and
 * held them all in memory besides.
 */
async function insertMapped<T extends keyof Database, I>(
  db: Kysely<Database>,
  table: T,
  items: readonly I[],
  toRow: (item: I) => Insertable<Database[T]>,
): Promise<void> {
  for (const batch of batches(items)) {
    await giveWay();
    await db.insertInto(table).values(batch.map(toRow)).execute();
  }
}

/** `items.map(each)`, giving way between steps: a check-in's checks cost more than its insert. */
async function mappedGivingWay<T, U>(items: readonly T[], each: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  for (const batch of batches(items)) {
    await giveWay();
    for (const item of batch) out.push(each(item));
  }
  return out;
}

/** The namespace of ids given to imported records whose own id another account holds. */
const IMPORTED_IDS = "5e52d7bc-5a85-420b-89c9-040e35c7d1cd";

/** The id a record whose id another account holds gets in this account: the same every time. */
function importedIdOf(userId: string, id: string): string {
  return uuidV5(IMPORTED_IDS, JSON.stringify([userId, id]));
}

async function idsIn(db: Kysely<Database>, table: IdTable, ids: string[], userId?: string) {
  const found = new Set<string>();
  for (const batch of batches(ids)) {
    await giveWay();
    let query = db.selectFrom(table).select("id").where("id", "in", batch);
    if (userId !== undefined) query = query.where("user_id", "=", userId);
    for (const row of await query.execute()) found.add(row.id);
  }
  return found;
}

async function insertAll<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  // Each batch is a turn of its own: on SQLite a query holds the event loop until it is done, and
  // years of records written at once kept everyone else on the server waiting for all of it. The
  // transaction stays open meanwhile, so the import is still all or nothing; others' reads
  // meanwhile see the account as it was before it (db/sqlite-dialect.ts).
  for (const batch of batches(rows)) {
    await giveWay();
    await db.insertInto(table).values(batch).execute();
  }
}

const unknownReference = (path: string, what: string) =>
  new AppError(400, "invalid-import", `The file refers to ${what} it does not hold, at ${path}.`, {
    [path]: `names no ${what} in this file`,
  });

/**
 * Writes a checked export into one person's account: "replace" empties the account's records
 * first, "add" keeps them and takes only what is not here yet (a record whose id, date or
 * anchor is already in the account is left as it is). Ids from the file are kept unless another
 * account on this server uses them, so an export → import → export reads the same. Run it inside
 * one transaction: a refusal half-way leaves the account exactly as it was. `now` is when it
 * runs, for what has ended by then.
 */
export async function importDocument(
  db: Kysely<Database>,
  userId: string,
  doc: ExportDocument,
  mode: ImportMode,
  newId: () => string,
  now: string,
): Promise<ImportCounts> {
  const repeated = repeatedRecords(doc);
  if (Object.keys(repeated).length > 0) {
    throw new AppError(
      400,
      "invalid-import",
      "Some records in the file clash with each other or with a built-in one, so nothing was imported.",
      repeated,
    );
  }
  const wordless = emptyActiveCards(doc, now);
  if (Object.keys(wordless).length > 0) {
    throw new AppError(
      400,
      "invalid-import",
      `Nothing was imported. Please check ${Object.keys(wordless).join(", ")}.`,
      wordless,
    );
  }
  // Before any of the person's rows, as every writer of their check-ins does.
  await lockPerson(db, userId);
  if (mode === "replace") {
    for (const table of OWNED_TABLES) {
      await giveWay();
      await db.deleteFrom(table).where("user_id", "=", userId).execute();
    }
  }
  const counts: ImportCounts = noRecords();

  /**
   * For each record of a table: the id it gets, or null when the account already has it. An id
   * another account holds is given one made from this account and that id, the same each time,
   * so adding such a file again finds what the first add placed instead of adding it twice.
   * Only when that one is taken too (no file made by Reconnect can do this) is a random one given.
   * `where`, when given, learns each record's id in the account, new or already there, for the
   * records that point at it.
   */
  async function placeIds(
    table: IdTable,
    ids: string[],
    fresh: () => string,
    { prefix = "", where }: { prefix?: string; where?: Map<string, string> } = {},
  ) {
    const mine = await idsIn(db, table, ids, userId);
    const taken = await idsIn(db, table, ids);
    const inFile = new Set(ids);
    // Made for every record the account lacks under the file's id, not only for ids held
    // elsewhere now: an id the other account has since let go of (a record deleted there, the
    // account erased) is free again, yet an earlier add may have placed the record under its
    // made id, and taking the free one would add it a second time.
    const ownFor = new Map(
      ids.filter((id) => !mine.has(id)).map((id) => [id, `${prefix}${importedIdOf(userId, id)}`]),
    );
    const own = [...ownFor.values()];
    const ownMine = await idsIn(db, table, own, userId);
    // Asked only where the made id will be given: for an id held elsewhere now.
    const ownTaken = await idsIn(
      db,
      table,
      ids.filter((id) => taken.has(id) && !mine.has(id)).flatMap((id) => ownFor.get(id) ?? []),
    );
    /** The record's id in the account, and whether the account has it already. */
    const placed = (id: string): [string, boolean] => {
      if (mine.has(id)) return [id, true];
      const made = ownFor.get(id);
      if (made === undefined) return [id, false];
      if (ownMine.has(made)) return [made, true];
      if (!taken.has(id)) return [id, false];
      return [ownTaken.has(made) || inFile.has(made) ? fresh() : made, false];
    };
    return new Map(
      ids.map((id) => {
        const [at, already] = placed(id);
        where?.set(id, at);
        return [id, already ? null : at];
      }),
    );
  }

  // People and activities first: plans and check-ins point at them.
  const people = new Map<string, string>();
  const personIds = await placeIds(
    "people",
    doc.people.map((p) => p.id),
    newId,
    { where: people },
  );
  const activities = new Map<string, string>(catalogue.map((a) => [a.id, a.id]));
  const activityIds = await placeIds(
    "own_activities",
    doc.activities.map((a) => a.id),
    () => `own-${newId()}`,
    { prefix: "own-", where: activities },
  );

  // Every reference resolves before anything is written.
  doc.plans.forEach((plan, index) => {
    if (!activities.has(plan.activityId))
      throw unknownReference(`plans.${index}.activityId`, "activity");
    if (plan.personId !== null && !people.has(plan.personId)) {
      throw unknownReference(`plans.${index}.personId`, "person");
    }
  });
  // A hidden id that names no activity would be counted and erased as one, yet never listed.
  doc.hiddenActivities.forEach((id, index) => {
    if (!activities.has(id)) throw unknownReference(`hiddenActivities.${index}`, "activity");
  });
  doc.checkins.forEach((checkin, index) => {
    (checkin.connections ?? []).forEach((c, position) => {
      if (c.personId !== undefined && !people.has(c.personId)) {
        throw unknownReference(`checkins.${index}.connections.${position}.personId`, "person");
      }
    });
  });

  const newPeople = doc.people.filter((p) => personIds.get(p.id) !== null);
  await insertAll(
    db,
    "people",
    newPeople.map((p) => ({
      id: people.get(p.id) ?? p.id,
      user_id: userId,
      name: p.name,
      // As the routes keep it: words that show nothing are none.
      relationship: keptRelationship(p.relationship),
      contact_preference: p.contactPreference,
      wanted_every_days: p.wantedEveryDays,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    })),
  );
  counts.people = newPeople.length;

  const newActivities = doc.activities.filter((a) => activityIds.get(a.id) !== null);
  await insertAll(
    db,
    "own_activities",
    newActivities.map((a) => ({
      id: activities.get(a.id) ?? a.id,
      user_id: userId,
      title: a.title,
      area: a.area,
      effort: a.effort,
      minutes: a.minutes,
      social: a.social ? 1 : 0,
      first_step: a.firstStep,
      created_at: a.createdAt,
    })),
  );
  counts.activities = newActivities.length;

  const hiddenHere = new Set(
    (
      await db
        .selectFrom("hidden_activities")
        .select("activity_id")
        .where("user_id", "=", userId)
        .execute()
    ).map((row) => row.activity_id),
  );
  const hidden = [...new Set(doc.hiddenActivities.map((id) => activities.get(id) ?? id))].filter(
    (id) => !hiddenHere.has(id),
  );
  await insertAll(
    db,
    "hidden_activities",
    hidden.map((activity_id) => ({ user_id: userId, activity_id })),
  );
  counts.hiddenActivities = hidden.length;

  const datesHere = new Set(
    (await db.selectFrom("checkins").select("date").where("user_id", "=", userId).execute()).map(
      (r) => r.date,
    ),
  );
  const checkins = await mappedGivingWay(
    doc.checkins.filter((c) => !datesHere.has(c.date)),
    (c) => {
      const { date, updatedAt, ...input } = c;
      const connections = (input.connections ?? []).map((one) =>
        one.personId === undefined
          ? one
          : { ...one, personId: people.get(one.personId) ?? one.personId },
      );
      return checkinFromInput(date, { ...input, connections }, updatedAt);
    },
  );
  await insertMapped(db, "checkins", checkins, (c) => checkinToRow(userId, c));
  await insertAll(
    db,
    "checkin_connections",
    checkins.flatMap((c) => connectionsToRows(userId, c)),
  );
  counts.checkins = checkins.length;

  const assessmentIds = await placeIds(
    "assessments",
    doc.assessments.map((a) => a.id),
    newId,
  );
  const assessments = doc.assessments.flatMap((a) => {
    const id = assessmentIds.get(a.id);
    if (id === null || id === undefined) return [];
    const { id: _id, takenAt, ...request } = a;
    // Scores are worked out again by the published rules, never taken from the file.
    return [assessmentToRow(id, userId, request, scoreAssessment(request), takenAt)];
  });
  await insertAll(db, "assessments", assessments);
  counts.assessments = assessments.length;

  if (doc.safetyPlan) {
    const here = await db
      .selectFrom("safety_plans")
      .select("user_id")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!here) {
      const { updatedAt, ...steps } = doc.safetyPlan;
      await insertAll(db, "safety_plans", [
        { user_id: userId, plan: JSON.stringify(steps), updated_at: updatedAt },
      ]);
      counts.safetyPlan = 1;
    }
  }

  const thoughtIds = await placeIds(
    "thought_records",
    doc.thoughts.map((t) => t.id),
    newId,
  );
  const thoughts = doc.thoughts.flatMap((t) => {
    const id = thoughtIds.get(t.id);
    if (id === null || id === undefined) return [];
    // An optional step that shows nothing is kept as not written, as the route keeps it.
    const situation = shownOrAbsent(t.situation) ?? null;
    const balancedThought = shownOrAbsent(t.balancedThought) ?? null;
    return [
      {
        id,
        user_id: userId,
        situation,
        thought: t.thought,
        feelings: JSON.stringify(t.feelings),
        suggested_traps: JSON.stringify(t.suggestedTraps),
        kept_traps: JSON.stringify(t.keptTraps),
        set_aside_traps: JSON.stringify(t.setAsideTraps),
        evidence_for: shownOrAbsent(t.evidenceFor) ?? null,
        evidence_against: shownOrAbsent(t.evidenceAgainst) ?? null,
        balanced_thought: balancedThought,
        search_text: searchForm([situation ?? "", t.thought, balancedThought ?? ""].join("\n")),
        created_at: t.createdAt,
        updated_at: t.updatedAt,
      },
    ];
  });
  await insertAll(db, "thought_records", thoughts);
  counts.thoughts = thoughts.length;

  const planIds = await placeIds(
    "planned_activities",
    doc.plans.map((p) => p.id),
    newId,
  );
  const plans = doc.plans.flatMap((p) => {
    const id = planIds.get(p.id);
    if (id === null || id === undefined) return [];
    return [
      {
        id,
        user_id: userId,
        activity_id: activities.get(p.activityId) ?? p.activityId,
        date: p.date,
        time: p.time,
        predicted_enjoyment: p.predictedEnjoyment,
        person_id: p.personId === null ? null : (people.get(p.personId) ?? null),
        status: p.status,
        actual_enjoyment: p.actualEnjoyment,
        achievement: p.achievement,
        created_at: p.createdAt,
        updated_at: p.updatedAt,
      },
    ];
  });
  await insertAll(db, "planned_activities", plans);
  counts.plans = plans.length;

  const anchorsHere = new Set(
    (
      await db
        .selectFrom("routine_targets")
        .select("anchor")
        .where("user_id", "=", userId)
        .execute()
    ).map((r) => r.anchor),
  );
  const targets = doc.routine.targets.filter((t) => !anchorsHere.has(t.anchor));
  await insertAll(
    db,
    "routine_targets",
    targets.map((t) => ({ user_id: userId, anchor: t.anchor, target: t.target })),
  );
  counts.routineTargets = targets.length;

  const ticksHere = new Set(
    (
      await db
        .selectFrom("routine_ticks")
        .select(["date", "anchor"])
        .where("user_id", "=", userId)
        .execute()
    ).map((r) => `${r.date} ${r.anchor}`),
  );
  const ticks = doc.routine.ticks.filter((t) => !ticksHere.has(`${t.date} ${t.anchor}`));
  await insertAll(
    db,
    "routine_ticks",
    ticks.map((t) => ({ user_id: userId, date: t.date, anchor: t.anchor, time: t.time })),
  );
  counts.routineTicks = ticks.length;

  // A card's or a feed's link was never kept, so the imported one answers to a new secret that
  // nobody holds: the record is kept, its old link opens nothing here.
  const unknowable = () => hashToken(newSessionToken());
  const shareIds = await placeIds(
    "shares",
    doc.shares.map((s) => s.id),
    newId,
  );
  const shares = doc.shares.flatMap((s) => {
    const id = shareIds.get(s.id);
    if (id === null || id === undefined) return [];
    // A card that has ended keeps no words, as revoking or expiring one here forgets them: a file
    // may still hold them (written by hand, or the card ran out after the export).
    const ended = !isActive({ revoked_at: s.revokedAt, expires_at: s.expiresAt }, now);
    return [
      {
        id,
        user_id: userId,
        token_hash: unknowable(),
        energy: s.energy,
        contact: ended ? "" : s.contact,
        // As the share route keeps them: a message or a label that shows nothing is none.
        message: ended ? null : keptMessage(s.message),
        label: ended ? null : keptLabel(s.label),
        show_steps: s.showSteps ? 1 : 0,
        created_at: s.createdAt,
        updated_at: s.updatedAt,
        expires_at: s.expiresAt,
        revoked_at: s.revokedAt,
      },
    ];
  });
  await insertAll(db, "shares", shares);
  counts.shares = shares.length;

  if (doc.calendarFeed) {
    const here = await db
      .selectFrom("calendar_feeds")
      .select("user_id")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!here) {
      await insertAll(db, "calendar_feeds", [
        { user_id: userId, token_hash: unknowable(), created_at: doc.calendarFeed.createdAt },
      ]);
      counts.calendarFeed = 1;
    }
  }

  // Choices already made here stay (add); replace emptied them above.
  if (doc.reminders) {
    const here = await db
      .selectFrom("reminder_settings")
      .select("user_id")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!here) {
      await saveReminderSettings(db, userId, doc.reminders, doc.exportedAt);
      counts.reminders = 1;
    }
  }
  return counts;
}
