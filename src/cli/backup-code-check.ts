import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { migrateUpTo } from "../server/db/migrate.js";

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
  try {
    last = backup
      .prepare<[], string>("select name from kysely_migration order by name desc limit 1")
      .pluck()
      .get();
    found = backup.prepare<[], SchemaObject>(ACTING).all();
  } finally {
    backup.close();
  }
  if (last === undefined) return "it is not a Reconnect database";
  const made = await objectsMadeUpTo(last);
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

/** The triggers and views Reconnect's migrations up to `lastApplied` make on an empty database. */
async function objectsMadeUpTo(lastApplied: string): Promise<SchemaObject[]> {
  const fresh = new SQLite(":memory:");
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: fresh }) });
  try {
    await migrateUpTo(db, lastApplied);
    return fresh.prepare<[], SchemaObject>(ACTING).all();
  } finally {
    await db.destroy();
  }
}
