import type { Transaction } from "kysely";
import type { Database, Store } from "../db/database.js";

/**
 * Runs several reads as one consistent snapshot. PostgreSQL's default (read committed) gives
 * each statement its own snapshot, so the transaction asks for repeatable read; SQLite's
 * transaction holds one snapshot of the WAL from its first read, and its single connection is
 * kept for it meanwhile, so no write lands between two of the reads. Marked read only on both:
 * SQLite's dialect then begins deferred, without taking the write lock another process's saves
 * would have to wait for while a long export is read.
 */
export function readSnapshot<T>(
  store: Store,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const transaction =
    store.engine === "postgres"
      ? store.db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only")
      : store.db.transaction().setAccessMode("read only");
  return transaction.execute(work);
}
