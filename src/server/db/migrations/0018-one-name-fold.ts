import { type Kysely, sql } from "kysely";

/*
 * Forward-only, like every migration. Names are compared by one rule on both engines: the fold
 * the app computes in JavaScript and stores beside each name (`foldName`, which says what "İ",
 * "ß", "ς" and the rest fold to, and why). Two things made the engines disagree, and go here:
 *
 * - The unique index on lower(username) from 0001. PostgreSQL's lower() folds by the server's
 *   locale ("kİm" is "kim" there), SQLite's folds A–Z only, so with "Kim" taken, "kİm" was
 *   refused on one and accepted on the other. The stored fold's unique index (0017) is the one
 *   rule now; the fold is wider than either lower() on the letters they both know.
 * - The fold itself, which gave "kİm" as "ki̇m" (a combining dot), kept "ß" and "ss", and "ς"
 *   and "σ", apart. Every name is folded again by the new rule.
 *
 * As in 0017, names that now fold alike are all kept and never fail the migration: the oldest
 * (created_at, then id) keeps `username_fold_duplicate` 0 and later ones are numbered 1, 2, …,
 * so a new name folding alike is refused, and each old one still signs in by its own spelling.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // migrate.ts runs every pending migration in one transaction on both engines (on SQLite too:
  // sqlite-dialect.ts), so this is already inside it. Run on a bare connection, it opens its own:
  // a stop half-way never leaves an index missing or the folds half rewritten.
  if (db.isTransaction) return foldAgain(db);
  await db.transaction().execute(foldAgain);
}

/**
 * The fold as it stood when this migration was written (the app's `foldName`), kept here so every
 * install folds alike whenever it upgrades; should the app fold otherwise, a later migration
 * folds again.
 */
function foldAsIn0018(name: string): string {
  const cased = name.normalize("NFKC").toUpperCase().toLowerCase();
  const one = cased
    .replace(/ß/g, "ss")
    .replace(/ς/g, "σ")
    .replace(/ı/g, "i")
    .replace(/i\u0307+/g, "i");
  return one.normalize("NFKC");
}

async function foldAgain(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("users_username_unique").execute();
  // Renumbered from nothing: while rows are rewritten one by one, a name may take a fold and
  // number another still holds until its own turn.
  await db.schema.dropIndex("users_username_folded_unique").execute();

  const rows = await sql<{ id: string; username: string }>`
    select id, username from users order by created_at, id`.execute(db);
  const seen = new Map<string, number>();
  for (const { id, username } of rows.rows) {
    const folded = foldAsIn0018(username);
    const duplicate = seen.get(folded) ?? 0;
    seen.set(folded, duplicate + 1);
    await sql`
      update users set username_folded = ${folded}, username_fold_duplicate = ${duplicate}
      where id = ${id}`.execute(db);
  }

  await db.schema
    .createIndex("users_username_folded_unique")
    .on("users")
    .columns(["username_folded", "username_fold_duplicate"])
    .unique()
    .execute();
}
