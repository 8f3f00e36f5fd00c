import type SQLite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

const MAX_STATEMENTS = 500;

/**
 * Kysely prepares a statement for every query it runs; preparing costs more than running the
 * small queries Reconnect makes. Queries are built from a fixed set of shapes, so caching the
 * prepared statement by its SQL text removes that cost. The bound only matters for shapes that
 * vary with input (an IN list's length), which are rare.
 *
 * Every statement passes through here, so this is also where `onWrite` hears of each one that
 * may change data, as it runs.
 */
export function withStatementCache(
  connection: SQLite.Database,
  onWrite: () => void,
  onErased: () => void = () => undefined,
): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  // Set when a statement removed something a person wrote; told once that change is committed.
  let erased = false;
  // Set when a statement wrote inside a transaction: `onWrite` is told again at its commit, since
  // plain reads run on a read connection of their own (sqlite-dialect.ts) and see the data as it
  // was until then: an answer read meanwhile would otherwise be kept as if it were current.
  let uncommitted = false;
  const wrote = () => {
    if (connection.inTransaction) uncommitted = true;
    onWrite();
  };
  const afterRun = (erases: boolean) => {
    if (uncommitted && !connection.inTransaction) {
      uncommitted = false;
      onWrite();
    }
    erased ||= erases;
    if (erased && !connection.inTransaction) {
      erased = false;
      onErased();
    }
  };
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        const prepared = connection.prepare(sql);
        statement = ONLY_ACCESS_LOG.test(sql) ? prepared : noticingWrites(prepared, wrote);
        const erases = ERASES.test(sql);
        if (erases || ENDS_TRANSACTION.test(sql))
          statement = noticingEnd(statement, erases, afterRun);
        statements.set(sql, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      connection.close();
    },
  };
}

/**
 * Statements that remove words a person wrote: a deleted check-in, thought, person or account,
 * and a share card's words forgotten when it is turned off or edited. Their old text stays in
 * the write-ahead log until a checkpoint, which `onErased` runs once they are committed.
 */
const ERASES = /^delete from "(checkins|thought_records|people|users)"|^update "shares"/;
const ENDS_TRANSACTION = /^(commit|release)\b/i;

/**
 * Writes to the access log alone, which `onWrite` is not told of: no read cache holds anything
 * read from the log, and it is written on public GETs (a share card or calendar feed opened from
 * a new address). Told, each such open would empty every person's cached sessions and check-in
 * months for nothing. A cache that ever keeps the log's entries must take this out first.
 */
const ONLY_ACCESS_LOG = /^(insert into|delete from) "access_log"/;

function noticingEnd(
  statement: SqliteStatement,
  erases: boolean,
  afterRun: (erases: boolean) => void,
): SqliteStatement {
  return {
    reader: statement.reader,
    all(parameters) {
      const rows = statement.all(parameters);
      afterRun(erases && rows.length > 0);
      return rows;
    },
    iterate(parameters) {
      // Only readers iterate, and none of these statements is a reader.
      return statement.iterate(parameters);
    },
    run(parameters) {
      const result = statement.run(parameters);
      // One that removed nothing (no card had run out) leaves nothing in the log to clear.
      afterRun(erases && Number(result.changes) > 0);
      return result;
    },
  };
}

/**
 * Tells `onWrite` of a statement that changed a row, as soon as it has run: statements run
 * synchronously, so no read can come between the change and the notice. One that changed
 * nothing (a sweep for expired share words that found none, on every listing of the cards) is
 * not a change, and leaves the caches as they were.
 */
function noticingWrites(statement: SQLite.Statement, onWrite: () => void): SqliteStatement {
  // `readonly`, not `reader`: an INSERT … RETURNING returns rows and writes too.
  if (statement.readonly) return statement;
  return {
    reader: statement.reader,
    all(parameters) {
      const rows = statement.all(parameters);
      if (rows.length > 0) onWrite();
      return rows;
    },
    iterate(parameters) {
      onWrite();
      return statement.iterate(parameters);
    },
    run(parameters) {
      const result = statement.run(parameters);
      if (Number(result.changes) > 0) onWrite();
      return result;
    },
  };
}
