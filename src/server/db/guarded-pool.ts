import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import type pg from "pg";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./database-unavailable.js";
import { statementNameOf } from "./prepared-query.js";

/**
 * The pg pool as Kysely sees it, with every sign of an unreachable or silent database turned
 * into DatabaseUnavailableError (503) before it reaches a route. A connection that failed that
 * way is thrown away rather than handed to the next request.
 */
export function guardedPool(pool: pg.Pool): PostgresPool {
  return {
    async connect() {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw new DatabaseUnavailableError(error);
      }
      let broken = false;
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
          (error: unknown) => {
            if (!isDatabaseUnavailable(error)) throw error;
            broken = true;
            throw new DatabaseUnavailableError(error);
          },
        );
      }
      const guarded: PostgresPoolClient = {
        query,
        release: (destroy) => client.release(destroy === true || broken),
      };
      return guarded;
    },
    end: () => pool.end(),
  };
}
