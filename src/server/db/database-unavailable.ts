import { AppError } from "../errors/app-error.js";

/**
 * Signs that the database itself cannot be reached or is not answering, as opposed to a query
 * that is wrong: connection errors from Node, pg's own timeouts, and PostgreSQL's SQLSTATEs for
 * a lost connection (class 08), a shutdown or start-up (57P0x), a statement cut off by
 * statement_timeout (57014) and exhausted resources (class 53); and SQLite's write lock still
 * held by another process once the busy timeout has passed.
 */
const NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
const PG_MESSAGES =
  /^(Query read timeout|timeout expired|timeout exceeded when trying to connect|Connection terminated)/;

function codeOf(error: unknown): string {
  return error instanceof Error && "code" in error ? String(error.code) : "";
}

/**
 * SQLite's answer when another connection (a second process, a CLI command) holds the lock
 * asked for: SQLITE_BUSY and its extended kinds (_SNAPSHOT, _RECOVERY, _TIMEOUT). SQLITE_LOCKED
 * is not among them: without a shared cache, which Reconnect never turns on, it only comes from
 * a clash inside one connection, a fault of the code rather than a database that is busy.
 */
export function isSqliteBusy(error: unknown): boolean {
  return error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_BUSY");
}

/**
 * SQLite was busy somewhere along the error's causes: as it came from better-sqlite3, or wrapped
 * (the 503 a transaction gives after waiting its busy timeout for the lock, a migration's error).
 */
export function causedBySqliteBusy(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) if (isSqliteBusy(e)) return true;
  return false;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (causedBySqliteBusy(error)) return true;
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof DatabaseUnavailableError) return true;
    const code = codeOf(e);
    if (NODE_CODES.has(code) || PG_MESSAGES.test(e.message)) return true;
    if (/^(08|53|57P0)/.test(code) || code === "57014") return true;
  }
  return false;
}

/** 503 with a code the app and monitors can act on, instead of a 500 "something went wrong". */
export class DatabaseUnavailableError extends AppError {
  constructor(cause: unknown) {
    super(
      503,
      "database-unavailable",
      "The database is not answering just now, so this could not be done. Please try again in a moment.",
      undefined,
      { "retry-after": "5" },
    );
    this.cause = cause;
  }
}
