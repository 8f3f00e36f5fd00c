import { SqliteAdapter, SqliteDialect } from "kysely";

/**
 * SQLite runs schema changes inside a transaction like any other write, though Kysely's adapter
 * says it cannot. Told that it can, Kysely's migrator runs all pending migrations in one
 * transaction: a start stopped part-way (a crash, a kill, a full disk) leaves the database as it
 * was before, never with a migration's first table made and its record not written, which every
 * later start would then refuse ('table "…" already exists').
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** Kysely's SQLite dialect, with migrations run in one transaction (see above). */
export class ReconnectSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
