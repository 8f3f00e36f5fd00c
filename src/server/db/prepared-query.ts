import { type Compilable, CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./database.js";

const STAND_IN = "\u0000reconnect-param-";

/**
 * SQL texts run so often that PostgreSQL should parse and plan them once per connection (a named
 * prepared statement) rather than on every run. Only fixed texts belong here: each name stays
 * prepared in every pooled connection for its lifetime.
 */
const statementNames = new Map<string, string>();

/** Marks a fixed SQL text to be prepared once per PostgreSQL connection. */
export function namedStatement(sql: string): void {
  if (!statementNames.has(sql)) statementNames.set(sql, `reconnect_${statementNames.size + 1}`);
}

/** The prepared statement's name for this text, if it is one of the marked texts. */
export function statementNameOf(sql: string): string | undefined {
  return statementNames.get(sql);
}

type Slot = { kind: "value"; index: number } | { kind: "constant"; value: unknown };

/** A value a prepared query is run with: text, or a list of texts (for `= any(...)`). */
export type PreparedValue = string | readonly string[];

/**
 * A query built and compiled once per database, then run with new values: for the few queries
 * on every request's path, where building and compiling cost more than running them.
 * `build` receives stand-ins for the values and must use each one where that value goes, as one
 * parameter (a list is sent whole, as one PostgreSQL array).
 */
export function preparedQuery<Row>(
  arity: number,
  build: (db: Kysely<Database>, ...values: string[]) => Compilable<Row>,
): (db: Kysely<Database>, ...values: PreparedValue[]) => Promise<Row[]> {
  const cache = new WeakMap<Kysely<Database>, { sql: string; slots: Slot[] }>();
  const standIns = Array.from({ length: arity }, (_, i) => `${STAND_IN}${i}`);

  function compile(db: Kysely<Database>) {
    const query = build(db, ...standIns).compile();
    const slots = query.parameters.map((p): Slot => {
      const index = typeof p === "string" ? standIns.indexOf(p) : -1;
      return index >= 0 ? { kind: "value", index } : { kind: "constant", value: p };
    });
    const entry = { sql: query.sql, slots };
    namedStatement(query.sql);
    cache.set(db, entry);
    return entry;
  }

  return async (db, ...values) => {
    if (values.length !== arity) throw new Error(`expected ${arity} values, got ${values.length}`);
    const { sql, slots } = cache.get(db) ?? compile(db);
    const parameters = slots.map((s) => (s.kind === "value" ? values[s.index] : s.value));
    const result = await db.executeQuery<Row>(CompiledQuery.raw(sql, parameters));
    return result.rows;
  };
}
