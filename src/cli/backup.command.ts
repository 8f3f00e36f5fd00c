import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { stderr, stdout, umask } from "node:process";
import { shownName } from "../core/text/shown-name.js";
import { configFromEnv } from "../server/config.js";
import { SQLITE_FILE_NAME } from "../server/db/open-store.js";
import { copyDatabase } from "./copy-database.js";
import { systemProblem } from "./system-problem.js";
import { writeWhole } from "./whole-file.js";

/**
 * Copies the live SQLite database with SQLite's online backup API: a consistent snapshot even
 * while Reconnect keeps writing, with no need to stop it.
 */
export async function backupCommand(
  env: Record<string, string | undefined>,
  args: string[],
): Promise<number> {
  const [target] = args;
  if (!target) {
    stderr.write(
      "Please name the file to write, for example: reconnect backup reconnect-backup.sqlite\n",
    );
    return 2;
  }
  const config = configFromEnv(env);
  if (config.databaseUrl) {
    stderr.write(
      "Backups of PostgreSQL are made with pg_dump; this command copies the SQLite database.\n",
    );
    return 2;
  }
  const source = path.join(config.dataDir, SQLITE_FILE_NAME);
  const destination = path.resolve(target);
  const files = { read: source, written: destination };
  // Not existsSync, which says "no" too when the folder may not be entered or is a file.
  let there: boolean;
  try {
    there = statSync(source, { throwIfNoEntry: false }) !== undefined;
  } catch (error) {
    const problem = systemProblem(error, files);
    if (!problem) throw error;
    stderr.write(`${problem} No backup was written.\n`);
    return 1;
  }
  if (!there) {
    stderr.write(`There is no database at ${shownName(source)} yet. Start Reconnect once first.\n`);
    return 1;
  }
  if (existsSync(destination)) {
    stderr.write(
      `${shownName(destination)} already exists; choose a new file name so nothing is overwritten.\n`,
    );
    return 1;
  }
  // The copy holds every note and answer, so it is private to this account from its first byte:
  // the file is made 0600 before anything is written into it, and any file SQLite adds beside it
  // is made under umask 077. It takes its name only once whole (whole-file.ts): a copy that
  // failed or was interrupted is no backup, and left under the backup's name would pass for one
  // and block the next try ("already exists").
  const previousUmask = umask(0o077);
  try {
    await writeWhole(destination, (partial) => copyDatabase(source, partial));
  } catch (error) {
    const problem = systemProblem(error, files);
    const reason = error instanceof Error ? error.message : String(error);
    stderr.write(
      problem
        ? `${problem} No backup was written.\n`
        : `${shownName(source)} could not be copied (${shownName(reason)}). No backup was written.\n`,
    );
    return 1;
  } finally {
    umask(previousUmask);
  }
  stdout.write(`Backed up to ${shownName(destination)}\n`);
  return 0;
}
