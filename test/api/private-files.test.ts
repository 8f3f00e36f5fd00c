import { execFile } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../src/server/db/migrate.js";
import { openSqliteStore, SQLITE_FILE_NAME } from "../../src/server/db/open-store.js";

const run = promisify(execFile);
const ROOT = new URL("../../", import.meta.url).pathname;
const modeOf = (file: string) => statSync(file).mode & 0o777;

describe("files that hold what people wrote stay private to the account that runs Reconnect", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-private-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("tightens an existing data folder that others could read to 0700", async () => {
    const dataDir = path.join(dir, "loose");
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    const store = openSqliteStore(path.join(dataDir, SQLITE_FILE_NAME));
    await migrateToLatest(store.db);
    await store.close();
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, SQLITE_FILE_NAME))).toBe(0o600);
  });

  it("writes `reconnect backup FILE` as 0600 even under a permissive umask", async () => {
    const dataDir = path.join(dir, "loose");
    const target = path.join(dir, "backup.sqlite");
    // The usual umask (022) would leave a new file readable by everyone.
    await run(
      "/bin/sh",
      [
        "-c",
        'umask 022 && exec "$0" --import tsx src/cli/main.ts backup "$1"',
        process.execPath,
        target,
      ],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } },
    );
    expect(modeOf(target)).toBe(0o600);
  });
});
