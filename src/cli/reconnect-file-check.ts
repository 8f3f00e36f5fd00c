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
