/**
 * Rows in the order they were added: by creation time, then by id, with ids compared as bytes of
 * UTF-8 (SQLite's BINARY order). An id is ordered in JavaScript, not by the database: PostgreSQL
 * orders text by its database's collation, and on an `en_US` one "a" comes before "B", where
 * SQLite puts "B" first, so records added at one moment (an import keeps a file's ids and times)
 * would be listed in a different order on each engine. Creation times are ISO-8601 UTC, which
 * every collation orders alike.
 */
export function inCreationOrder<T extends { created_at: string; id: string }>(rows: T[]): T[] {
  return rows.sort(
    (a, b) =>
      compareBinary(a.created_at, b.created_at) ||
      Buffer.compare(Buffer.from(a.id), Buffer.from(b.id)),
  );
}

function compareBinary(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
