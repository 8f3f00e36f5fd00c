import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
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

describe("the reconnect command", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists its commands with --help", async () => {
    const { stdout } = await reconnect(["--help"]);
    for (const command of ["start", "migrate", "backup"]) expect(stdout).toContain(command);
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

  it("creates the data folder and applies migrations, once", async () => {
    const dataDir = path.join(dir, "fresh", "data");
    expect((await reconnect(["migrate"], { DATA_DIR: dataDir })).stdout).toContain(
      "Applied 0001-initial",
    );
    expect((await reconnect(["migrate"], { DATA_DIR: dataDir })).stdout).toContain(
      "already up to date",
    );
  });

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
