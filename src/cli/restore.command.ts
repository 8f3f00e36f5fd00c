import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { stderr, stdout, umask } from "node:process";
import SQLite from "better-sqlite3";
import { configFromEnv } from "../server/config.js";
import { SQLITE_FILE_NAME } from "../server/db/open-store.js";
import { problemWithBackupCode } from "./backup-code-check.js";
import { problemWithBackup, problemWithOrphans } from "./reconnect-file-check.js";
import { shown } from "./terminal-text.js";
import { writeWhole } from "./whole-file.js";

/**
 * Puts a backup (`reconnect backup FILE`) back as the SQLite database, into an empty data folder
 * only: a restore never overwrites anyone's data. The file is checked first, and copied with
 * SQLite's backup API so the result is one consistent database file. Run while Reconnect is
 * stopped; its next start applies any migration the backup is missing.
 */
export async function restoreCommand(
  env: Record<string, string | undefined>,
  args: string[],
): Promise<number> {
  const [source] = args;
  if (!source) {
    stderr.write(
      "Please name the backup to restore, for example: reconnect restore backup.sqlite\n",
    );
    return 2;
  }
  const config = configFromEnv(env);
  if (config.databaseUrl) {
    stderr.write(
      "PostgreSQL is restored with pg_restore (see the README); this command restores SQLite.\n",
    );
    return 2;
  }
  const from = path.resolve(source);
  if (!existsSync(from)) {
    stderr.write(`There is no file at ${shown(from)}.\n`);
    return 1;
  }
  const problem =
    problemWithBackup(from) ?? (await problemWithBackupCode(from)) ?? problemWithOrphans(from);
  if (problem) {
    stderr.write(`${shown(from)} can't be restored: ${shown(problem)}. Nothing was changed.\n`);
    return 1;
  }
  const dataDir = path.resolve(config.dataDir);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    stderr.write(
      `${shown(dataDir)} is not empty. A restore goes into an empty data folder, so nothing is ` +
        "overwritten: move the current folder aside (or set DATA_DIR to a new one) and try again.\n",
    );
    return 1;
  }
  const destination = path.join(dataDir, SQLITE_FILE_NAME);
  // Private from the first byte, as the database Reconnect makes itself. It takes its name only
  // once whole (whole-file.ts): a restore cut short leaves the folder empty, to be run again,
  // not holding a part of the database that the next start would open.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const previousUmask = umask(0o077);
  try {
    await writeWhole(destination, async (partial) => {
      const db = new SQLite(from, { readonly: true, fileMustExist: true });
      try {
        await db.backup(partial);
      } finally {
        db.close();
      }
    });
  } finally {
    umask(previousUmask);
  }
  stdout.write(`Restored ${shown(from)} into ${shown(dataDir)}. Start Reconnect to use it.\n`);
  return 0;
}
