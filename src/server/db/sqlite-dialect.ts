import { setTimeout as sleep } from "node:timers/promises";
import type SQLite from "better-sqlite3";
import {
  type DatabaseConnection,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type TransactionSettings,
} from "kysely";
import { DatabaseUnavailableError, isSqliteBusy } from "./database-unavailable.js";

/**
 * SQLite runs schema changes inside a transaction like any other write, though Kysely's adapter
 * says it cannot. Told that it can, Kysely's migrator runs all pending migrations in one
 * transaction: a start stopped part-way (a crash, a kill, a full disk) leaves the database as it
 * was before, never with a migration's first table made and its record not written, which every
 * later start would then refuse ('table "…" already exists').
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** How the dialect takes SQLite's write lock on the store's one connection. */
export interface WriteLock {
  /**
   * Starts a transaction that holds the write lock (`begin immediate`) without waiting: the
   * error SQLite gave when another connection holds the lock, or undefined once it is held.
   */
  tryBegin(): unknown;
  /** How long a transaction waits for the lock before the request is answered 503. */
  waitMs: number;
}

/**
 * The write lock of `connection`, waited for up to `waitMs` (the product's busy timeout). The
 * connection's own busy timeout is set aside while the lock is asked for (see below) and
 * restored at once: it still covers the other waits SQLite may have (a checkpoint).
 */
export function writeLockOf(connection: SQLite.Database, waitMs: number): WriteLock {
  return {
    waitMs,
    tryBegin() {
      connection.pragma("busy_timeout = 0");
      try {
        connection.exec("begin immediate");
        return undefined;
      } catch (error) {
        if (isSqliteBusy(error)) return error;
        throw error;
      } finally {
        connection.pragma(`busy_timeout = ${waitMs}`);
      }
    },
  };
}

/**
 * Every transaction that may write starts with `begin immediate`. A deferred `begin` reads
 * first and asks for the write lock only at its first write; when another process holds the
 * lock, SQLite refuses that upgrade at once (SQLITE_BUSY, without its busy timeout, as waiting
 * could deadlock), so a save failed instantly. Asking for the lock first makes waiting safe.
 *
 * The wait is not SQLite's busy timeout: better-sqlite3 would spend it blocking the whole
 * process, so no other person's request (nor, in one process, the holder's own commit) could
 * run meanwhile. The lock is asked for without waiting and, while it is held elsewhere, the
 * connection is handed back for this process's reads and asked for again a moment later, until
 * `waitMs` has passed: then the write is refused as 503, with nothing written.
 * Transactions marked read only keep the deferred `begin`: they never need the lock.
 */
class WriteLockSqliteDriver extends SqliteDriver {
  readonly #lock: WriteLock;

  constructor(config: SqliteDialectConfig, lock: WriteLock) {
    super(config);
    this.#lock = lock;
  }

  override async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings = {},
  ): Promise<void> {
    if (settings.accessMode === "read only") return super.beginTransaction(connection);
    const giveUpAt = Date.now() + this.#lock.waitMs;
    for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
      const busy = this.#lock.tryBegin();
      if (busy === undefined) return;
      const left = giveUpAt - Date.now();
      if (left <= 0) throw new DatabaseUnavailableError(busy);
      await this.releaseConnection();
      await sleep(Math.min(pause, left));
      await this.acquireConnection();
    }
  }
}

/**
 * Kysely's SQLite dialect, with migrations run in one transaction and writes that take the
 * write lock first (see above).
 */
export class ReconnectSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #lock: WriteLock;

  constructor(config: SqliteDialectConfig, lock: WriteLock) {
    super(config);
    this.#config = config;
    this.#lock = lock;
  }

  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }

  override createDriver(): Driver {
    return new WriteLockSqliteDriver(this.#config, this.#lock);
  }
}
