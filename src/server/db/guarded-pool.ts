import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import type pg from "pg";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./database-unavailable.js";
import { statementNameOf } from "./prepared-query.js";

/**
 * The pg pool as Kysely sees it, with every sign of an unreachable or silent database turned
 * into DatabaseUnavailableError (503) before it reaches a route. A connection that failed that
 * way is thrown away rather than handed to the next request.
 *
 * Each pg connection gets one wrapper for its whole life, handed out again on every checkout:
 * Kysely keeps its own connection object per wrapper it is given, so a new wrapper per checkout
 * meant new closures, a new Kysely connection and a new map entry for every query, which
 * measured as a large share of a signed-in read's CPU (docs/BENCHMARKS.md).
 */
export function guardedPool(pool: pg.Pool): PostgresPool {
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw new DatabaseUnavailableError(error);
      }
      let guarded = wrappers.get(client);
      if (!guarded) {
        guarded = guard(client);
        wrappers.set(client, guarded);
      }
      return guarded;
    },
    end: () => pool.end(),
  };
}

function guard(client: pg.PoolClient): PostgresPoolClient {
  // Once set, the connection is destroyed at its release and never checked out again.
  let broken = false;
  const failed = (error: unknown): never => {
    if (!isDatabaseUnavailable(error)) throw error;
    broken = true;
    throw new DatabaseUnavailableError(error);
  };
  function query<R>(
    sql: string,
    parameters: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // Kysely asks for a cursor only when a query is streamed, which Reconnect never does.
    if (typeof sqlOrCursor !== "string") throw new Error("Streaming queries are not used");
    const name = statementNameOf(sqlOrCursor);
    const values = [...parameters];
    const sent = name
      ? client.query({ name, text: sqlOrCursor, values })
      : client.query(sqlOrCursor, values);
    return sent.then(
      (result) => ({
        command: result.command as PostgresQueryResult<R>["command"],
        rowCount: result.rowCount ?? 0,
        rows: result.rows,
      }),
      failed,
    );
  }
  return {
    query,
    release: (destroy) => client.release(destroy === true || broken),
  };
}
