import { stdout } from "node:process";
import { shownName } from "../core/text/shown-name.js";
import { configFromEnv } from "../server/config.js";
import { startServer } from "../server/main.js";

export async function startCommand(env: Record<string, string | undefined>): Promise<number> {
  const config = configFromEnv(env);
  const server = await startServer(config);
  stdout.write(`Reconnect is running at ${server.url}\n`);
  stdout.write(
    config.databaseUrl
      ? "Data is kept in PostgreSQL.\n"
      : `Data is kept in ${shownName(config.dataDir)}. Nothing is sent anywhere.\n`,
  );
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Keep running: the listening server holds the process open until a signal arrives.
  return new Promise<number>(() => {});
}
