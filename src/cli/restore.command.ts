import { closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { stderr, stdout, umask } from "node:process";
import { shownName } from "../core/text/shown-name.js";
import { configFromEnv } from "../server/config.js";
import { SQLITE_FILE_NAME } from "../server/db/open-store.js";
import { problemWithBackupCode } from "./backup-code-check.js";
import { copyDatabase } from "./copy-database.js";
import { problemWithBackup, problemWithOrphans } from "./reconnect-file-check.js";
import { systemProblem } from "./system-problem.js";
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
  const dataDir = path.resolve(config.dataDir);
  const destination = path.join(dataDir, SQLITE_FILE_NAME);
  try {
    return await restoreInto(from, dataDir, destination);
  } catch (error) {
    const problem = systemProblem(error, { read: from, written: destination });
    if (!problem) throw error;
    stderr.write(`${problem} Nothing was restored.\n`);
    return 1;
  }
}

async function restoreInto(from: string, dataDir: string, destination: string): Promise<number> {
  // Not existsSync, which says "no" too when a folder on the way may not be entered.
  const found = statSync(from, { throwIfNoEntry: false });
  if (!found) {
    stderr.write(`There is no file at ${shownName(from)}.\n`);
    return 1;
  }
  if (found.isDirectory()) {
    stderr.write(`${shownName(from)} is a folder; name the backup file inside it.\n`);
    return 1;
  }
  // A file this user may not read is said so here, not taken for one that is no database.
  closeSync(openSync(from, "r"));
  const problem =
    problemWithBackup(from) ?? (await problemWithBackupCode(from)) ?? problemWithOrphans(from);
  if (problem) {
    stderr.write(
      `${shownName(from)} can't be restored: ${shownName(problem)}. Nothing was changed.\n`,
    );
    return 1;
  }
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    stderr.write(
      `${shownName(dataDir)} is not empty. A restore goes into an empty data folder, so nothing is ` +
        "overwritten: move the current folder aside (or set DATA_DIR to a new one) and try again.\n",
    );
    return 1;
  }
  // Private from the first byte, as the database Reconnect makes itself. It takes its name only
  // once whole (whole-file.ts): a restore cut short leaves the folder empty, to be run again,
  // not holding a part of the database that the next start would open.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const previousUmask = umask(0o077);
  try {
    await writeWhole(destination, (partial) => copyDatabase(from, partial));
  } finally {
    umask(previousUmask);
  }
  stdout.write(
    `Restored ${shownName(from)} into ${shownName(dataDir)}. Start Reconnect to use it.\n`,
  );
  return 0;
}
