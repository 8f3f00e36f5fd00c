import { stdout } from "node:process";
import { configFromEnv } from "../server/config.js";
import { migrateToLatest } from "../server/db/migrate.js";
import { openStore } from "../server/db/open-store.js";

export async function migrateCommand(env: Record<string, string | undefined>): Promise<number> {
  const store = openStore(configFromEnv(env));
  try {
    const { applied } = await migrateToLatest(store.db);
    stdout.write(
      applied.length ? `Applied ${applied.join(", ")}.\n` : "The database is already up to date.\n",
    );
    return 0;
  } finally {
    await store.close();
  }
}
