import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase } from "../../test/support/stores.js";

// What the server benches that run once on each engine share: where each run keeps its data,
// and that none of it is left behind, whether the run ends well or not.

/** Where one engine's run keeps its data; `env` is what Reconnect starts with to use it. */
export type BenchEngine =
  | { engine: "sqlite"; label: "SQLite"; dataDir: string; env: Record<string, string> }
  | {
      engine: "postgres";
      label: "PostgreSQL";
      dataDir: string;
      databaseUrl: string;
      env: Record<string, string>;
    };

/**
 * Runs `run` on SQLite and then on PostgreSQL, or on those `BENCH_ENGINES` names
 * (`sqlite,postgres`), each with a data folder of its own, removed after; answers what each run
 * answered, in that order.
 */
export async function onEachEngine<T>(run: (engine: BenchEngine) => Promise<T>): Promise<T[]> {
  const engines = (process.env.BENCH_ENGINES ?? "sqlite,postgres").split(",");
  const results: T[] = [];
  if (engines.includes("sqlite")) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-bench-"));
    try {
      results.push(
        await run({ engine: "sqlite", label: "SQLite", dataDir, env: { DATA_DIR: dataDir } }),
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (engines.includes("postgres")) {
    // A database of its own, made here and dropped at the end, in the PostgreSQL the tests use.
    const database = await createTestDatabase("reconnect_bench");
    const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-bench-"));
    try {
      results.push(
        await run({
          engine: "postgres",
          label: "PostgreSQL",
          dataDir,
          databaseUrl: database.url,
          env: { DATA_DIR: dataDir, DATABASE_URL: database.url },
        }),
      );
    } finally {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return results;
}
