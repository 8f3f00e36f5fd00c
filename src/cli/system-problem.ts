import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import { shownName } from "../core/text/shown-name.js";

/** The files a step reads and writes: SQLite's errors name no file, so the step names them. */
export interface FilesInUse {
  /** The database being opened or read (DATA_DIR's, or the backup a restore reads). */
  read?: string;
  /** The file being written (a backup, or a restore's database); its `.partial` stands for it. */
  written?: string;
  /** HOST, which start listens on: a name that can't be found is said to be HOST's only then. */
  host?: string;
}

interface SystemError {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
  address?: string;
  port?: number;
  hostname?: string;
  /** Which side a disk failure was found on, when SQLite's code does not say (copy-database.ts). */
  failed?: unknown;
}

function systemError(error: unknown): SystemError | null {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") {
    return null;
  }
  return error as Error & SystemError;
}

const RUN_AS_OWNER =
  "Run Reconnect as the user who owns it, or give that user access (chmod or chown)";

/**
 * One plain sentence, naming the path or port and what to do, for a failure of the system
 * underneath (a missing folder, a file in the way, permission, a read-only or full disk, a port
 * in use, a file that is not a database), or null when the error is none of these. Every name in
 * it is `shownName`; it never quotes the error's own message, which may be long or hold a secret.
 */
export function systemProblem(error: unknown, files: FilesInUse = {}): string | null {
  const found = systemError(error);
  if (!found) return null;
  const { code } = found;
  if (found.syscall === "listen" || found.syscall === "bind") return listenProblem(found);
  if (found.syscall === "getaddrinfo" && found.hostname === files.host) {
    return `HOST ${shownName(found.hostname ?? "")} is not a name this machine can find. Set HOST to one of its addresses (the default, 127.0.0.1, is this machine only).`;
  }
  if (code.startsWith("SQLITE_")) return sqliteProblem(code, files, found.failed);
  const raw = found.path ?? found.dest;
  if (raw === undefined) return null;
  const named =
    files.written !== undefined && raw === `${files.written}.partial` ? files.written : raw;
  const name = shownName(named);
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return missingProblem(named, code, found.syscall);
    case "EEXIST":
      return found.syscall === "mkdir" ? `${name} is a file, not a folder. ${CHECK_PATH}.` : null;
    case "EISDIR":
      return `${name} is a folder, not a file. Name a file.`;
    case "EACCES":
    case "EPERM":
      return `The user running Reconnect is not allowed to use ${name} (permission denied). ${RUN_AS_OWNER}.`;
    case "EROFS":
      return `${name} is on a read-only disk. Choose a place on a disk that can be written to.`;
    case "ENOSPC":
    case "EDQUOT":
      return `The disk holding ${name} is full. Free some space, then try again.`;
    default:
      return null;
  }
}

const CHECK_PATH = "Check the path (and DATA_DIR, if it is the data folder)";

/**
 * For ENOENT and ENOTDIR: the first part of `target` that is missing, or that is a file where a
 * folder is needed, so the sentence names what to fix rather than the whole path.
 */
function missingProblem(target: string, code: string, syscall: string | undefined): string {
  const parts: string[] = [];
  for (let at = path.resolve(target); ; at = path.dirname(at)) {
    parts.unshift(at);
    if (path.dirname(at) === at) break;
  }
  for (const [index, part] of parts.entries()) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(part, { throwIfNoEntry: false });
    } catch {
      return `The user running Reconnect is not allowed to look inside ${shownName(path.dirname(part))} (permission denied). ${RUN_AS_OWNER}.`;
    }
    const last = index === parts.length - 1;
    if (!stat) {
      // Node's recursive mkdir reports a read-only disk as ENOENT, which would read as "create
      // it first": the folder it should have been made in says which it was.
      if (syscall === "mkdir" && readOnly(path.dirname(part))) {
        return `${shownName(part)} can't be made: ${shownName(path.dirname(part))} is on a read-only disk. Choose a place on a disk that can be written to.`;
      }
      return last
        ? `There is no file or folder ${shownName(part)}. ${CHECK_PATH}.`
        : `There is no folder ${shownName(part)}. Create it first, or correct the path.`;
    }
    if ((!last || code === "ENOTDIR") && !stat.isDirectory()) {
      const so = last ? "" : `, so ${shownName(target)} can't be used`;
      return `${shownName(part)} is a file, not a folder${so}. ${CHECK_PATH}.`;
    }
  }
  return `${shownName(target)} could not be found. ${CHECK_PATH}.`;
}

function readOnly(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return false;
  } catch (error) {
    return systemError(error)?.code === "EROFS";
  }
}

function sqliteProblem(code: string, files: FilesInUse, failed: unknown): string | null {
  const read = files.read === undefined ? "the database" : shownName(files.read);
  const written = files.written === undefined ? read : shownName(files.written);
  if (code === "SQLITE_NOTADB") {
    return `${read} is not a SQLite database. Check DATA_DIR (or the file named), or restore a backup into an empty data folder.`;
  }
  if (code.startsWith("SQLITE_CORRUPT")) {
    return `${read} is damaged. Restore a backup into an empty data folder (reconnect restore).`;
  }
  if (code.startsWith("SQLITE_CANTOPEN")) {
    return `${read} can't be opened: the user running Reconnect may not read or write it or its folder. ${RUN_AS_OWNER}.`;
  }
  if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_PERM" || code === "SQLITE_AUTH") {
    return `${written} can't be written: it, its folder or its disk is read-only for the user running Reconnect. ${RUN_AS_OWNER}, or choose a disk that can be written to.`;
  }
  if (code === "SQLITE_FULL") {
    return `The disk holding ${written} is full. Free some space, then try again.`;
  }
  if (code.startsWith("SQLITE_IOERR")) {
    const side = diskSide(code) ?? (failed === "read" || failed === "written" ? failed : undefined);
    if (side === "read") {
      return `The disk failed while ${read} was read. Check the disk holding it (is it removed or failing?), then try again.`;
    }
    const either =
      written === read ? `${read} was read or written` : `${read} was read or ${written} written`;
    const what = side === "written" ? `${written} was written` : either;
    return `The disk failed while ${what}. Check the disk (is it full, removed or failing?), then try again.`;
  }
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return `${read} stayed locked by another program. Stop whatever else is using it, then try again.`;
  }
  return null;
}

/**
 * Which side SQLite's extended code says a disk failure was on, or undefined when it does not
 * (a lock, a close, a shared-memory file, or a plain SQLITE_IOERR, as a backup's step reports).
 */
function diskSide(code: string): "read" | "written" | undefined {
  const kind = code.slice("SQLITE_IOERR_".length);
  if (["READ", "SHORT_READ", "IN_PAGE", "DATA", "CORRUPTFS", "MMAP"].includes(kind)) return "read";
  if (
    ["WRITE", "FSYNC", "DIR_FSYNC", "TRUNCATE", "DELETE", "COMMIT_ATOMIC", "BEGIN_ATOMIC"].includes(
      kind,
    )
  ) {
    return "written";
  }
  return undefined;
}

function listenProblem(error: SystemError): string | null {
  const host = shownName(error.address ?? "the address");
  const port = error.port === undefined ? "the port" : `port ${error.port}`;
  switch (error.code) {
    case "EADDRINUSE":
      return `Another program (perhaps Reconnect itself) is already using ${port} on ${host}. Stop it, or set PORT to a free port.`;
    case "EACCES":
    case "EPERM":
      return `Only an administrator may listen on ${port} on ${host} here. Set PORT to 1024 or above (the default is 3000).`;
    case "EADDRNOTAVAIL":
      return `${host} is not an address of this machine. Set HOST to one of its addresses (the default, 127.0.0.1, is this machine only).`;
    default:
      return null;
  }
}
