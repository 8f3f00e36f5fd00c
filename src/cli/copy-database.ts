import SQLite from "better-sqlite3";

/**
 * A disk failure while a database was copied, with the side it was on. SQLite's backup step
 * reports a plain SQLITE_IOERR (better-sqlite3 keeps only its primary code), so a failing disk
 * under the copy and one under the database being copied read alike; a person needs to know
 * which disk to look at (a backup's often is a removable one).
 */
export class CopyDiskFailure extends Error {
  readonly code = "SQLITE_IOERR";
  constructor(
    readonly failed: "read" | "written",
    cause: unknown,
  ) {
    super(`disk I/O error while the database was ${failed}`, { cause });
  }
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}

/**
 * Copies the SQLite database at `from` into the new file `to` with SQLite's online backup API:
 * a consistent snapshot even while Reconnect keeps writing. A plain disk I/O failure is told
 * apart by reading `from` again whole (every table's and index's pages): if that fails too, it
 * was the reading; if not, the writing of `to`.
 */
export async function copyDatabase(from: string, to: string): Promise<void> {
  const db = new SQLite(from, { readonly: true, fileMustExist: true });
  try {
    await db.backup(to);
  } catch (error) {
    if (codeOf(error) !== "SQLITE_IOERR") throw error;
    throw new CopyDiskFailure(readsWhole(db) ? "written" : "read", error);
  } finally {
    db.close();
  }
}

/** Whether every page of the database's tables and indexes can be read now. */
function readsWhole(db: SQLite.Database): boolean {
  try {
    return db.pragma("quick_check", { simple: true }) === "ok";
  } catch {
    return false;
  }
}
