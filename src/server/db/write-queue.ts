import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "./database.js";

export type WriteWork<T> = (trx: Transaction<Database>) => Promise<T>;

interface Job {
  /** Runs the work and returns how to tell its caller, once the commit is on disk. */
  run(trx: Transaction<Database>): Promise<() => void>;
  fail(error: unknown): void;
}

/**
 * Group commit for SQLite. Every commit waits for the disk (synchronous = FULL), and SQLite
 * writes one transaction at a time, so writes that arrive together are run in one transaction,
 * each inside its own savepoint: one wait for the disk for the whole group. Each piece of work
 * is still atomic on its own (a failure rolls back only its savepoint), and no caller hears
 * "done" before the group's commit has reached the disk.
 */
export function groupCommit(db: Kysely<Database>): <T>(work: WriteWork<T>) => Promise<T> {
  let pending: Job[] = [];
  // One group at a time, in the order they formed. A group waiting for another process's write
  // lock hands the connection back meanwhile (sqlite-dialect.ts), so without this a later group
  // could take the lock first, and an older save land over a newer one.
  let running = Promise.resolve();

  async function flush(): Promise<void> {
    const jobs = pending;
    pending = [];
    const settle: (() => void)[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        for (const job of jobs) {
          await sql`savepoint work`.execute(trx);
          try {
            settle.push(await job.run(trx));
            await sql`release savepoint work`.execute(trx);
          } catch (error) {
            await sql`rollback to savepoint work`.execute(trx);
            await sql`release savepoint work`.execute(trx);
            settle.push(() => job.fail(error));
          }
        }
      });
    } catch (error) {
      for (const job of jobs) job.fail(error);
      return;
    }
    for (const tell of settle) tell();
  }

  return <T>(work: WriteWork<T>) =>
    new Promise<T>((resolve, reject) => {
      if (pending.length === 0) {
        setImmediate(() => {
          running = running.then(flush);
        });
      }
      pending.push({
        run: async (trx) => {
          const value = await work(trx);
          return () => resolve(value);
        },
        fail: reject,
      });
    });
}

/** PostgreSQL commits concurrent transactions well on its own: one transaction per write. */
export function transactionPerWrite(db: Kysely<Database>): <T>(work: WriteWork<T>) => Promise<T> {
  return (work) => db.transaction().execute(work);
}
