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
): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = noticingWrites(connection.prepare(sql), onWrite);
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

function noticingWrites(statement: SQLite.Statement, onWrite: () => void): SqliteStatement {
  // `readonly`, not `reader`: an INSERT … RETURNING returns rows and writes too.
  if (statement.readonly) return statement;
  // Statements run synchronously, so no read can happen between the notice and the change.
  return {
    reader: statement.reader,
    all(parameters) {
      onWrite();
      return statement.all(parameters);
    },
    iterate(parameters) {
      onWrite();
      return statement.iterate(parameters);
    },
    run(parameters) {
      onWrite();
      return statement.run(parameters);
    },
  };
}
