import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates/local-date.js";
import { mulberry32 } from "../../src/core/insights/random.js";
import type { Engine } from "../../src/server/db/database.js";
import { OWNER } from "../support/api-client.js";
import { engines, TEST_POSTGRES_URL } from "../support/stores.js";

const TRIALS = 20;
/** Writes kept in flight at once, so SQLite's group commit is caught with several open. */
const IN_FLIGHT = 4;
const FIRST_DAY = "2020-01-01";
const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * The program `reconnect start` runs, bundled once into plain JavaScript (the same esbuild that
 * tsx uses): forty starts through the TypeScript loader would cost most of this test's time.
 * Kept under node_modules so the bundle finds the same installed packages as the source does.
 */
function bundleProgram(): string {
  const dir = mkdtempSync(path.join(ROOT, "node_modules", ".cache-crash-"));
  const outfile = path.join(dir, "reconnect.mjs");
  buildSync({
    entryPoints: [path.join(ROOT, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

interface Server {
  url: string;
  child: ChildProcess;
}

async function start(program: string, env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, [program, "start"], {
    cwd: ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { url, child };
}

async function stop(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = once(server.child, "exit");
  server.child.kill(signal);
  await exited;
}

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
  const name = `reconnect_crash_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dir, DATABASE_URL: url.toString() },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
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
  server: Server,
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

async function notesKept(server: Server, cookie: string, to: string): Promise<Map<string, string>> {
  const response = await fetch(`${server.url}/api/checkins?from=${FIRST_DAY}&to=${to}`, {
    headers: { cookie },
  });
  expect(response.status).toBe(200);
  const { checkins } = (await response.json()) as { checkins: { date: string; note?: string }[] };
  return new Map(checkins.map((c) => [c.date, c.note ?? ""]));
}

let program = "";
beforeAll(() => {
  program = bundleProgram();
});
afterAll(() => {
  if (program) rmSync(path.dirname(program), { recursive: true, force: true });
});

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

    let server = await start(program, data.env);
    // However the test ends, no server is left running.
    cleanups.unshift(() => stop(server, "SIGKILL"));
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
      await stop(server, "SIGKILL");
      const acknowledged = await writing;
      promised.push(...acknowledged);

      // The restart is also the next trial's server.
      server = await start(program, data.env);
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
    await stop(server, "SIGTERM");
    expect(promised.length).toBeGreaterThan(TRIALS);
  }, 240_000);
});
