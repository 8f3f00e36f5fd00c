import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../src/server/db/migrate.js";
import { openSqliteStore } from "../../src/server/db/open-store.js";
import { OWNER } from "../support/api-client.js";
import { spawnServer } from "../support/spawn-server.js";

const run = promisify(execFile);
const ROOT = new URL("../../", import.meta.url).pathname;

function reconnect(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
}

/**
 * Runs the command and presses Ctrl-C (SIGINT) as soon as any of `files` holds a byte, that is
 * in the middle of its copy: what a person does who gives up on a long backup.
 */
async function interruptWhileCopying(args: string[], env: Record<string, string>, files: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  const exited = once(child, "exit");
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  while (child.exitCode === null && !files.some((file) => size(file) > 0)) await sleep(2);
  expect(child.exitCode, "the copy ended before it could be interrupted").toBeNull();
  child.kill("SIGINT");
  await exited;
}

/** A Reconnect database with some 150 MB in it: long enough to copy to be stopped part-way. */
async function largeDatabase(dataDir: string): Promise<void> {
  const store = openSqliteStore(path.join(dataDir, "reconnect.sqlite"));
  await migrateToLatest(store.db);
  await store.close();
  const db = new SQLite(path.join(dataDir, "reconnect.sqlite"));
  db.exec(
    "create table bulk (bytes blob); with recursive n(i) as (select 1 union all select i + 1 from n where i < 150) insert into bulk select randomblob(1000000) from n",
  );
  db.close();
}

describe("the reconnect command", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists its commands with --help", async () => {
    const { stdout } = await reconnect(["--help"]);
    for (const command of ["start", "migrate", "backup"]) expect(stdout).toContain(command);
  });

  it("shows for help COMMAND what COMMAND --help shows, and refuses a command it does not have", async () => {
    const general = (await reconnect(["--help"])).stdout;
    expect((await reconnect(["help", "backup"])).stdout).toBe(general);
    expect((await reconnect(["backup", "--help"])).stdout).toBe(general);
    expect(general).toContain("backup FILE");
    await expect(reconnect(["help", "frobnicate"])).rejects.toMatchObject({
      code: 2,
      stdout: "",
      stderr: expect.stringContaining('Unknown command "frobnicate"'),
    });
    await expect(reconnect(["help", "backup", "extra"])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('"reconnect help" takes one command'),
    });
  });

  it("refuses an unknown command with exit code 2", async () => {
    await expect(reconnect(["frobnicate"])).rejects.toMatchObject({ code: 2 });
  });

  it("refuses as unknown the names every object inherits, with exit code 2 and the help", async () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      await expect(reconnect([name]), name).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringContaining(`Unknown command "${name}"`),
      });
    }
  });

  it("refuses arguments and options a command does not take, with the usage, before doing anything", async () => {
    const dataDir = path.join(dir, "arguments");
    for (const args of [
      ["backup", "a", "b", "c"],
      ["backup", "--bogus"],
      ["restore", "a", "b"],
      ["reset-password", "sam", "extra"],
      ["reset-password", "-sam"],
      ["start", "--bogus"],
      ["migrate", "now"],
      ["traps", "x"],
    ]) {
      // A start that took no notice would run until stopped: the timeout ends it.
      const refused = await run(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: dataDir, PORT: "0" },
        timeout: 20_000,
      }).then(
        () => ({ code: 0, stderr: "" }),
        (error: { code: number | null; stderr: string }) => error,
      );
      expect(refused.code, args.join(" ")).toBe(2);
      expect(refused.stderr, args.join(" ")).toContain(`"reconnect ${args[0]}"`);
      expect(refused.stderr, args.join(" ")).toContain(`"${args.at(-1)}"`);
      expect(refused.stderr, args.join(" ")).toContain("Usage: reconnect <command>");
    }
    expect(existsSync(dataDir), "nothing was made").toBe(false);
    expect(existsSync(path.join(ROOT, "--bogus"))).toBe(false);
    // Asking a command for help shows it, and runs nothing.
    for (const args of [
      ["backup", "--help"],
      ["start", "-h"],
      ["reset-password", "sam", "--help"],
    ]) {
      const { stdout } = await reconnect(args, { DATA_DIR: dataDir });
      expect(stdout, args.join(" ")).toContain("Usage: reconnect <command>");
    }
    expect(existsSync(dataDir), "nothing was made").toBe(false);
    expect(existsSync(path.join(ROOT, "--help"))).toBe(false);
    // A name that begins with "-" is given after "--".
    await expect(
      reconnect(["reset-password", "--", "-sam"], { DATA_DIR: dataDir }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("There is no database") });
  }, 240_000);

  it("shows names it was given with control characters escaped, so none acts on the terminal", async () => {
    const CLEAR = "\u001b[2J";
    const SHOWN = "<U+001B>[2J";
    const quiet = (text: string) =>
      [...text].filter((char) => {
        const code = char.codePointAt(0) ?? 0;
        return char !== "\n" && (code < 0x20 || (code >= 0x7f && code <= 0x9f));
      });
    const refusal = async (args: string[], env: Record<string, string> = {}) => {
      const failed = await reconnect(args, env).then(
        () => ({ stdout: "", stderr: "" }),
        (error: { stdout: string; stderr: string }) => error,
      );
      expect(quiet(failed.stdout + failed.stderr), args.join(" ")).toEqual([]);
      expect(failed.stderr, args.join(" ")).toContain(SHOWN);
      return failed.stderr;
    };
    const dataDir = path.join(dir, "shown");
    await reconnect(["migrate"], { DATA_DIR: dataDir });

    await refusal([`${CLEAR}start`]);
    expect(await refusal(["reset-password", `${CLEAR}sam`], { DATA_DIR: dataDir })).toContain(
      `no account named "${SHOWN}sam"`,
    );
    await refusal(["reset-password", "sam"], { DATA_DIR: path.join(dir, `${CLEAR}none`) });
    await refusal(["restore", path.join(dir, `${CLEAR}backup.sqlite`)], {
      DATA_DIR: path.join(dir, "restored"),
    });
    await refusal(["backup", path.join(dir, "b.sqlite")], {
      DATA_DIR: path.join(dir, `${CLEAR}none`),
    });
    const taken = path.join(dir, `${CLEAR}taken.sqlite`);
    writeFileSync(taken, "");
    await refusal(["backup", taken], { DATA_DIR: dataDir });
  }, 120_000);

  it("creates the data folder and applies migrations, once", async () => {
    const dataDir = path.join(dir, "fresh", "data");
    expect((await reconnect(["migrate"], { DATA_DIR: dataDir })).stdout).toContain(
      "Applied 0001-initial",
    );
    expect((await reconnect(["migrate"], { DATA_DIR: dataDir })).stdout).toContain(
      "already up to date",
    );
  });

  it("lets several processes migrate one new SQLite file at once, each finishing", async () => {
    for (let round = 0; round < 2; round++) {
      const dataDir = path.join(dir, `together-${round}`);
      const answers = await Promise.all(
        [1, 2, 3].map(() => reconnect(["migrate"], { DATA_DIR: dataDir })),
      );
      const said = answers.map((answer) => answer.stdout);
      expect(said.filter((words) => words.startsWith("Applied 0001-initial"))).toHaveLength(1);
      expect(said.filter((words) => words.includes("already up to date"))).toHaveLength(2);
    }
  }, 180_000);

  it("backs up the live database to a consistent copy while the server runs", async () => {
    const dataDir = path.join(dir, "live");
    const server = await spawnServer({ DATA_DIR: dataDir });
    try {
      const setup = await fetch(`${server.url}/api/setup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(OWNER),
      });
      const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      await fetch(`${server.url}/api/checkins/2026-11-29`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ mood: 7, note: "kept in the backup" }),
      });
      const target = path.join(dir, "backup.sqlite");
      const { stdout } = await reconnect(["backup", target], { DATA_DIR: dataDir });
      expect(stdout).toContain("Backed up");

      const copy = new SQLite(target, { readonly: true });
      const row = copy.prepare("select mood, note from checkins").get();
      copy.close();
      expect(row).toEqual({ mood: 7, note: "kept in the backup" });

      await expect(reconnect(["backup", target], { DATA_DIR: dataDir })).rejects.toMatchObject({
        code: 1,
      });
      await expect(reconnect(["backup"], { DATA_DIR: dataDir })).rejects.toMatchObject({ code: 2 });
    } finally {
      await server.stop();
    }
  });

  it("leaves no file behind when the copy fails, so nothing passes for a backup", async () => {
    const dataDir = path.join(dir, "damaged");
    mkdirSync(dataDir);
    // Not a database at all: SQLite refuses it part-way through the copy.
    writeFileSync(path.join(dataDir, "reconnect.sqlite"), Buffer.alloc(64 * 1024, 0x5a));
    const target = path.join(dir, "failed-backup.sqlite");
    await expect(reconnect(["backup", target], { DATA_DIR: dataDir })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("No backup was written"),
    });
    expect(existsSync(target)).toBe(false);
  });

  it("leaves no file under the backup's name, nor in the data folder, when a copy is interrupted", async () => {
    const dataDir = path.join(dir, "large");
    await largeDatabase(dataDir);
    const target = path.join(dir, "interrupted-backup.sqlite");
    await interruptWhileCopying(["backup", target], { DATA_DIR: dataDir }, [
      target,
      `${target}.partial`,
    ]);
    expect(readdirSync(dir).filter((name) => name.startsWith("interrupted-backup"))).toEqual([]);
    // Nothing stands in the way of the next try, which makes a whole backup.
    expect((await reconnect(["backup", target], { DATA_DIR: dataDir })).stdout).toContain(
      "Backed up",
    );

    const restored = path.join(dir, "interrupted-restore");
    const file = path.join(restored, "reconnect.sqlite");
    await interruptWhileCopying(["restore", target], { DATA_DIR: restored }, [
      file,
      `${file}.partial`,
    ]);
    // An empty folder, to run the restore in again: no part of a database for a start to open.
    expect(readdirSync(restored)).toEqual([]);
    expect((await reconnect(["restore", target], { DATA_DIR: restored })).stdout).toContain(
      "Restored",
    );
    const copy = new SQLite(file, { readonly: true });
    expect(copy.prepare("select count(*) as n from bulk").get()).toEqual({ n: 150 });
    copy.close();
  }, 180_000);

  it("reads thoughts as JSON lines and answers each in order, skipping a bad line by number", async () => {
    const child = execFile(process.execPath, ["--import", "tsx", "src/cli/main.ts", "traps"], {
      cwd: ROOT,
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d) => {
      stdout += d;
    });
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    child.stdin?.end(
      [
        JSON.stringify({ id: "a", text: "I always ruin everything" }),
        "{not json",
        JSON.stringify({ id: 2, text: "Everyone would be better off without me" }),
        JSON.stringify({ id: "c", text: "" }),
        JSON.stringify({ id: "d", text: "I had soup for lunch" }),
      ].join("\n"),
    );
    expect(await exited).toBe(1);
    const answers = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(answers.map((a) => a.id)).toEqual(["a", 2, "d"]);
    expect(answers[0].traps.length).toBeGreaterThan(0);
    expect(answers[1].crisis).toBe(true);
    expect(answers[2]).toEqual({ id: "d", traps: [], crisis: false });
    expect(stderr).toContain("line 2");
    expect(stderr).toContain("line 4");
  });

  it("names a wrong setting instead of starting", async () => {
    await expect(reconnect(["migrate"], { PORT: "99999", DATA_DIR: dir })).rejects.toMatchObject({
      stderr: expect.stringContaining("PORT"),
    });
  });
});
