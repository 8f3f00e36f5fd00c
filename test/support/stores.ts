import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Logger, sql } from "kysely";
import pg from "pg";
import { insertUser } from "../../src/server/accounts/user.repository.js";
import type { Engine, Store } from "../../src/server/db/database.js";
import { migrateToLatest } from "../../src/server/db/migrate.js";
import {
  DEFAULT_POSTGRES_TIMEOUTS,
  openPostgresStore,
  openSqliteStore,
} from "../../src/server/db/open-store.js";

/** The PostgreSQL that runs beside every session and CI run; tests make their own database in it. */
export const TEST_POSTGRES_URL =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestStore extends Store {
  /** The SQLite database file, for tests that look at what is on disk. */
  file?: string;
  /** Closes the store and removes everything it created. */
  dispose(): Promise<void>;
}

export interface TestStoreOptions {
  /** Apply every migration first (the default), or leave the database empty for the test. */
  migrated?: boolean;
  /** Hears every statement the store runs (see sql-recorder.ts). */
  log?: Logger;
  /** SQLite only: how long a write waits for another connection's lock (the product's 5 s). */
  busyTimeoutMs?: number;
}

async function sqliteTestStore(
  migrated: boolean,
  log?: Logger,
  busyTimeoutMs?: number,
): Promise<TestStore> {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-test-"));
  const file = path.join(dir, "reconnect.sqlite");
  const store = openSqliteStore(file, log, busyTimeoutMs);
  if (migrated) await migrateToLatest(store.db);
  return {
    ...store,
    file,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty PostgreSQL database of its own, and how to drop it. */
export async function createTestDatabase(
  prefix = "reconnect_test",
  /**
   * An ICU locale for its text order (`en-US`), as a server's database set up for a language
   * has; the test server's own is `C.UTF-8`, which orders text as SQLite does and so hides it.
   */
  icuLocale?: "en-US",
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(
    icuLocale === undefined
      ? `CREATE DATABASE ${name}`
      : `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '${icuLocale}'`,
  );
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function postgresTestStore(migrated: boolean, log?: Logger): Promise<TestStore> {
  const database = await createTestDatabase();
  const store = openPostgresStore(database.url, DEFAULT_POSTGRES_TIMEOUTS, log);
  if (migrated) await migrateToLatest(store.db);
  return {
    ...store,
    async dispose() {
      await store.close();
      await database.drop();
    },
  };
}

export const engines: Engine[] = ["sqlite", "postgres"];

/** A fresh, empty store on the given engine, migrated unless a test wants to do that itself. */
export function createTestStore(
  engine: Engine,
  { migrated = true, log, busyTimeoutMs }: TestStoreOptions = {},
): Promise<TestStore> {
  return engine === "sqlite"
    ? sqliteTestStore(migrated, log, busyTimeoutMs)
    : postgresTestStore(migrated, log);
}

const TEST_PEOPLE = [
  { id: "u-alex", username: "Alex", role: "owner" },
  { id: "u-bo", username: "bo", role: "member" },
] as const;

/**
 * Two people for repository suites: `u-alex` (the owner, named "Alex") and `u-bo` (a member),
 * so every suite can show that one never reaches the other's rows.
 */
export async function addTestPeople(store: Store): Promise<void> {
  for (const person of TEST_PEOPLE) {
    await insertUser(store.db, {
      ...person,
      password_hash: "hash",
      created_at: "2026-11-01T00:00:00.000Z",
    });
  }
}

/**
 * The same two people written as a Reconnect before migration 0017 wrote them (no folded name),
 * for tests that start from an older database and then migrate it.
 */
export async function addTestPeopleAsBefore0017(store: Store): Promise<void> {
  for (const { id, username, role } of TEST_PEOPLE) {
    await sql`
      insert into users (id, username, password_hash, role, created_at)
      values (${id}, ${username}, 'hash', ${role}, '2026-11-01T00:00:00.000Z')`.execute(store.db);
  }
}
