import path from "node:path";
import { argv, env, exit, stderr, stdin, stdout } from "node:process";
import { configFromEnv } from "../server/config.js";
import { SQLITE_FILE_NAME } from "../server/db/open-store.js";
import { backupCommand } from "./backup.command.js";
import { migrateCommand } from "./migrate.command.js";
import { resetPasswordCommand } from "./reset-password.command.js";
import { restoreCommand } from "./restore.command.js";
import { startCommand } from "./start.command.js";
import { systemProblem } from "./system-problem.js";
import { shown, shownLines } from "./terminal-text.js";
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
  help           Show this help

Environment:
  HOST           Address to listen on (default 127.0.0.1)
  PORT           Port to listen on (default 3000)
  DATA_DIR       Folder for the SQLite database (default ./data)
  DATABASE_URL   postgres://… to use PostgreSQL instead of SQLite
  TRUST_PROXY    How many reverse proxies stand in front (true = 1; default none)
  PUBLIC_URL     The address people open when it is a name, e.g. https://reconnect.example
`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  start: () => startCommand(env),
  migrate: () => migrateCommand(env),
  backup: (args) => backupCommand(env, args),
  restore: (args) => restoreCommand(env, args),
  "reset-password": (args) => resetPasswordCommand(env, args),
  traps: () => trapsCommand(stdin, stdout, stderr),
};

/**
 * The DATA_DIR database, which start, migrate and reset-password open: SQLite's errors name no
 * file, so it is named for them. Undefined when PostgreSQL is used or the settings are wrong.
 */
function dataDirDatabase(): string | undefined {
  try {
    const config = configFromEnv(env);
    return config.databaseUrl ? undefined : path.join(config.dataDir, SQLITE_FILE_NAME);
  } catch {
    return undefined;
  }
}

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    stdout.write(HELP);
    return 0;
  }
  // Only the commands' own names: "constructor" or "toString" name what every object inherits.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    stderr.write(`Unknown command "${shown(name)}".\n\n${HELP}`);
    return 2;
  }
  return command(rest);
}

main(argv.slice(2)).then(
  (code) => {
    if (code !== 0) exit(code);
  },
  (error: unknown) => {
    // A missing folder, a file in the way, permission, a full or read-only disk, a port in use:
    // said in one sentence naming the path or port, not as Node's or SQLite's own message.
    const database = dataDirDatabase();
    const plain = systemProblem(error, { read: database, written: database });
    stderr.write(
      `${plain ?? shownLines(error instanceof Error ? error.message : String(error))}\n`,
    );
    exit(1);
  },
);
