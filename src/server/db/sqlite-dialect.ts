import { setTimeout as sleep } from "node:timers/promises";
import type SQLite from "better-sqlite3";
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
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
 * What Kysely is handed for a query or a transaction: it takes the store's one writing
 * connection only when it needs it (a transaction, a write), and answers a plain read from the
 * read connection, so a read never waits for a transaction of this process to end.
 */
class RoutedConnection implements DatabaseConnection {
  /** The writing connection, while this one holds it (its transaction, or a write under way). */
  writing: DatabaseConnection | undefined;
  readonly #driver: ReadsAsideDriver;

  constructor(driver: ReadsAsideDriver) {
    this.#driver = driver;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.writing) return this.writing.executeQuery(query);
    const read = this.#driver.read<R>(query);
    if (read) return read;
    const writing = await this.#driver.takeWriter(this);
    try {
      return await this.#driver.writeAlone<R>(writing, query);
    } finally {
      await this.#driver.letGoOfWriter(this);
    }
  }

  async *streamQuery<R>(
    query: CompiledQuery,
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    // A stream keeps its statement open across turns, and a connection runs one statement at
    // a time: streamed on the writing one, held for it, as every query was before.
    const held = this.writing === undefined;
    const writing = this.writing ?? (await this.#driver.takeWriter(this));
    try {
      yield* writing.streamQuery<R>(query, chunkSize);
    } finally {
      if (held) await this.#driver.letGoOfWriter(this);
    }
  }
}

/**
 * Plain reads (a SELECT outside any transaction) go to a read-only connection of their own on the
 * same file; transactions and every write keep the one writing connection (`writer`), as before.
 * On SQLite each query runs to its end on the event loop, and a transaction holds its connection
 * between its queries, so while a long write (a large import) ran, every other request's reads
 * queued behind it even where the write gave the event loop turns. In WAL mode the read
 * connection sees what was last committed, never a write under way: a read that starts while a
 * transaction is open is answered as things stood before it, as it would be on PostgreSQL.
 * A read cache told of a write as it runs is told again at its commit (sqlite-statement-cache.ts),
 * so an answer read in between is not kept past it.
 */
class ReadsAsideDriver implements Driver {
  readonly #writer: Driver;
  readonly #reader: SQLite.Database;
  readonly #statements = new Map<string, SQLite.Statement>();

  constructor(writer: Driver, reader: SQLite.Database) {
    this.#writer = writer;
    this.#reader = reader;
  }

  init(): Promise<void> {
    return this.#writer.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this);
  }

  /**
   * The answer of `query` from the read connection, or undefined when it is not a plain read.
   * Told by SQLite itself, not by how the query was built: the reads on every request's path are
   * run as raw SQL (prepared-query.ts). A statement that returns rows and changes nothing is a
   * read; BEGIN, COMMIT and their kind change nothing but return nothing, and stay on the writer.
   */
  read<R>(query: CompiledQuery): Promise<QueryResult<R>> | undefined {
    let statement = this.#statements.get(query.sql);
    if (!statement) {
      try {
        statement = this.#reader.prepare(query.sql);
      } catch {
        // The writing connection gives the same error, where it is reported as before.
        return undefined;
      }
      // As sqlite-statement-cache.ts bounds its own: only shapes that vary with input add more.
      if (this.#statements.size >= 500) this.#statements.clear();
      this.#statements.set(query.sql, statement);
    }
    if (!statement.reader || !statement.readonly) return undefined;
    return Promise.resolve({ rows: statement.all(...query.parameters) as R[] });
  }

  /**
   * A write made on the store itself, outside any transaction (a session's renewal, a route's
   * one statement), on the writing connection it holds: in a transaction of its own, begun as
   * every transaction is (the write lock asked for without waiting, then again a moment later),
   * so it waits for another process's lock as `store.write`'s do, and is a 503 when that wait
   * runs out. Run alone, it waited in SQLite's busy timeout, which better-sqlite3 spends
   * blocking the whole process: another Reconnect's import on the same file held up every
   * request of this one. Only a statement that cannot run in a transaction (a pragma such as a
   * checkpoint, `vacuum`) still runs alone. Its own `begin` and `commit` are not statements
   * Kysely's log hears: the log hears the write, as before.
   */
  async writeAlone<R>(writing: DatabaseConnection, query: CompiledQuery): Promise<QueryResult<R>> {
    if (RUNS_ALONE.test(query.sql)) return writing.executeQuery<R>(query);
    await this.#writer.beginTransaction(writing, {});
    try {
      const result = await writing.executeQuery<R>(query);
      await this.#writer.commitTransaction(writing);
      return result;
    } catch (error) {
      // A failed commit is rolled back too, or the one writing connection would stay inside it.
      // SQLite may have ended the transaction itself (a full disk does): the rollback then
      // fails, and what the request reports is the cause, not that.
      await this.#writer.rollbackTransaction(writing).catch(() => undefined);
      throw error;
    }
  }

  async takeWriter(connection: RoutedConnection): Promise<DatabaseConnection> {
    connection.writing = await this.#writer.acquireConnection();
    return connection.writing;
  }

  async letGoOfWriter(connection: RoutedConnection): Promise<void> {
    const writing = connection.writing;
    if (writing === undefined) return;
    connection.writing = undefined;
    await this.#writer.releaseConnection(writing);
  }

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    await this.takeWriter(routed(connection));
    // Handed the routed connection, which now sends everything to the writer: Kysely's log hears
    // the transaction's statements on it, as it did when there was one connection.
    await this.#writer.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#writer.commitTransaction(writing(connection));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#writer.rollbackTransaction(writing(connection));
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ): Promise<void> {
    await this.#writer.savepoint?.(writing(connection), name, compile);
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ): Promise<void> {
    await this.#writer.rollbackToSavepoint?.(writing(connection), name, compile);
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ): Promise<void> {
    await this.#writer.releaseSavepoint?.(writing(connection), name, compile);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.letGoOfWriter(routed(connection));
  }

  async destroy(): Promise<void> {
    // The reader goes first: the last connection to close folds the write-ahead log into the
    // database file, and a read-only one cannot, so closed the other way round the file alone
    // (a backup copied once the server stopped) lacked what had been written.
    this.#statements.clear();
    this.#reader.close();
    await this.#writer.destroy();
  }
}

/** Statements SQLite refuses inside a transaction, or that begin or end one themselves. */
const RUNS_ALONE = /^\s*(pragma|vacuum|begin|commit|end|rollback|savepoint|release)\b/i;

function routed(connection: DatabaseConnection): RoutedConnection {
  if (!(connection instanceof RoutedConnection)) throw new Error("not a routed connection");
  return connection;
}

/** `connection`, once it holds the writer: its statements then all go there. */
function writing(connection: DatabaseConnection): DatabaseConnection {
  if (routed(connection).writing === undefined)
    throw new Error("no transaction on this connection");
  return connection;
}

/**
 * Kysely's SQLite dialect, with migrations run in one transaction, writes that take the write
 * lock first, and plain reads on a connection of their own when `reader` is given (see above).
 */
export class ReconnectSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #lock: WriteLock;
  readonly #reader: SQLite.Database | undefined;

  constructor(config: SqliteDialectConfig, lock: WriteLock, reader?: SQLite.Database) {
    super(config);
    this.#config = config;
    this.#lock = lock;
    this.#reader = reader;
  }

  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }

  override createDriver(): Driver {
    const writer = new WriteLockSqliteDriver(this.#config, this.#lock);
    return this.#reader ? new ReadsAsideDriver(writer, this.#reader) : writer;
  }
}
