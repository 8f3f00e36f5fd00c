import SQLite from "better-sqlite3";
import { Kysely } from "kysely";
import { migrateUpTo } from "../server/db/migrate.js";
import { SQLITE_BUSY_TIMEOUT_MS } from "../server/db/open-store.js";
import { ReconnectSqliteDialect, writeLockOf } from "../server/db/sqlite-dialect.js";

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

// Triggers run on every write and views stand in for tables: the parts of a database file that
// act rather than hold. A restored file runs as Reconnect's own database, so any of these that
// Reconnect did not make (a trigger copying every check-in into a table of its own, a view
// where a table should be) is refused, not restored.
const ACTING = "select type, name, sql from sqlite_master where type in ('trigger', 'view')";

// What holds: the tables, their columns and the indexes Reconnect makes (an index SQLite makes
// for a constraint has no sql). A backup lacking one (a table dropped, a column removed by hand)
// would restore and then fail every request that reads it, so it is refused as well. Compared by
// name, not by definition: what matters is that each is there.
const TABLES = "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'";
const INDEXES = "select name from sqlite_master where type = 'index' and sql is not null";
const COLUMNS = "select name from pragma_table_info(?)";

/** Every table, column and index of a database, named as a restore's refusal would name them. */
function holdingParts(db: SQLite.Database): string[] {
  const parts: string[] = [];
  for (const table of db.prepare<[], string>(TABLES).pluck().all()) {
    parts.push(`table ${table}`);
    for (const column of db.prepare<[string], string>(COLUMNS).pluck().all(table)) {
      parts.push(`column ${table}.${column}`);
    }
  }
  for (const index of db.prepare<[], string>(INDEXES).pluck().all()) parts.push(`index ${index}`);
  return parts;
}

/**
 * Why a backup that passed the file check (reconnect-file-check.ts) may not be restored because of
 * triggers or views Reconnect did not write (`foreign`) or that it lacks (`missing`: the check-ins
 * counter, say, which every cached read relies on), or null when they are as made. The file's are
 * compared, by kind, name and definition, with those the migrations it has applied make on an
 * empty database in memory.
 */
export async function problemWithBackupCode(file: string): Promise<string | null> {
  const backup = new SQLite(file, { readonly: true, fileMustExist: true });
  let last: string | undefined;
  let found: SchemaObject[];
  let foundParts: Set<string>;
  try {
    last = backup
      .prepare<[], string>("select name from kysely_migration order by name desc limit 1")
      .pluck()
      .get();
    found = backup.prepare<[], SchemaObject>(ACTING).all();
    foundParts = new Set(holdingParts(backup));
  } finally {
    backup.close();
  }
  if (last === undefined) return "it is not a Reconnect database";
  const { acting: made, parts } = await objectsMadeUpTo(last);
  const lacking = parts.filter((part) => !foundParts.has(part));
  if (lacking.length > 0) {
    const named = lacking.slice(0, 5).join(", ");
    const more = lacking.length > 5 ? ` and ${lacking.length - 5} more` : "";
    return `it lacks parts of the database Reconnect needs (${named}${more}); it may have been edited`;
  }
  const key = (object: SchemaObject) => JSON.stringify([object.type, object.name, object.sql]);
  const label = (object: SchemaObject) => `${object.type} ${object.name}`;
  const madeKeys = new Set(made.map(key));
  const foundKeys = new Set(found.map(key));
  const foreign = found.filter((object) => !madeKeys.has(key(object))).map(label);
  if (foreign.length > 0) {
    return `it holds database code Reconnect did not write (${foreign.join(", ")})`;
  }
  const missing = made.filter((object) => !foundKeys.has(key(object))).map(label);
  if (missing.length > 0) {
    return `it lacks database code Reconnect needs (${missing.join(", ")})`;
  }
  return null;
}

/**
 * The triggers and views Reconnect's migrations up to `lastApplied` make on an empty database,
 * and its tables, columns and indexes.
 */
async function objectsMadeUpTo(
  lastApplied: string,
): Promise<{ acting: SchemaObject[]; parts: string[] }> {
  const fresh = new SQLite(":memory:");
  const db = new Kysely<unknown>({
    dialect: new ReconnectSqliteDialect(
      { database: fresh },
      writeLockOf(fresh, SQLITE_BUSY_TIMEOUT_MS),
    ),
  });
  try {
    await migrateUpTo(db, lastApplied);
    return { acting: fresh.prepare<[], SchemaObject>(ACTING).all(), parts: holdingParts(fresh) };
  } finally {
    await db.destroy();
  }
}
