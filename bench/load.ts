import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { localDateOf } from "../src/core/dates/local-date.js";
import { type SpawnedServer, spawnServer } from "../test/support/spawn-server.js";
import { createTestDatabase } from "../test/support/stores.js";
import { startBareServer } from "./bare-server.js";
import { drive, percentile, type RunResult } from "./load-driver.js";
import { targetAt } from "./load-http.js";
import { joinMembers, type Member } from "./load-members.js";
import { type Memory, memoryOf } from "./load-memory.js";
import { SCREENS } from "./load-mix.js";

// `npm run bench:load`: many people on one server, doing what people do, for a bounded time and
// number of requests, on this computer's loopback only. Every figure is printed beside the same
// driver's figures against a bare node:http server in the same run, which shows what the load
// generator and loopback alone cost on this machine at that moment.
const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const SECONDS = number("LOAD_SECONDS", 60);
const MEMBERS = number("LOAD_MEMBERS", 200);
const CONCURRENCY = number("LOAD_CONCURRENCY", 32);
const HISTORY_DAYS = number("LOAD_HISTORY_DAYS", 21);
const MAX_REQUESTS = number("LOAD_MAX_REQUESTS", 1_000_000);
const ENGINES = (process.env.LOAD_ENGINES ?? "sqlite,postgres").split(",");
const BARE_SECONDS = Math.min(10, SECONDS);
// Untimed first: each server's code is compiled by V8 as it first runs, which is not what a
// server that has been up for a while spends its time on.
const WARM_UP_SECONDS = Math.min(5, SECONDS);
const SEED = 14;
const ERRORS_TARGET = 0;

const fixed = (value: number, digits = 1) => (Number.isNaN(value) ? "-" : value.toFixed(digits));

function runOptions(urls: readonly string[], members: readonly Member[], seconds: number) {
  return {
    targets: urls.map((url) => targetAt(url, CONCURRENCY)),
    members,
    screens: SCREENS,
    today: localDateOf(new Date()),
    concurrency: CONCURRENCY,
    seconds,
    maxRequests: MAX_REQUESTS,
    seed: SEED,
  };
}

function errorCount(result: RunResult): number {
  let count = 0;
  for (const byWhat of result.errors.values()) for (const n of byWhat.values()) count += n;
  return count;
}

function print(
  title: string,
  result: RunResult,
  warmUp: RunResult,
  bare: RunResult | undefined,
): void {
  const rate = result.requests / result.seconds;
  const bareRate = bare ? bare.requests / bare.seconds : Number.NaN;
  // A failure while warming up is a failure all the same.
  const errors = errorCount(result) + errorCount(warmUp);
  // The machine may be busy with other work: say how busy, as a figure to read the others by.
  console.log(`\n  ${title} (load average ${fixed(loadavg()[0] ?? Number.NaN, 2)} at the end)`);
  console.log(
    `    ${fixed(rate, 0)} req/s (${result.requests} requests in ${fixed(result.seconds)} s)   bare node:http, same driver: ${fixed(bareRate, 0)} req/s`,
  );
  console.log(
    `    errors: ${errors}   target: ${ERRORS_TARGET}   ${errors === ERRORS_TARGET ? "PASS" : "MISS"}`,
  );
  for (const run of [warmUp, result]) {
    for (const [route, byWhat] of run.errors) {
      for (const [what, n] of byWhat) console.log(`      ${route}: ${n} × ${what}`);
    }
  }
  console.log(
    `    ${"route".padEnd(28)} ${"count".padStart(7)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}   ${"bare p50".padStart(8)} ${"bare p99".padStart(8)}`,
  );
  for (const [route, times] of [...result.latencies].sort(([a], [b]) => a.localeCompare(b))) {
    const bareTimes = bare?.latencies.get(route) ?? [];
    console.log(
      `    ${route.padEnd(28)} ${String(times.length).padStart(7)} ${fixed(percentile(times, 0.5)).padStart(8)} ${fixed(percentile(times, 0.99)).padStart(8)}   ${fixed(percentile(bareTimes, 0.5)).padStart(8)} ${fixed(percentile(bareTimes, 0.99)).padStart(8)}`,
    );
  }
}

/** Each process's memory now, beside what it held when it had just started. */
function printMemory(servers: readonly SpawnedServer[], atStart: readonly Memory[]): void {
  servers.forEach((server, i) => {
    const pid = server.child.pid;
    if (pid === undefined) return;
    const { rssMiB, peakMiB } = memoryOf(pid);
    console.log(
      `    process ${i + 1} memory at the end: RSS ${fixed(rssMiB, 0)} MiB (peak ${fixed(peakMiB, 0)} MiB)   just started, before any member: ${fixed(atStart[i]?.rssMiB ?? Number.NaN, 0)} MiB`,
    );
  });
}

/** Members, seeded, then the timed run; the bare server takes the same mix for comparison. */
async function loadTest(title: string, servers: readonly SpawnedServer[]): Promise<void> {
  const urls = servers.map((server) => server.url);
  const atStart = servers.map((server) => memoryOf(server.child.pid ?? 0));
  const today = localDateOf(new Date());
  const joining = performance.now();
  const members = await joinMembers(runOptions(urls, [], 0).targets, MEMBERS, today, HISTORY_DAYS);
  console.log(
    `\n  ${title}: ${members.length} members invited, joined and given ${HISTORY_DAYS} days of check-ins in ${fixed((performance.now() - joining) / 1000)} s`,
  );
  // What the driver and loopback cost alone: a server that answers every request at once.
  const bare = await startBareServer(JSON.stringify({ suggestions: [], checkins: [] }));
  let bareResult: RunResult | undefined;
  try {
    await drive(runOptions([bare.url], members, WARM_UP_SECONDS));
    bareResult = await drive(runOptions([bare.url], members, BARE_SECONDS));
  } finally {
    bare.child.kill();
  }
  const warmUp = await drive(runOptions(urls, members, WARM_UP_SECONDS));
  const result = await drive(runOptions(urls, members, SECONDS));
  print(title, result, warmUp, bareResult);
  printMemory(servers, atStart);
  if (errorCount(result) + errorCount(warmUp) > 0) process.exitCode = 1;
}

async function onSqlite(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-load-"));
  const server = await spawnServer({ DATA_DIR: dataDir }, { built: true });
  try {
    await loadTest("SQLite, one process", [server]);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<void> {
  const database = await createTestDatabase("reconnect_load");
  const servers: SpawnedServer[] = [];
  try {
    // One after the other: the first applies the migrations, the second finds them done.
    for (let i = 0; i < 2; i++) {
      servers.push(await spawnServer({ DATABASE_URL: database.url }, { built: true }));
    }
    await loadTest("PostgreSQL, two processes (requests alternate between them)", servers);
  } finally {
    for (const server of servers) await server.stop();
    await database.drop();
  }
}

console.log(
  `\nLoad (${MEMBERS} members each signed in, ${CONCURRENCY} requests in flight at most, ${SECONDS} s, at most ${MAX_REQUESTS} requests, after ${WARM_UP_SECONDS} s untimed; the bare server gets ${BARE_SECONDS} s of the same mix)`,
);
console.log(
  `  mix: ${SCREENS.map((screen) => `${screen.name} ${screen.weight}%`).join(", ")}; the driver in this process, each server in its own`,
);
if (ENGINES.includes("sqlite")) await onSqlite();
if (ENGINES.includes("postgres")) await onPostgres();
