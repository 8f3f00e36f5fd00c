import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates/local-date.js";
import { mulberry32 } from "../../src/core/seeded-random.js";
import type { Engine } from "../../src/server/db/database.js";
import { OWNER } from "../support/api-client.js";
import { type SpawnedServer, spawnServer } from "../support/spawn-server.js";
import { createTestDatabase, engines } from "../support/stores.js";

const TRIALS = 20;
/** Writes kept in flight at once, so SQLite's group commit is caught with several open. */
const IN_FLIGHT = 4;
const FIRST_DAY = "2020-01-01";

/**
 * A fresh place for the server's data: a folder for SQLite, a new database for PostgreSQL.
 * Returns the environment for `reconnect start` and how to clean up.
 */
async function dataFor(
  engine: Engine,
): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-crash-"));
  if (engine === "sqlite") {
    return {
      env: { DATA_DIR: dir, DATABASE_URL: "" },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const database = await createTestDatabase("reconnect_crash");
  return {
    env: { DATA_DIR: dir, DATABASE_URL: database.url },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
      await database.drop();
    },
  };
}

interface Acknowledged {
  date: string;
  note: string;
}

/**
 * Sends check-ins one new day at a time, IN_FLIGHT at once, until the server dies; returns the
 * ones it answered 200 to. A write still waiting when the process is killed is not counted:
 * it may or may not have been kept, but only an acknowledged one is a promise.
 */
async function writeUntilKilled(
  server: SpawnedServer,
  cookie: string,
  nextDay: () => string,
  trial: number,
): Promise<Acknowledged[]> {
  const acknowledged: Acknowledged[] = [];
  let alive = true;
  const worker = async () => {
    while (alive) {
      const date = nextDay();
      const note = `trial ${trial}, day ${date}: still here`;
      try {
        const response = await fetch(`${server.url}/api/checkins/${date}`, {
          method: "PUT",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ mood: 5, note }),
        });
        if (response.status === 200) acknowledged.push({ date, note });
        else alive = false;
      } catch {
        alive = false;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return acknowledged;
}

async function notesKept(
  server: SpawnedServer,
  cookie: string,
  to: string,
): Promise<Map<string, string>> {
  const response = await fetch(`${server.url}/api/checkins?from=${FIRST_DAY}&to=${to}`, {
    headers: { cookie },
  });
  expect(response.status).toBe(200);
  const { checkins } = (await response.json()) as { checkins: { date: string; note?: string }[] };
  return new Map(checkins.map((c) => [c.date, c.note ?? ""]));
}

/**
 * The built program (`bin/reconnect.js` over dist/, what `npm start` runs), which `npm test`
 * builds before any test: forty starts through the TypeScript loader would cost most of this
 * test's time, and the built program is the one people run.
 */
const start = (env: Record<string, string>) => spawnServer(env, { built: true });

describe.each(engines)("crash trials on %s", (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it(`keeps every acknowledged write through ${TRIALS} kills with SIGKILL at a random moment`, async () => {
    const data = await dataFor(engine);
    cleanups.push(data.drop);
    // A fixed seed, printed on failure through the messages, so a failing run can be repeated.
    const seed = Number(process.env.CRASH_SEED ?? 20261203);
    const random = mulberry32(seed);
    let days = 0;
    const nextDay = () => addDays(FIRST_DAY, days++);
    const promised: Acknowledged[] = [];

    let server = await start(data.env);
    // However the test ends, no server is left running.
    cleanups.unshift(() => server.stop("SIGKILL"));
    const setup = await fetch(`${server.url}/api/setup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(OWNER),
    });
    expect(setup.status).toBe(201);
    const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

    for (let trial = 1; trial <= TRIALS; trial++) {
      const killAfterMs = 20 + Math.floor(random() * 180);
      const writing = writeUntilKilled(server, cookie, nextDay, trial);
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      await server.stop("SIGKILL");
      const acknowledged = await writing;
      promised.push(...acknowledged);

      // The restart is also the next trial's server.
      server = await start(data.env);
      const kept = await notesKept(server, cookie, addDays(FIRST_DAY, days));
      for (const { date, note } of promised) {
        expect(kept.get(date), `seed ${seed}, trial ${trial}: ${date} was acknowledged`).toBe(note);
      }
      // Anything kept beyond the promises is a write that was in flight, and whole.
      for (const [date, note] of kept) {
        expect(note, `seed ${seed}, trial ${trial}: ${date}`).toMatch(
          /^trial \d+, day \d{4}-\d\d-\d\d: still here$/,
        );
      }
    }
    await server.stop("SIGTERM");
    expect(promised.length).toBeGreaterThan(TRIALS);
  }, 240_000);
});
