import type SQLite from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

const MAX_STATEMENTS = 500;

/**
 * Kysely prepares a statement for every query it runs; preparing costs more than running the
 * small queries Reconnect makes. Queries are built from a fixed set of shapes, so caching the
 * prepared statement by its SQL text removes that cost. The bound only matters for shapes that
 * vary with input (an IN list's length), which are rare.
 */
export function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = connection.prepare(sql);
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
