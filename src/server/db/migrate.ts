import { setTimeout as sleep } from "node:timers/promises";
import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
  SqliteAdapter,
  sql,
} from "kysely";
import { causedBySqliteBusy } from "./database-unavailable.js";
import * as initial from "./migrations/0001-initial.js";
import * as assessmentsAndSafetyPlans from "./migrations/0002-assessments-and-safety-plans.js";
import * as thoughtRecords from "./migrations/0003-thought-records.js";
import * as planAndCircle from "./migrations/0004-plan-and-circle.js";
import * as shares from "./migrations/0005-shares.js";
import * as setAsideTraps from "./migrations/0006-set-aside-traps.js";
import * as knownDevices from "./migrations/0007-known-devices.js";
import * as accessLog from "./migrations/0008-access-log.js";
import * as invitations from "./migrations/0009-invitations.js";
import * as shareLabels from "./migrations/0010-share-labels.js";
import * as reminders from "./migrations/0011-reminders.js";
import * as checkinsVersion from "./migrations/0012-checkins-version.js";
import * as saveCheckinFunction from "./migrations/0013-save-checkin-function.js";
import * as signedInSaveFunction from "./migrations/0014-signed-in-save-function.js";
import * as saveCheckinsTogether from "./migrations/0015-save-checkins-together.js";
import * as checkinsVersionOncePerTransaction from "./migrations/0016-checkins-version-once-per-transaction.js";
import * as foldedUsernames from "./migrations/0017-folded-usernames.js";
import * as oneNameFold from "./migrations/0018-one-name-fold.js";
import * as thoughtSearchFold from "./migrations/0019-thought-search-fold.js";

// Listed by hand rather than read from disk so the same code runs from source and from dist/.
const migrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-assessments-and-safety-plans": assessmentsAndSafetyPlans,
  "0003-thought-records": thoughtRecords,
  "0004-plan-and-circle": planAndCircle,
  "0005-shares": shares,
  "0006-set-aside-traps": setAsideTraps,
  "0007-known-devices": knownDevices,
  "0008-access-log": accessLog,
  "0009-invitations": invitations,
  "0010-share-labels": shareLabels,
  "0011-reminders": reminders,
  "0012-checkins-version": checkinsVersion,
  "0013-save-checkin-function": saveCheckinFunction,
  "0014-signed-in-save-function": signedInSaveFunction,
  "0015-save-checkins-together": saveCheckinsTogether,
  "0016-checkins-version-once-per-transaction": checkinsVersionOncePerTransaction,
  "0017-folded-usernames": foldedUsernames,
  "0018-one-name-fold": oneNameFold,
  "0019-thought-search-fold": thoughtSearchFold,
};

/** How long a start waits for another process's migrations on one SQLite file before giving up. */
const SQLITE_MIGRATION_WAIT_MS = 60_000;

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface MigrationOutcome {
  applied: string[];
}

/** Applies every pending migration in order; safe to call at every start and from several processes. */
export function migrateToLatest<T>(db: Kysely<T>): Promise<MigrationOutcome> {
  return migrate(db, (migrator) => migrator.migrateToLatest());
}

/**
 * Applies pending migrations up to and including `name`: for tests that write rows as an older
 * Reconnect did and then move on.
 */
export function migrateUpTo<T>(db: Kysely<T>, name: string): Promise<MigrationOutcome> {
  if (!(name in migrations)) throw new Error(`No migration is called ${name}`);
  return migrate(db, (migrator) => migrator.migrateTo(name));
}

async function migrate<T>(
  db: Kysely<T>,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider });
  // PostgreSQL's migrations hold a lock, so several processes starting at once take turns.
  // Kysely takes none on SQLite: of two processes starting on one fresh file, the one that
  // reaches a write second is refused ("database is locked"). Its work is rolled back whole (one
  // transaction: sqlite-dialect.ts), so it waits a moment and looks again, as long as the
  // database is busy or has moved on since; a migration that fails on its own is not retried.
  // The wait is bounded by time, not by a count of tries: SQLite answers a reader that asks to
  // write "busy" at once, without its busy timeout, so a few quick tries were all spent while
  // another process's migrations still ran on a loaded machine.
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const giveUpAt = Date.now() + SQLITE_MIGRATION_WAIT_MS;
  let before = sqlite ? await appliedNames(db) : [];
  let { error, results = [] } = await run(migrator);
  for (let again = 1; error && sqlite && Date.now() < giveUpAt; again++) {
    const now = await appliedNames(db);
    if (!causedBySqliteBusy(error) && now.length === before.length) break;
    await sleep(Math.min(100 * again, 500));
    before = now;
    ({ error, results = [] } = await run(migrator));
  }
  if (error) {
    // A database an update has already moved on (a downgrade, a restore by hand) is whole, not
    // "corrupted migrations" as Kysely puts it: say what it is and what to do. Nothing ran.
    const newer = await appliedButUnknown(db);
    if (newer.length > 0) {
      throw new Error(
        `This database was last used by a newer Reconnect (it has ${newer.join(", ")}, which ` +
          "this version does not know). Update Reconnect to use it; nothing was changed.",
        { cause: error },
      );
    }
    const failed = results.find((r) => r.status === "Error")?.migrationName;
    // No migration ran at all: the database could not be used (unreachable, refused, missing),
    // and that reason is what the operator needs to read, not "migration unknown failed".
    if (failed === undefined) throw error;
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
  return { applied: results.filter((r) => r.status === "Success").map((r) => r.migrationName) };
}

/** Migrations the database has applied that this Reconnect does not know (none when unreadable). */
async function appliedButUnknown<T>(db: Kysely<T>): Promise<string[]> {
  return (await appliedNames(db)).filter((name) => !Object.hasOwn(migrations, name));
}

/** The migrations the database has applied, by name (none when it has no table of them yet). */
async function appliedNames<T>(db: Kysely<T>): Promise<string[]> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    return rows.map((row) => row.name);
  } catch {
    return [];
  }
}

/** Every migration this Reconnect knows, by name: what a restored database may have applied. */
export function knownMigrationNames(): string[] {
  return Object.keys(migrations);
}
