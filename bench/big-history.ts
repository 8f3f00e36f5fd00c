import { availableParallelism, loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import type { Engine } from "../src/server/db/database.js";
import { engines } from "../test/support/stores.js";
import { createTestApp, type TestApp } from "../test/support/test-app.js";
import { lifeExport } from "./ten-years.js";

/**
 * Five years of one person (`bench/ten-years.ts`'s life, 1,826 days), and what their heavy
 * downloads cost everyone else on the same server: for each CSV kind and the insights, the
 * whole request's time, the longest stretch in which the event loop did not turn (a
 * `setImmediate` ticker counts the gaps), and the longest another person's small request
 * (`GET /api/session` of a member, sent every few milliseconds) waited for its answer meanwhile.
 * Each is printed next to what it is measured against, taken in the same process: a plain read
 * of the same rows, and the same small request on an idle server. In process (`app.inject`), so
 * the ticker shares the thread the routes run on. Run: `node --import tsx bench/big-history.ts`.
 */

const BLOCK_TARGET_MS = 50;
const WAIT_TARGET_MS = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARM_UP = 1;
/** Five years, in the same proportions as the ten-year life. */
const FIVE_YEARS = { days: 1826, thoughts: 250, plans: 2500, people: 50 };
/** The day the life ends on, as the person's browser would send it. */
const TODAY = "2026-11-28";
const SMALL_EVERY_MS = 2;

const ROUTES = [
  "/api/export/csv?kind=checkins",
  "/api/export/csv?kind=plans",
  "/api/export/csv?kind=thoughts&text=1",
  "/api/export/csv?kind=questionnaires",
  `/api/insights?to=${TODAY}`,
] as const;

interface Run {
  ms: number;
  /** The longest gap between two turns of the event loop while the request ran. */
  blockMs: number;
  /** The process's CPU time in that gap: on a crowded machine a gap grows while the CPU stays. */
  blockCpuMs: number;
  /** The longest another person's small request took to be answered meanwhile. */
  waitMs: number;
  bytes: number;
}

function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

async function get(t: TestApp, url: string, cookie: string | undefined) {
  const response = await t.app.inject({ method: "GET", url, headers: { cookie: cookie ?? "" } });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
  return response;
}

/** One heavy request, with the ticker and another person's small requests running beside it. */
async function measured(
  t: TestApp,
  url: string,
  owner: string | undefined,
  member: string | undefined,
): Promise<Run> {
  let running = true;
  let blockMs = 0;
  let blockCpuMs = 0;
  let last = performance.now();
  let lastCpu = cpuMs();
  const turn = () => {
    const now = performance.now();
    const cpu = cpuMs();
    if (now - last > blockMs) {
      blockMs = now - last;
      blockCpuMs = cpu - lastCpu;
    }
    last = now;
    lastCpu = cpu;
    if (running) setImmediate(turn);
  };
  let waitMs = 0;
  const small = (async () => {
    while (running) {
      const sent = performance.now();
      await get(t, "/api/session", member);
      waitMs = Math.max(waitMs, performance.now() - sent);
      await sleep(SMALL_EVERY_MS);
    }
  })();
  setImmediate(turn);
  const started = performance.now();
  const response = await get(t, url, owner);
  const ms = performance.now() - started;
  running = false;
  await small;
  return { ms, blockMs, blockCpuMs, waitMs, bytes: response.rawPayload.length };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function repeated(work: () => Promise<Run>): Promise<Run & { worstBlockMs: number }> {
  for (let i = 0; i < WARM_UP; i += 1) await work();
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await work());
  return {
    ms: median(runs.map((r) => r.ms)),
    blockMs: median(runs.map((r) => r.blockMs)),
    blockCpuMs: median(runs.map((r) => r.blockCpuMs)),
    worstBlockMs: Math.max(...runs.map((r) => r.blockMs)),
    waitMs: median(runs.map((r) => r.waitMs)),
    bytes: runs[0]?.bytes ?? 0,
  };
}

/** The person's rows the routes read, one plain `select *` per table: the floor for their time. */
async function plainRead(t: TestApp, userId: string): Promise<Run> {
  const started = performance.now();
  let rows = 0;
  for (const table of ["checkins", "planned_activities", "thought_records", "assessments"] as const)
    rows += (await t.store.db.selectFrom(table).selectAll().where("user_id", "=", userId).execute())
      .length;
  return { ms: performance.now() - started, blockMs: 0, blockCpuMs: 0, waitMs: 0, bytes: rows };
}

const verdict = (value: number, target: number) =>
  `${value.toFixed(0)} ms (target ${target}: ${value <= target ? "PASS" : "MISS"})`;

async function fiveYears(engine: Engine): Promise<boolean> {
  const t = await createTestApp(engine);
  try {
    const owner = await t.owner();
    const member = await t.member();
    const imported = await owner.post("/api/import?mode=replace", lifeExport(FIVE_YEARS));
    if (imported.statusCode !== 200) throw new Error(`import: ${imported.body}`);
    const ownerId = (
      await t.store.db
        .selectFrom("users")
        .select("id")
        .where("role", "=", "owner")
        .executeTakeFirstOrThrow()
    ).id;
    const plain = await repeated(() => plainRead(t, ownerId));
    const idle = await repeated(async () => {
      const started = performance.now();
      await get(t, "/api/session", member.sessionCookie);
      const ms = performance.now() - started;
      return { ms, blockMs: 0, blockCpuMs: 0, waitMs: ms, bytes: 0 };
    });
    console.log(
      `${engine}: plain read of the same rows ${plain.ms.toFixed(1)} ms (${plain.bytes} rows); ` +
        `another person's GET /api/session on an idle server ${idle.ms.toFixed(2)} ms`,
    );
    let met = true;
    for (const url of ROUTES) {
      const m = await repeated(() => measured(t, url, owner.sessionCookie, member.sessionCookie));
      met &&= m.worstBlockMs <= BLOCK_TARGET_MS && m.waitMs <= WAIT_TARGET_MS;
      console.log(
        `  ${url.padEnd(38)} ${m.ms.toFixed(0).padStart(5)} ms (${(m.bytes / 1024).toFixed(0)} KB; plain read ${plain.ms.toFixed(0)} ms)` +
          `  longest block ${m.blockMs.toFixed(0)} ms (${m.blockCpuMs.toFixed(0)} ms CPU), worst ${verdict(m.worstBlockMs, BLOCK_TARGET_MS)}` +
          `  other person waited ${verdict(m.waitMs, WAIT_TARGET_MS)} (idle ${idle.ms.toFixed(1)} ms)`,
      );
    }
    return met;
  } finally {
    await t.close();
  }
}

const chosen = (process.env.BENCH_ENGINES ?? engines.join(",")).split(",");
console.log(
  `big history: five years of one person (${FIVE_YEARS.days} check-ins, ${FIVE_YEARS.plans} planned ` +
    `activities, ${FIVE_YEARS.thoughts} thought records), median of ${RUNS} after ${WARM_UP} warm-up`,
);
let allMet = true;
for (const engine of engines.filter((e) => chosen.includes(e))) {
  // Run first, then counted: `allMet &&= await …` would skip the next engine after a miss.
  const met = await fiveYears(engine);
  allMet &&= met;
}
console.log(`machine load (1 min): ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`);
console.log(allMet ? "every target met" : "a target missed");
