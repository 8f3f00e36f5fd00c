import { stdout } from "node:process";
import { configFromEnv } from "../server/config.js";
import { openMigratedStore } from "../server/db/open-store.js";

export async function migrateCommand(env: Record<string, string | undefined>): Promise<number> {
  const { store, applied } = await openMigratedStore(configFromEnv(env));
  try {
    stdout.write(
      applied.length ? `Applied ${applied.join(", ")}.\n` : "The database is already up to date.\n",
    );
    return 0;
  } finally {
    await store.close();
  }
}
