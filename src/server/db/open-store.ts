import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type Logger, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database, DataChanges, Store } from "./database.js";
import { isDatabaseUnavailable } from "./database-unavailable.js";
import { explainDatabaseProblem } from "./explain-database-problem.js";
import { guardedPool } from "./guarded-pool.js";
import { migrateToLatest } from "./migrate.js";
import { ReconnectSqliteDialect, writeLockOf } from "./sqlite-dialect.js";
import { withStatementCache } from "./sqlite-statement-cache.js";
import { groupCommit, transactionPerWrite } from "./write-queue.js";

export const SQLITE_FILE_NAME = "reconnect.sqlite";

/**
 * How long a write waits for another process (a second server, a CLI command) to let go of
 * SQLite's write lock before it is answered 503 database-unavailable.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * `log` hears every statement the store runs, compiled, with its values: for tests that judge
 * the SQL itself (which statements are scoped to one person). Nothing in the app passes one.
 */
export function openSqliteStore(
  file: string,
  log?: Logger,
  busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS,
): Store {
  // Only the account that runs Reconnect may read what people wrote: the folder and the
  // database files (including the -wal and -shm files SQLite adds) are private to it.
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // A folder made earlier by hand (or by an older Reconnect) keeps its own mode, which mkdir
  // does not change: one that others may read or enter is tightened here.
  if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
  const connection = new SQLite(file);
  for (const suffix of ["", "-wal", "-shm"]) {
    if (existsSync(`${file}${suffix}`)) chmodSync(`${file}${suffix}`, 0o600);
  }
  // WAL lets readers run while a check-in is written; FULL sync makes an acknowledged write
  // survive a crash of the machine, not only of the process.
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = FULL");
  connection.pragma("foreign_keys = ON");
  // Deleted rows are overwritten, not just unlinked, so erased notes do not linger in the file.
  connection.pragma("secure_delete = ON");
  connection.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // Writes by this connection are counted as they run; `data_version` moves when another
  // connection (a second process on the same file) commits. Together they tell a read cache
  // whether anything may have changed. Asking SQLite costs two file-lock calls, so another
  // process's commit is looked for once per turn of the event loop: a request handled in that
  // turn may be answered as things stood when it began (under load, a few milliseconds).
  const othersCommits = connection.prepare<[], number>("pragma data_version").pluck();
  let version = 0;
  let seenOthers = othersCommits.get();
  let lookedThisTurn = false;
  const writeListeners: (() => void)[] = [];
  const changes: DataChanges = {
    version() {
      if (!lookedThisTurn) {
        lookedThisTurn = true;
        setImmediate(() => {
          lookedThisTurn = false;
        });
        const others = othersCommits.get();
        if (others !== seenOthers) {
          seenOthers = others;
          version++;
        }
      }
      return version;
    },
    onWrite(listener) {
      writeListeners.push(listener);
    },
  };
  const db = new Kysely<Database>({
    dialect: new ReconnectSqliteDialect(
      {
        database: withStatementCache(
          connection,
          () => {
            version++;
            for (const listener of writeListeners) listener();
          },
          // Removed words are overwritten in the file (secure_delete), but the log still holds
          // the pages as they were: a truncating checkpoint empties it once the removal is
          // committed, so a deleted note or a revoked share card's words are gone from disk at once.
          () => connection.pragma("wal_checkpoint(TRUNCATE)"),
        ),
      },
      writeLockOf(connection, busyTimeoutMs),
      readConnection(file, busyTimeoutMs),
    ),
    ...(log ? { log } : {}),
  });
  return {
    db,
    engine: "sqlite",
    changes,
    write: groupCommit(db),
    // Copies of erased pages can remain in the write-ahead log until it is checkpointed. Run
    // through the store, in the writing connection's turn: run on the connection itself while
    // another person's transaction held it (an import), SQLite refused it ("database table is
    // locked"), and the erasure, already done, was answered 500.
    async flushErased() {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/**
 * The connection plain reads run on (sqlite-dialect.ts), opened after the writing one has put the
 * file in WAL mode: read only, so nothing can ever be written through it. Its busy timeout is
 * for the rare moments another process resets the write-ahead log.
 */
function readConnection(file: string, busyTimeoutMs: number): SQLite.Database {
  const reader = new SQLite(file, { readonly: true });
  reader.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return reader;
}

/** How long to wait for PostgreSQL before answering 503 instead of hanging. */
export interface PostgresTimeouts {
  /** To open a connection, including PostgreSQL's greeting. */
  connectMs: number;
  /** For PostgreSQL to run one statement (it cancels it after that). */
  statementMs: number;
  /** For any answer at all to a query: catches a server that has gone silent. */
  queryMs: number;
}

export const DEFAULT_POSTGRES_TIMEOUTS: PostgresTimeouts = {
  connectMs: 5_000,
  statementMs: 15_000,
  queryMs: 20_000,
};

export function openPostgresStore(
  connectionString: string,
  timeouts: PostgresTimeouts = DEFAULT_POSTGRES_TIMEOUTS,
  log?: Logger,
): Store {
  const db = postgresKysely(connectionString, timeouts, 10, log);
  // The session lookup, sent for every signed-in request, is a prepared statement whose list of
  // token hashes PostgreSQL cannot size when it plans it without its values, so on the app's
  // own connections it planned the lookup anew at every run (its generic plan never looked
  // cheaper than a plan for a one-hash list): about half of PostgreSQL's CPU per read. Its own
  // connections plan it once; every other statement keeps PostgreSQL's usual choice.
  const sessionLookups = postgresKysely(
    connectionString,
    timeouts,
    SESSION_LOOKUP_CONNECTIONS,
    log,
    "-c plan_cache_mode=force_generic_plan",
  );
  return {
    db,
    sessionLookups,
    engine: "postgres",
    write: transactionPerWrite(db),
    // Other servers may share the database, and their writes cannot be seen from here cheaply.
    changes: null,
    // PostgreSQL reclaims deleted rows with (auto)vacuum; its files are the operator's to guard.
    async flushErased() {},
    close: async () => {
      await Promise.all([db.destroy(), sessionLookups.destroy()]);
    },
  };
}

// Lookups of a turn share one statement (db/turn-batch.ts): a few in flight at once at most.
const SESSION_LOOKUP_CONNECTIONS = 4;

function postgresKysely(
  connectionString: string,
  timeouts: PostgresTimeouts,
  max: number,
  log?: Logger,
  options?: string,
): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    // A transaction left open by a vanished client would hold its locks; PostgreSQL ends it.
    idle_in_transaction_session_timeout: timeouts.queryMs * 3,
    keepAlive: true,
    ...(options ? { options } : {}),
  });
  // An idle connection the server closes (a restart, an administrator) is reported here; left
  // unheard, it would crash the process. The pool has already dropped that connection and opens
  // a new one for the next query, so there is nothing more to do.
  pool.on("error", () => undefined);
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: guardedPool(pool) }),
    ...(log ? { log } : {}),
  });
}

/**
 * Opens the store and applies pending migrations: the first time the database is used, so a
 * database that cannot be used is explained here (refused, unknown host, missing, silent).
 */
export async function openMigratedStore(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<{ store: Store; applied: string[] }> {
  const store = openStore(options);
  try {
    const { applied } = await migrateToLatest(store.db);
    return { store, applied };
  } catch (error) {
    await store.close().catch(() => undefined);
    if (!options.databaseUrl || !isDatabaseUnavailable(error)) throw error;
    throw new Error(explainDatabaseProblem(error, options.databaseUrl), { cause: error });
  }
}

/** PostgreSQL when a URL is given, otherwise a SQLite file inside the data folder. */
export function openStore(options: { databaseUrl?: string | undefined; dataDir: string }): Store {
  if (options.databaseUrl) return openPostgresStore(options.databaseUrl);
  return openSqliteStore(path.join(options.dataDir, SQLITE_FILE_NAME));
}
