import { describe, expect, it } from "vitest";
import { systemProblem } from "./system-problem.js";

/** An error shaped as Node's fs and net modules and better-sqlite3 make them. */
function failure(code: string, fields: Record<string, string | number> = {}): Error {
  return Object.assign(new Error(`${code}: the system's own words`), { code, ...fields });
}

// A full or read-only disk needs a mount to bring about for real, which these tests cannot make;
// the spawned command is tested for every failure a test can cause (test/api/cli-plain-errors).
describe("a system failure said plainly", () => {
  it("names the file on a full or read-only disk, and what to do", () => {
    expect(systemProblem(failure("ENOSPC", { syscall: "write", path: "/backups/b.sqlite" }))).toBe(
      "The disk holding /backups/b.sqlite is full. Free some space, then try again.",
    );
    expect(systemProblem(failure("EROFS", { syscall: "open", path: "/media/b.sqlite" }))).toBe(
      "/media/b.sqlite is on a read-only disk. Choose a place on a disk that can be written to.",
    );
  });

  it("names the file SQLite was writing, which its errors leave out", () => {
    const files = { read: "/data/reconnect.sqlite", written: "/backups/b.sqlite" };
    expect(systemProblem(failure("SQLITE_FULL"), files)).toBe(
      "The disk holding /backups/b.sqlite is full. Free some space, then try again.",
    );
    expect(systemProblem(failure("SQLITE_READONLY"), files)).toContain(
      "/backups/b.sqlite can't be written",
    );
    expect(systemProblem(failure("SQLITE_NOTADB"), files)).toContain(
      "/data/reconnect.sqlite is not a SQLite database",
    );
  });

  it("names the side of a copy a disk failure was on, or both when nothing says which", () => {
    const files = { read: "/data/reconnect.sqlite", written: "/backups/b.sqlite" };
    const read = "The disk failed while /data/reconnect.sqlite was read.";
    const written = "The disk failed while /backups/b.sqlite was written.";
    expect(systemProblem(failure("SQLITE_IOERR_READ"), files)).toContain(read);
    expect(systemProblem(failure("SQLITE_IOERR_SHORT_READ"), files)).toContain(read);
    expect(systemProblem(failure("SQLITE_IOERR_WRITE"), files)).toContain(written);
    expect(systemProblem(failure("SQLITE_IOERR_FSYNC"), files)).toContain(written);
    // A backup's step says only SQLITE_IOERR; the copy finds the side (copy-database.ts).
    expect(systemProblem(failure("SQLITE_IOERR", { failed: "read" }), files)).toContain(read);
    expect(systemProblem(failure("SQLITE_IOERR", { failed: "written" }), files)).toContain(written);
    expect(systemProblem(failure("SQLITE_IOERR"), files)).toContain(
      "The disk failed while /data/reconnect.sqlite was read or /backups/b.sqlite written.",
    );
    // One database both read and written (start, migrate) is named once.
    const one = { read: "/data/reconnect.sqlite", written: "/data/reconnect.sqlite" };
    expect(systemProblem(failure("SQLITE_IOERR_LOCK"), one)).toContain(
      "The disk failed while /data/reconnect.sqlite was read or written.",
    );
  });

  it("names the file asked for, not the partial copy made first", () => {
    const files = { written: "/backups/b.sqlite" };
    const error = failure("ENOSPC", { syscall: "open", path: "/backups/b.sqlite.partial" });
    expect(systemProblem(error, files)).toContain("/backups/b.sqlite is full");
    expect(systemProblem(error, files)).not.toContain("partial");
  });

  it("shows names with control characters escaped, and never the system's own words", () => {
    const said = systemProblem(failure("EACCES", { syscall: "open", path: "/x/\u001b[2Jb" }));
    expect(said).toContain("/x/<U+001B>[2Jb");
    expect(said).not.toContain("\u001b");
    expect(said).not.toContain("the system's own words");
    const host = systemProblem(failure("EADDRNOTAVAIL", { syscall: "listen", address: "\u009b" }));
    expect(host).toContain("<U+009B> is not an address of this machine");
  });

  it("leaves any other failure to be said as it is", () => {
    expect(systemProblem(failure("ECONNRESET", { syscall: "read" }))).toBeNull();
    expect(
      systemProblem(new Error("Configuration problem: PORT must be a port number")),
    ).toBeNull();
    expect(systemProblem("not an error")).toBeNull();
    // A name that can't be found is HOST's only when it is HOST: a database host is said elsewhere.
    const lookup = failure("ENOTFOUND", { syscall: "getaddrinfo", hostname: "db.example" });
    expect(systemProblem(lookup, { host: "127.0.0.1" })).toBeNull();
    expect(systemProblem(lookup, { host: "db.example" })).toContain("HOST db.example");
  });
});
