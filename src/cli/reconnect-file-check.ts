import SQLite from "better-sqlite3";
import { knownMigrationNames } from "../server/db/migrate.js";

/**
 * Why a file is not a Reconnect SQLite database this Reconnect can use, or null when it is one:
 * readable by SQLite, whole (quick_check), with Reconnect's own migration table and accounts, and
 * no migration newer than this version knows.
 */
export function problemWithBackup(file: string): string | null {
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch {
    return "it can't be opened as a SQLite database";
  }
  try {
    const check = db.pragma("quick_check", { simple: true });
    if (check !== "ok") return "SQLite finds it damaged";
    const tables = new Set(
      db.prepare<[], string>("select name from sqlite_master where type = 'table'").pluck().all(),
    );
    if (!tables.has("kysely_migration") || !tables.has("users")) {
      return "it is a SQLite database, but not one Reconnect made";
    }
    const applied = db
      .prepare<[], string>("select name from kysely_migration order by name")
      .pluck()
      .all();
    if (!applied.includes("0001-initial")) return "it is not a Reconnect database";
    const known = new Set(knownMigrationNames());
    const newer = applied.filter((name) => !known.has(name));
    if (newer.length > 0) {
      return `it was made by a newer Reconnect (${newer.join(", ")}); update Reconnect first`;
    }
    return null;
  } catch {
    return "it can't be read as a SQLite database";
  } finally {
    db.close();
  }
}

interface ForeignKeyProblem {
  table: string;
  parent: string;
}

/**
 * Why a backup may not be restored because rows in it point at rows that are not there (a
 * check-in of an account that is gone), or null when every row's references hold. SQLite writes
 * such rows only with foreign keys turned off, as a file edited by hand may have been; restored,
 * they would belong to no account, be erased with none and be read by whoever got their id.
 * Run after the table check (backup-code-check.ts), so every parent table is there.
 */
export function problemWithOrphans(file: string): string | null {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  let found: ForeignKeyProblem[];
  try {
    found = db.prepare<[], ForeignKeyProblem>("pragma foreign_key_check").all();
  } finally {
    db.close();
  }
  if (found.length === 0) return null;
  const counts = new Map<string, number>();
  for (const { table, parent } of found) {
    const key = JSON.stringify([table, parent]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const named = [...counts].map(([key, count]) => {
    const [table, parent] = JSON.parse(key) as [string, string];
    return `table ${table}: ${count} ${count === 1 ? "row" : "rows"} whose ${parent} row is missing`;
  });
  return (
    `it holds rows that belong to nothing (${named.join("; ")}); ` +
    "it may have been edited with foreign keys off"
  );
}
