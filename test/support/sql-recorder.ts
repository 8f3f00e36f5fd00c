import type { Logger } from "kysely";

/** One statement as the database received it: the compiled SQL and the values sent with it. */
export interface RecordedStatement {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * Keeps every statement a store runs (pass `log` to the test store), failed ones included, so a
 * test can judge the SQL the API really sends rather than the code that builds it.
 */
export class SqlRecorder {
  readonly statements: RecordedStatement[] = [];

  readonly log: Logger = (event) => {
    const { sql, parameters } = event.query;
    this.statements.push({ sql, parameters });
  };
}
