import { execFile } from "node:child_process";
import { once } from "node:events";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Run as someone else when the tests run as root, whom no permission stops.
const OTHER_USER = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** Runs the real command, and ends it after `timeout` ms (a start that should have refused). */
function reconnect(
  args: string[],
  env: Record<string, string> = {},
  options: { asOtherUser?: boolean; timeout?: number } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", ...args],
      {
        cwd: ROOT,
        env: { ...process.env, PORT: "0", ...env },
        timeout: options.timeout ?? 20_000,
        ...(options.asOtherUser ? OTHER_USER : {}),
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** One plain sentence (or a few) on one line: no error code, no stack, no raw Node message. */
function expectPlainRefusal(outcome: Outcome, ...mentions: string[]) {
  expect(outcome.code, outcome.stderr).toBe(1);
  const said = outcome.stderr.trimEnd();
  expect(said.split("\n"), said).toHaveLength(1);
  expect(said).not.toMatch(/\b(E[A-Z]{3,}|SQLITE_[A-Z_]+)\b|\n\s+at |file is not a database/);
  for (const mention of mentions) expect(said).toContain(mention);
}

describe("the reconnect command, when the system underneath says no", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-cli-plain-"));
  // Another user runs some commands here; they must be able to reach the folder.
  chmodSync(dir, 0o777);
  afterAll(() => {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });
  const aFile = path.join(dir, "a-file");
  writeFileSync(aFile, "not a folder\n");

  it("says that DATA_DIR is a file, or lies inside one, for every command that uses it", async () => {
    const inside = path.join(aFile, "data");
    for (const args of [["start"], ["migrate"], ["reset-password", "sam"]]) {
      expectPlainRefusal(await reconnect(args, { DATA_DIR: aFile }), aFile, "not a folder");
      expectPlainRefusal(await reconnect(args, { DATA_DIR: inside }), aFile, "not a folder");
    }
    const backup = path.join(dir, "never.sqlite");
    expectPlainRefusal(
      await reconnect(["backup", backup], { DATA_DIR: inside }),
      aFile,
      "not a folder",
      "No backup was written",
    );
    expect(existsSync(backup)).toBe(false);
  }, 240_000);

  it("says that the file in DATA_DIR is not a database, and leaves it as it was", async () => {
    const dataDir = path.join(dir, "not-a-database");
    mkdirSync(dataDir);
    const file = path.join(dataDir, "reconnect.sqlite");
    const bytes = Buffer.alloc(8192, 0x5a);
    writeFileSync(file, bytes);
    for (const args of [["start"], ["migrate"], ["reset-password", "sam"]]) {
      expectPlainRefusal(
        await reconnect(args, { DATA_DIR: dataDir }),
        file,
        "not a SQLite database",
      );
    }
    expectPlainRefusal(
      await reconnect(["backup", path.join(dir, "copy.sqlite")], { DATA_DIR: dataDir }),
      file,
      "not a SQLite database",
      "No backup was written",
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
  }, 240_000);

  it("names the folder that is missing, or the file in the way, of a backup or a restore", async () => {
    const dataDir = path.join(dir, "live");
    expect((await reconnect(["migrate"], { DATA_DIR: dataDir })).code).toBe(0);
    const missing = path.join(dir, "no-such-folder");
    expectPlainRefusal(
      await reconnect(["backup", path.join(missing, "b.sqlite")], { DATA_DIR: dataDir }),
      `There is no folder ${missing}`,
    );
    expectPlainRefusal(
      await reconnect(["backup", path.join(aFile, "b.sqlite")], { DATA_DIR: dataDir }),
      aFile,
      "not a folder",
    );
    const backup = path.join(dir, "good.sqlite");
    expect((await reconnect(["backup", backup], { DATA_DIR: dataDir })).code).toBe(0);
    expectPlainRefusal(
      await reconnect(["restore", backup], { DATA_DIR: path.join(aFile, "restored") }),
      aFile,
      "not a folder",
      "Nothing was restored",
    );
    expectPlainRefusal(await reconnect(["restore", dir], { DATA_DIR: missing }), dir, "folder");
  }, 240_000);

  it("says whose permission is missing, naming the folder or file", async () => {
    const closed = path.join(dir, "closed");
    mkdirSync(closed, { mode: 0o700 });
    chmodSync(closed, 0o000);
    try {
      for (const args of [["migrate"], ["start"], ["reset-password", "sam"]]) {
        expectPlainRefusal(
          await reconnect(args, { DATA_DIR: path.join(closed, "data") }, { asOtherUser: true }),
          closed,
          "permission denied",
        );
      }
      const open = path.join(dir, "open");
      expect((await reconnect(["migrate"], { DATA_DIR: open })).code).toBe(0);
      chmodSync(open, 0o755);
      chmodSync(path.join(open, "reconnect.sqlite"), 0o644);
      const target = path.join(closed, "b.sqlite");
      expectPlainRefusal(
        await reconnect(["backup", target], { DATA_DIR: open }, { asOtherUser: true }),
        target,
        "permission denied",
        "No backup was written",
      );
      const backup = path.join(dir, "for-restore.sqlite");
      expect((await reconnect(["backup", backup], { DATA_DIR: open })).code).toBe(0);
      chmodSync(backup, 0o644);
      expectPlainRefusal(
        await reconnect(
          ["restore", backup],
          { DATA_DIR: path.join(closed, "restored") },
          { asOtherUser: true },
        ),
        closed,
        "permission denied",
        "Nothing was restored",
      );
      chmodSync(backup, 0o600);
      expectPlainRefusal(
        await reconnect(
          ["restore", backup],
          { DATA_DIR: path.join(dir, "restored") },
          { asOtherUser: true },
        ),
        backup,
        "permission denied",
      );
    } finally {
      chmodSync(closed, 0o700);
    }
  }, 300_000);

  it("says that HOST is no address of this machine, naming it", async () => {
    // 192.0.2.1 is set aside for documentation: no machine has it. ".invalid" names never resolve.
    for (const host of ["192.0.2.1", "no-such-host.invalid"]) {
      expectPlainRefusal(
        await reconnect(["start"], { DATA_DIR: path.join(dir, "host"), HOST: host }),
        host,
        "Set HOST",
      );
    }
  }, 60_000);

  it("says that the port is taken, naming it, instead of Node's EADDRINUSE", async () => {
    const other = createServer();
    other.listen(0, "127.0.0.1");
    await once(other, "listening");
    const address = other.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      expectPlainRefusal(
        await reconnect(["start"], { DATA_DIR: path.join(dir, "port"), PORT: String(port) }),
        `port ${port} on 127.0.0.1`,
        "set PORT",
      );
    } finally {
      other.close();
    }
  }, 60_000);
});
