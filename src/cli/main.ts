import path from "node:path";
import { argv, env, exit, stderr, stdin, stdout } from "node:process";
import { shownName } from "../core/text/shown-name.js";
import { configFromEnv } from "../server/config.js";
import { SQLITE_FILE_NAME } from "../server/db/open-store.js";
import { backupCommand } from "./backup.command.js";
import { migrateCommand } from "./migrate.command.js";
import { resetPasswordCommand } from "./reset-password.command.js";
import { restoreCommand } from "./restore.command.js";
import { startCommand } from "./start.command.js";
import { type FilesInUse, systemProblem } from "./system-problem.js";
import { shownLines } from "./terminal-text.js";
import { trapsCommand } from "./traps.command.js";

const HELP = `Usage: reconnect <command>

Commands:
  start          Start Reconnect (HOST, PORT, DATA_DIR, DATABASE_URL from the environment)
  migrate        Apply pending database migrations, then exit
  backup FILE    Write a consistent copy of the SQLite database to FILE while it runs
  restore FILE   Put a backup back into an empty DATA_DIR, after checking it (SQLite)
  reset-password USERNAME
                 Give that account a new password, printed here, and end all its sessions
  traps          Read JSON lines {"id","text"} on stdin; write {"id","traps","crisis"} for each
  help [COMMAND] Show this help (as COMMAND --help does: each command's use is listed here)

Environment:
  HOST           Address to listen on (default 127.0.0.1)
  PORT           Port to listen on (default 3000)
  DATA_DIR       Folder for the SQLite database (default ./data)
  DATABASE_URL   postgres://… to use PostgreSQL instead of SQLite
  TRUST_PROXY    How many reverse proxies stand in front (true = 1; default none)
  PUBLIC_URL     The address people open when it is a name, e.g. https://reconnect.example
`;

interface Command {
  /** How many arguments it takes: one more is refused, as a mistyped command is. */
  takes: 0 | 1;
  run: (args: string[]) => Promise<number>;
}

const commands: Record<string, Command> = {
  start: { takes: 0, run: () => startCommand(env) },
  migrate: { takes: 0, run: () => migrateCommand(env) },
  backup: { takes: 1, run: (args) => backupCommand(env, args) },
  restore: { takes: 1, run: (args) => restoreCommand(env, args) },
  "reset-password": { takes: 1, run: (args) => resetPasswordCommand(env, args) },
  traps: { takes: 0, run: () => trapsCommand(stdin, stdout, stderr) },
};

/**
 * The command's arguments, or why they are not what it takes. An option is never a file or
 * account name here ("backup --bogus" would otherwise write a backup called --bogus); a name that
 * begins with "-" (an account may be called -sam) comes after "--", as for most commands.
 */
function argumentsOf(
  name: string,
  takes: number,
  given: string[],
): { args: string[] } | { problem: string } {
  const afterDashes = given[0] === "--";
  const args = afterDashes ? given.slice(1) : given;
  const option = afterDashes ? undefined : args.find((arg) => arg.startsWith("-"));
  if (option !== undefined) {
    const hint =
      takes === 0
        ? ""
        : ` A name that begins with "-" goes after "--": reconnect ${name} -- ${shownName(option)}`;
    return { problem: `"reconnect ${name}" has no option "${shownName(option)}".${hint}` };
  }
  const extra = args.slice(takes);
  if (extra.length === 0) return { args };
  const listed = extra.map((arg) => `"${shownName(arg)}"`).join(" ");
  return {
    problem:
      takes === 0
        ? `"reconnect ${name}" takes no arguments, but was given ${listed}.`
        : `"reconnect ${name}" takes one argument, but was also given ${listed}.`,
  };
}

/**
 * What start, migrate and reset-password use, for the failures that don't name it: the DATA_DIR
 * database (SQLite's errors name no file) and HOST. Nothing when the settings are wrong.
 */
function inUse(): FilesInUse {
  try {
    const config = configFromEnv(env);
    const database = config.databaseUrl ? undefined : path.join(config.dataDir, SQLITE_FILE_NAME);
    return { read: database, written: database, host: config.host };
  } catch {
    return {};
  }
}

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const asksHelp = (arg: string | undefined) => arg === "help" || arg === "--help" || arg === "-h";
  if (name === "help" && rest.length > 0) {
    // "help backup" shows what "backup --help" does: this help, where each command's use is one
    // line. A name that is no command is refused as "frobnicate --help" is, not hidden by help.
    const [asked = "", ...extra] = rest;
    if (!asksHelp(asked) && !Object.hasOwn(commands, asked)) {
      stderr.write(`Unknown command "${shownName(asked)}".\n\n${HELP}`);
      return 2;
    }
    if (extra.length > 0) {
      const listed = extra.map((arg) => `"${shownName(arg)}"`).join(" ");
      stderr.write(`"reconnect help" takes one command, but was also given ${listed}.\n\n${HELP}`);
      return 2;
    }
  }
  if (!name || asksHelp(name)) {
    stdout.write(HELP);
    return 0;
  }
  // Only the commands' own names: "constructor" or "toString" name what every object inherits.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    stderr.write(`Unknown command "${shownName(name)}".\n\n${HELP}`);
    return 2;
  }
  // "reconnect backup --help" asks how the command is used, as with most commands: the help,
  // and nothing run (never a backup written to a file called --help).
  if (rest[0] !== "--" && rest.some((arg) => arg === "--help" || arg === "-h")) {
    stdout.write(HELP);
    return 0;
  }
  const parsed = argumentsOf(name, command.takes, rest);
  if ("problem" in parsed) {
    stderr.write(`${parsed.problem}\n\n${HELP}`);
    return 2;
  }
  return command.run(parsed.args);
}

main(argv.slice(2)).then(
  (code) => {
    if (code !== 0) exit(code);
  },
  (error: unknown) => {
    // A missing folder, a file in the way, permission, a full or read-only disk, a port in use:
    // said in one sentence naming the path or port, not as Node's or SQLite's own message.
    const plain = systemProblem(error, inUse());
    stderr.write(
      `${plain ?? shownLines(error instanceof Error ? error.message : String(error))}\n`,
    );
    exit(1);
  },
);
