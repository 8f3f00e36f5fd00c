import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backupCommand } from "./backup.command.js";
import { copyDatabase } from "./copy-database.js";

// A failing disk can't be brought about here (the spawned commands in test/api/cli-plain-errors
// cover every failure a test can cause), so SQLite's own failure is put in its place: the backup
// step fails as better-sqlite3 reports it, a plain SQLITE_IOERR, and reading the database again
// fails too when the disk under it is the failing one. Everything else is the real SQLite.
const disk = vi.hoisted(() => ({ copyFails: false, readFails: false }));

vi.mock("better-sqlite3", async (importOriginal) => {
  const { default: Database } = await importOriginal<{ default: typeof SQLite }>();
  const failure = (code: string) => Object.assign(new Error("disk I/O error"), { code });
  class FailingDisk extends Database {
    override backup(...args: Parameters<SQLite.Database["backup"]>) {
      if (disk.copyFails) return Promise.reject(failure("SQLITE_IOERR"));
      return super.backup(...args);
    }
    override pragma(...args: Parameters<SQLite.Database["pragma"]>) {
      if (disk.readFails) throw failure("SQLITE_IOERR_READ");
      return super.pragma(...args);
    }
  }
  return { default: FailingDisk };
});

describe("a disk failure while reconnect backup copies the database", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-copy-"));
  const dataDir = path.join(dir, "data");
  const source = path.join(dataDir, "reconnect.sqlite");
  const target = path.join(dir, "backup.sqlite");
  let said = "";

  beforeEach(() => {
    mkdirSync(dataDir, { recursive: true });
    const db = new SQLite(source);
    db.exec("CREATE TABLE IF NOT EXISTS notes (text TEXT); INSERT INTO notes VALUES ('kept');");
    db.close();
    rmSync(target, { force: true });
    said = "";
    vi.spyOn(process.stderr, "write").mockImplementation((text) => {
      said += String(text);
      return true;
    });
  });
  afterEach(() => {
    disk.copyFails = false;
    disk.readFails = false;
    vi.restoreAllMocks();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const backup = () => backupCommand({ DATA_DIR: dataDir }, [target]);

  it("copies whole when nothing fails", async () => {
    const copy = path.join(dir, "whole.sqlite");
    await copyDatabase(source, copy);
    const read = new SQLite(copy, { readonly: true });
    expect(read.prepare("SELECT text FROM notes").pluck().all()).toContain("kept");
    read.close();
    rmSync(copy);
  });

  it("names the database when it was the reading that failed", async () => {
    disk.copyFails = true;
    disk.readFails = true;
    vi.spyOn(process.stdout, "write").mockReturnValue(true);
    expect(await backup()).toBe(1);
    expect(said).toBe(
      `The disk failed while ${source} was read. Check the disk holding it (is it removed or failing?), then try again. No backup was written.\n`,
    );
    expect(said).not.toContain(target);
    expect(existsSync(target)).toBe(false);
  });

  it("names the backup when the database reads whole, so it was the writing", async () => {
    disk.copyFails = true;
    vi.spyOn(process.stdout, "write").mockReturnValue(true);
    expect(await backup()).toBe(1);
    expect(said).toBe(
      `The disk failed while ${target} was written. Check the disk (is it full, removed or failing?), then try again. No backup was written.\n`,
    );
    expect(existsSync(target)).toBe(false);
  });
});
