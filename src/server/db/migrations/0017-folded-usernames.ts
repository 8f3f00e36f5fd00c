import { type Kysely, PostgresAdapter, sql } from "kysely";

/*
 * Forward-only, like every migration. Each account keeps its name folded as sign-in folds it
 * (case and Unicode form, `foldName`), so finding "émile" for "Émile", or refusing a new name
 * that differs from one in use only so, is one indexed equality instead of a read of every name:
 * neither engine's lower() can do it (SQLite folds A–Z only, neither applies NFKC). The app
 * writes the column with every name it writes; this fills it for the accounts already there.
 *
 * Old data may hold two names that fold alike (made before the taken check folded Unicode, or
 * on SQLite, whose own index folds A–Z only). No one is lost and the migration never fails on
 * them: the oldest account (by created_at, then id) keeps `username_fold_duplicate` 0, and each
 * later one is numbered 1, 2, … in the same order. Every row keeps its true fold, so a new name
 * folding alike is still refused, and sign-in still finds no one by a fold two accounts share
 * (each signs in by its own spelling, as before). The unique index is on (fold, number) and the
 * app always writes 0, so from now on one fold names one new account, races included.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // migrate.ts runs every pending migration in one transaction on both engines (on SQLite too:
  // sqlite-dialect.ts), so this is already inside it. Run on a bare connection, it opens its own:
  // a stop half-way leaves no column without its index to retry over.
  if (db.isTransaction) return addFoldedNames(db);
  await db.transaction().execute(addFoldedNames);
}

/**
 * The fold as it stood when this migration was written (the app's `foldName`), kept here so
 * that every install fills the column alike whenever it upgrades. Should the app ever fold
 * names otherwise, a later migration folds them again.
 */
const foldAsIn0017 = (name: string): string => name.normalize("NFKC").toLowerCase();

async function addFoldedNames(db: Kysely<unknown>): Promise<void> {
  // SQLite adds a NOT NULL column only with a default; every row is filled just below.
  await db.schema
    .alterTable("users")
    .addColumn("username_folded", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("username_fold_duplicate", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  const rows = await sql<{ id: string; username: string }>`
    select id, username from users order by created_at, id`.execute(db);
  const seen = new Map<string, number>();
  for (const { id, username } of rows.rows) {
    const folded = foldAsIn0017(username);
    const duplicate = seen.get(folded) ?? 0;
    seen.set(folded, duplicate + 1);
    await sql`
      update users set username_folded = ${folded}, username_fold_duplicate = ${duplicate}
      where id = ${id}`.execute(db);
  }

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // A writer that forgot the fold fails loudly here. SQLite keeps its default: dropping one
    // means rebuilding the table, and the row types already require every insert to give it.
    await sql`alter table users alter column username_folded drop default`.execute(db);
  }
  await db.schema
    .createIndex("users_username_folded_unique")
    .on("users")
    .columns(["username_folded", "username_fold_duplicate"])
    .unique()
    .execute();
}
