import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { restoreCommand } from "../../src/cli/restore.command.js";
import { buildApp } from "../../src/server/app.js";
import { migrateToLatest, migrateUpTo } from "../../src/server/db/migrate.js";
import { openSqliteStore } from "../../src/server/db/open-store.js";
import { ApiClient, OWNER } from "../support/api-client.js";
import { inviteAndJoin } from "../support/invite.js";
import { createTestApp } from "../support/test-app.js";
import { sequentialIds, testContext } from "../support/test-context.js";

const run = promisify(execFile);
const ROOT = new URL("../../", import.meta.url).pathname;
const ROBIN = { username: "robin", password: "robin's own password" };
// Each run of the command is a new Node process compiling TypeScript: seconds on a busy machine.
const SPAWNING_MS = 180_000;

function reconnect(args: string[], env: Record<string, string>) {
  return run(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
}

/** Every row of every table, in a stable order: what "see every row again" compares. */
function everyRow(file: string): Record<string, unknown[]> {
  const db = new SQLite(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], string>(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all();
    return Object.fromEntries(
      tables.map((table) => [
        table,
        db
          .prepare(`select * from "${table}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

/** The command run in this process, for the refusals: its exit code and what it told stderr. */
async function restoreInProcess(file: string, dataDir: string) {
  let said = "";
  const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    said += String(chunk);
    return true;
  });
  try {
    return { code: await restoreCommand({ DATA_DIR: dataDir }, file ? [file] : []), said };
  } finally {
    write.mockRestore();
  }
}

describe("restoring a SQLite backup", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-restore-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const backup = path.join(dir, "backup.sqlite");

  it(
    "backs up, erases, restores into an empty folder, and every row is there again",
    async () => {
      const t = await createTestApp("sqlite");
      const liveDir = path.dirname(t.store.file ?? "");
      let before: Record<string, unknown[]>;
      try {
        const owner = await t.owner();
        const robin = await inviteAndJoin(t, owner, ROBIN);
        await owner.put("/api/checkins/2026-11-28", { mood: 6, note: "the owner's day" });
        await robin.put("/api/checkins/2026-11-29", {
          mood: 3,
          note: "robin's day",
          connections: [{ name: "Jo", mode: "call" }],
        });
        await robin.post("/api/thoughts", { thought: "They'll all be bored of me" });
        await robin.put("/api/safety-plan", { reasonsForLiving: ["my sister"] });
        await owner.post("/api/invitations", {});
        expect((await reconnect(["backup", backup], { DATA_DIR: liveDir })).stdout).toContain(
          "Backed up",
        );
        expect(statSync(backup).mode & 0o777).toBe(0o600);
        before = everyRow(t.store.file ?? "");
      } finally {
        // Erased: the data folder and everything in it are gone.
        await t.close();
      }
      expect(before.checkins).toHaveLength(2);
      expect(before.users).toHaveLength(2);

      const restoredDir = path.join(dir, "data");
      const { stdout } = await reconnect(["restore", backup], { DATA_DIR: restoredDir });
      expect(stdout).toContain("Restored");
      const file = path.join(restoredDir, "reconnect.sqlite");
      expect(statSync(restoredDir).mode & 0o777).toBe(0o700);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(everyRow(file)).toEqual(before);

      // And the app opens it as it was: both people sign in to their own days.
      const store = openSqliteStore(file);
      // A server of its own, as after a real restore: its ids must not start again where the
      // first one's did (a real server's are random), or its first new row meets a restored one.
      const app = await buildApp(
        { ...testContext(store), newId: sequentialIds("restored") },
        { webRoot: "/nonexistent" },
      );
      try {
        const owner = new ApiClient(app);
        expect((await owner.post("/api/session", OWNER)).statusCode).toBe(200);
        const robin = new ApiClient(app);
        expect((await robin.post("/api/session", ROBIN)).statusCode).toBe(200);
        const days = await robin.get("/api/checkins?from=2026-11-28&to=2026-11-29");
        expect(days.body).toContain("robin's day");
        expect(days.body).not.toContain("the owner's day");
      } finally {
        await app.close();
        await store.close();
      }

      // Never over data that is there: the folder now holds a database, used since.
      const used = everyRow(file);
      expect(await restoreInProcess(backup, restoredDir)).toEqual({
        code: 1,
        said: expect.stringContaining("is not empty"),
      });
      expect(everyRow(file)).toEqual(used);
    },
    SPAWNING_MS,
  );

  it("refuses a file that is not a Reconnect database, and writes nothing", async () => {
    const text = path.join(dir, "notes.txt");
    writeFileSync(text, "not a database at all, just some words\n".repeat(100));
    const other = path.join(dir, "other.sqlite");
    const db = new SQLite(other);
    db.exec("create table recipes (name text)");
    db.close();
    for (const [file, words] of [
      [text, "can't"],
      [other, "not one Reconnect made"],
      [path.join(dir, "missing.sqlite"), "no file"],
    ] as const) {
      const target = path.join(dir, `empty-${path.basename(file)}`);
      expect(await restoreInProcess(file, target)).toEqual({
        code: 1,
        said: expect.stringContaining(words),
      });
      expect(() => readdirSync(target)).toThrow();
    }
    expect((await restoreInProcess("", dir)).code).toBe(2);
  });

  /** A database as this Reconnect makes it, migrated up to `last` (all of them by default). */
  async function madeDatabase(name: string, last?: string): Promise<string> {
    const file = path.join(dir, name, "reconnect.sqlite");
    const store = openSqliteStore(file);
    await (last === undefined ? migrateToLatest(store.db) : migrateUpTo(store.db, last));
    await store.close();
    return file;
  }

  /** Refused with `words`, exit code 1, and no data folder made. */
  async function expectRefused(file: string, words: string): Promise<void> {
    const target = path.join(dir, `empty-${path.basename(file)}`);
    expect(await restoreInProcess(file, target)).toEqual({
      code: 1,
      said: expect.stringContaining(words),
    });
    expect(() => readdirSync(target)).toThrow();
  }

  it("refuses a Reconnect database holding triggers or views it did not make, or lacking its own", async () => {
    const made = await madeDatabase("made-code");
    const bytes = readFileSync(made);
    const variant = (name: string, change: (db: SQLite.Database) => void) => {
      const file = path.join(dir, `${name}.sqlite`);
      writeFileSync(file, bytes);
      const db = new SQLite(file);
      change(db);
      db.close();
      return file;
    };
    // Someone else's code, run on every save once the file is Reconnect's database again.
    const copying = variant("copying", (db) => {
      db.exec("create table kept (note text)");
      db.exec(
        "create trigger keep_notes after insert on checkins begin insert into kept values (new.note); end",
      );
    });
    const viewed = variant("viewed", (db) =>
      db.exec("create view everyone as select * from users"),
    );
    // The check-ins counter's own trigger gone: cached reads would never see a new check-in.
    const stripped = variant("stripped", (db) => {
      const names = db
        .prepare<[], string>("select name from sqlite_master where type = 'trigger'")
        .pluck()
        .all();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) db.exec(`drop trigger "${name}"`);
    });
    await expectRefused(copying, "database code Reconnect did not write (trigger keep_notes)");
    await expectRefused(viewed, "database code Reconnect did not write (view everyone)");
    await expectRefused(stripped, "lacks database code Reconnect needs (trigger ");
    // Tables, columns and indexes taken away by hand: restored, every request reading them
    // would fail with a 500 from then on.
    const dropped = variant("dropped", (db) => {
      db.exec("alter table checkins drop column note");
      db.exec("drop table reminder_settings");
    });
    const unindexed = variant("unindexed", (db) => {
      const index = db
        .prepare<[], string>(
          "select name from sqlite_master where type = 'index' and sql is not null",
        )
        .pluck()
        .get();
      expect(index).toBeDefined();
      db.exec(`drop index "${index}"`);
    });
    await expectRefused(
      dropped,
      "lacks parts of the database Reconnect needs (column checkins.note, table reminder_settings, ",
    );
    await expectRefused(unindexed, "lacks parts of the database Reconnect needs (index ");
    // The same file as made restores, and so does one an older Reconnect made, before the
    // counter's trigger existed and after.
    expect((await restoreInProcess(made, path.join(dir, "empty-made-code"))).code).toBe(0);
    for (const last of ["0011-reminders", "0012-checkins-version"]) {
      const older = await madeDatabase(`older-${last}`, last);
      expect((await restoreInProcess(older, path.join(dir, `empty-${last}`))).code, last).toBe(0);
    }
  });

  it("refuses a backup edited with foreign keys off, whose rows belong to no account", async () => {
    const made = await madeDatabase("made-orphans");
    const db = new SQLite(made);
    db.pragma("foreign_keys = off");
    db.prepare("insert into safety_plans (user_id, plan, updated_at) values (?, ?, ?)").run(
      "an-account-long-gone",
      "{}",
      "2026-11-29T10:00:00.000Z",
    );
    for (const token of ["a", "b"]) {
      db.prepare(
        "insert into sessions (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)",
      ).run(token, "an-account-long-gone", "2026-11-29T10:00:00.000Z", "2026-12-29T10:00:00.000Z");
    }
    db.close();
    await expectRefused(made, "table safety_plans: 1 row whose users row is missing");
    await expectRefused(made, "table sessions: 2 rows whose users row is missing");
    await expectRefused(made, "Nothing was changed");
  });

  it("refuses a Reconnect database that is damaged or from a newer Reconnect", async () => {
    const made = await madeDatabase("made");
    // Cut short, as a copy interrupted half way would be: the header is whole, the pages not.
    const bytes = readFileSync(made);
    const cut = path.join(dir, "cut.sqlite");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    // A migration this Reconnect has never heard of: its tables could mean anything.
    const newer = path.join(dir, "newer.sqlite");
    writeFileSync(newer, bytes);
    const db = new SQLite(newer);
    db.prepare("insert into kysely_migration (name, timestamp) values (?, ?)").run(
      "9999-from-the-future",
      "2027-01-01T00:00:00.000Z",
    );
    db.close();
    await expectRefused(cut, "can't be read as a SQLite database");
    await expectRefused(newer, "made by a newer Reconnect (9999-from-the-future)");
  });
});
