import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import type { Store } from "../../src/server/db/database.js";
import { migrateToLatest } from "../../src/server/db/migrate.js";
import { openPostgresStore } from "../../src/server/db/open-store.js";
import { ApiClient, OWNER } from "../support/api-client.js";
import { seedEverything } from "../support/export-fixtures.js";
import { tokenOfLink } from "../support/invite.js";
import { createTestDatabase } from "../support/stores.js";
import { frozenClock, sequentialIds } from "../support/test-context.js";

const run = promisify(execFile);
const README = new URL("../../README.md", import.meta.url);
const ROBIN = { username: "robin", password: "robin's own password" };
// Two databases made and dropped, a dump and a restore: a few seconds, more on a busy machine.
const WHOLE_ROUND_MS = 120_000;

// The README's own lines, run here word for word by a shell in a folder of their own, so the
// page cannot drift from what is proven to work.
const README_DUMP = '(umask 077 && pg_dump -Fc --file=reconnect.dump "$DATABASE_URL")';
const README_RESTORE =
  'pg_restore --no-owner --exit-on-error --dbname="$RESTORED_URL" reconnect.dump';

/** Runs one of the README's lines with the PostgreSQL tools of this machine's /usr/bin. */
function shell(line: string, cwd: string, env: Record<string, string>) {
  return run("/bin/sh", ["-c", line], {
    cwd,
    env: { ...process.env, PATH: `/usr/bin:${process.env.PATH ?? ""}`, ...env },
  });
}

/** Every row of every table in the database, each table's rows in a stable order. */
async function everyRow(store: Store): Promise<Record<string, string[]>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(
    store.db,
  );
  const rows: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    const all = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(
      store.db,
    );
    rows[name] = all.rows.map((row) => JSON.stringify(row)).sort();
  }
  return rows;
}

/** The app as `reconnect start` builds it, on the given database, with a clock of its own. */
async function appOn(url: string, idPrefix: string) {
  const store = openPostgresStore(url);
  // What every start does first: a restored database must need nothing more.
  const { applied } = await migrateToLatest(store.db);
  const clock = frozenClock();
  const app = await buildApp(
    { store, now: clock.now, newId: sequentialIds(idPrefix) },
    { webRoot: "/nonexistent" },
  );
  return { store, app, applied };
}

async function signIn(app: FastifyInstance, person: { username: string; password: string }) {
  const client = new ApiClient(app);
  const answer = await client.post("/api/session", person);
  if (answer.statusCode !== 200) throw new Error(`sign-in failed: ${answer.body}`);
  return client;
}

/** A person's whole export, without the moment it was taken. */
async function exportOf(client: ApiClient) {
  const answer = await client.get("/api/export");
  expect(answer.statusCode).toBe(200);
  const { exportedAt: _at, ...rest } = answer.json();
  return rest;
}

describe("a PostgreSQL backup made with pg_dump restores with pg_restore", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-pg-backup-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the operator the commands this test runs", () => {
    const readme = readFileSync(README, "utf8");
    expect(readme).toContain(README_DUMP);
    expect(readme).toContain(README_RESTORE);
  });

  it(
    "dumps a live database, restores it into a fresh one, and every row is there again",
    async () => {
      const live = await createTestDatabase("reconnect_backup_live");
      const restored = await createTestDatabase("reconnect_backup_restored");
      const dump = path.join(dir, "reconnect.dump");
      try {
        let before: Record<string, string[]>;
        const exportsBefore: Record<string, unknown> = {};
        const original = await appOn(live.url, "live");
        try {
          const owner = new ApiClient(original.app);
          expect((await owner.post("/api/setup", OWNER)).statusCode).toBe(201);
          const invited = await owner.post("/api/invitations", {});
          expect(invited.statusCode).toBe(201);
          const robin = new ApiClient(original.app);
          const joined = await robin.post(
            `/api/invitations/${tokenOfLink(invited.json().url)}/accept`,
            ROBIN,
          );
          expect(joined.statusCode).toBe(201);
          await seedEverything(owner, "sam's");
          await seedEverything(robin, "robin's");
          // A wrong password and a right one: a failed sign-in, a known browser, the access log.
          const wrong = await new ApiClient(original.app).post("/api/session", {
            ...ROBIN,
            password: "not robin's password",
          });
          expect(wrong.statusCode).toBe(401);
          await signIn(original.app, ROBIN);
          // An invitation nobody has used yet is part of the server's state too.
          expect((await owner.post("/api/invitations", { role: "admin" })).statusCode).toBe(201);
          exportsBefore.sam = await exportOf(owner);
          exportsBefore.robin = await exportOf(robin);
          before = await everyRow(original.store);
        } finally {
          await original.app.close();
          await original.store.close();
        }
        // Every table holds something, so "every row again" covers every kind of row.
        const emptyTables = Object.entries(before)
          .filter(([, rows]) => rows.length === 0)
          .map(([table]) => table);
        expect(emptyTables).toEqual([]);
        expect(before.users).toHaveLength(2);
        expect(before.checkins).toHaveLength(6);

        await shell(README_DUMP, dir, { DATABASE_URL: live.url });
        expect(statSync(dump).size).toBeGreaterThan(0);
        // It holds every note: the owner of the file alone may read it.
        expect(statSync(dump).mode & 0o777).toBe(0o600);
        // Erased: the live database is gone, only the dump remains.
        await live.drop();
        await shell(README_RESTORE, dir, { RESTORED_URL: restored.url });

        const again = await appOn(restored.url, "restored");
        try {
          expect(again.applied).toEqual([]);
          expect(await everyRow(again.store)).toEqual(before);
          // And the app serves it as it was: both people sign in with their passwords, see
          // their own records whole, and never each other's.
          const sam = await signIn(again.app, OWNER);
          const robin = await signIn(again.app, ROBIN);
          expect(await exportOf(sam)).toEqual(exportsBefore.sam);
          expect(await exportOf(robin)).toEqual(exportsBefore.robin);
          const robinsDays = await robin.get("/api/checkins?from=2026-11-20&to=2026-11-22");
          expect(robinsDays.body).toContain("robin's note on 2026-11-22");
          expect(robinsDays.body).not.toContain("sam's");
        } finally {
          await again.app.close();
          await again.store.close();
        }
      } finally {
        await live.drop();
        await restored.drop();
      }
    },
    WHOLE_ROUND_MS,
  );
});
