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
 * The triggers and views in `file` that Reconnect's own migrations, up to the last one the file
 * has applied, would not have made exactly so (`foreign`), and those they would have made that
 * the file lacks (`missing`: the check-ins counter, say, which every cached read relies on). The
 * migrations are run on an empty database in memory and the two compared by kind, name and
 * definition.
 */
export async function codeDifferences(
  file: string,
  lastApplied: string,
): Promise<{ foreign: string[]; missing: string[] }> {
  const backup = new SQLite(file, { readonly: true, fileMustExist: true });
  let found: SchemaObject[];
  try {
    found = backup.prepare<[], SchemaObject>(ACTING).all();
  } finally {
    backup.close();
  }
  const fresh = new SQLite(":memory:");
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: fresh }) });
  let made: SchemaObject[];
  try {
    await migrateUpTo(db, lastApplied);
    made = fresh.prepare<[], SchemaObject>(ACTING).all();
  } finally {
    await db.destroy();
  }
  const key = (object: SchemaObject) => JSON.stringify([object.type, object.name, object.sql]);
  const label = (object: SchemaObject) => `${object.type} ${object.name}`;
  const madeKeys = new Set(made.map(key));
  const foundKeys = new Set(found.map(key));
  return {
    foreign: found.filter((object) => !madeKeys.has(key(object))).map(label),
    missing: made.filter((object) => !foundKeys.has(key(object))).map(label),
  };
}

/**
 * Why a backup that passed the file check (reconnect-file-check.ts) may not be restored because of
 * triggers or views Reconnect did not write or that it lacks, or null when they are as made.
 */
export async function problemWithBackupCode(file: string): Promise<string | null> {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  let last: string | undefined;
  try {
    last = db
      .prepare<[], string>("select name from kysely_migration order by name desc limit 1")
      .pluck()
      .get();
  } finally {
    db.close();
  }
  if (last === undefined) return "it is not a Reconnect database";
  const { foreign, missing } = await codeDifferences(file, last);
  if (foreign.length > 0) {
    return `it holds database code Reconnect did not write (${foreign.join(", ")})`;
  }
  if (missing.length > 0) {
    return `it lacks database code Reconnect needs (${missing.join(", ")})`;
  }
  return null;
}
