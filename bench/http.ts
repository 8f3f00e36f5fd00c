import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { addDays } from "../src/core/dates/local-date.js";
import { joinedCheckinDocs } from "../src/server/checkins/checkin.repository.js";
import { openSqliteStore, SQLITE_FILE_NAME } from "../src/server/db/open-store.js";
import { findActiveSession } from "../src/server/sessions/session.repository.js";
import { hashToken } from "../src/server/sessions/session-token.js";
import { spawnServer } from "../test/support/spawn-server.js";
import { type BareServer, startBareServer } from "./bare-server.js";
import { onEachEngine } from "./support/engines.js";

// Reconnect and a bare node:http server are loaded in the same run, on the same machine, so
// the ratio between them holds even when the machine is busy with something else.
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
// Caps the reads at this many requests a second (both servers), so two builds or two engines do
// the same work per second and their CPU per request compares even on a crowded machine; the
// ratio then means nothing. Unset: as fast as they go.
const READ_RATE = process.env.BENCH_READ_RATE ? Number(process.env.BENCH_READ_RATE) : undefined;
const OWNER = { username: "bench", password: "a bench password that is long" };
const SQLITE_READ_TARGET_RATIO = 0.35;
const SQLITE_WRITE_TARGET_P99_MS = 20;
// Issue #14: PostgreSQL, which other processes may share, to reach these with every commit synced.
const POSTGRES_READ_TARGET_RATIO = 0.3;
const POSTGRES_WRITE_TARGET_P99_MS = 30;
const READ_ROUNDS = 4;
const WRITE_CONNECTIONS = 32;

/** Invites `count` people with the owner's session; each joins and comes back signed in. */
async function signInPeople(url: string, ownerCookie: string, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) {
    const invited = await json(`${url}/api/invitations`, "POST", { role: "member" }, ownerCookie);
    const { url: link } = (await invited.json()) as { url: string };
    const token = link.replace(/^\/join\//, "");
    const joined = await json(`${url}/api/invitations/${token}/accept`, "POST", {
      username: `person${i}`,
      password: `person ${i}'s long password`,
    });
    cookies.push((joined.headers.get("set-cookie") ?? "").split(";")[0] ?? "");
  }
  return cookies;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle)
    ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
    : (sorted[Math.floor(middle)] ?? 0);
}

function span(values: number[], digits = 0): string {
  return `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
}

async function json(url: string, method: string, body: unknown, cookie = "") {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response;
}

function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * CPU time (ms) the given processes have used so far, from /proc: unlike a rate, the CPU one
 * request costs hardly changes when other work crowds the machine. Linux only; 0 elsewhere.
 */
function cpuMsOf(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A process that has ended is no longer counted; its share is lost, not invented.
    }
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_S;
}

const CLOCK_TICKS_PER_S = 100;

/** The PostgreSQL server processes serving the app's connections to `url`. */
async function backendPids(url: string | undefined): Promise<number[]> {
  if (!url) return [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ pid: number }>(
      "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
    );
    return result.rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

/** CPU per request of Reconnect's process and of PostgreSQL's processes during `work`. */
async function cpuPerRequest(
  appPid: number | undefined,
  databaseUrl: string | undefined,
  work: () => Promise<number>,
): Promise<{ app: number; database: number }> {
  const backends = await backendPids(databaseUrl);
  const app = appPid === undefined ? [] : [appPid];
  const before = { app: cpuMsOf(app), database: cpuMsOf(backends) };
  const requests = await work();
  // The pool may open connections during the work (after a load that needed few of them): their
  // backends started at zero, so all they used counts.
  const started = (await backendPids(databaseUrl)).filter((pid) => !backends.includes(pid));
  return {
    app: ((cpuMsOf(app) - before.app) * 1000) / requests,
    database: ((cpuMsOf([...backends, ...started]) - before.database) * 1000) / requests,
  };
}

interface EngineRun {
  /** What the lines printed call it. */
  label: string;
  /** The environment Reconnect starts with: where it keeps its data. */
  env: Record<string, string>;
  readTargetRatio: number;
  writeTargetP99Ms: number;
}

interface Measured {
  cookie: string;
  from: string;
  to: string;
}

/** Seeds 28 days, loads Reconnect and the bare server in turn, and prints the figures. */
async function measure(run: EngineRun): Promise<Measured> {
  const app = await spawnServer(run.env, { built: true });
  let bare: BareServer | undefined;
  try {
    const setup = await json(`${app.url}/api/setup`, "POST", OWNER);
    const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const to = "2026-11-29";
    const from = addDays(to, -27);
    for (let i = 0; i < 28; i++) {
      await json(
        `${app.url}/api/checkins/${addDays(from, i)}`,
        "PUT",
        {
          mood: i % 11,
          energy: (i * 3) % 11,
          enjoyment: (i * 7) % 11,
          rumination: (i * 5) % 11,
          burden: (i * 2) % 11,
          sleepHours: 6 + (i % 4) * 0.5,
          connections: [
            { name: "Sam", mode: "message", felt: 1 },
            { name: "Ana", mode: "call", felt: 2 },
          ],
          note: "A short note about the day, like most people write. ".repeat(3),
        },
        cookie,
      );
    }
    const readPath = `/api/checkins?from=${from}&to=${to}`;
    const body = await (await fetch(`${app.url}${readPath}`, { headers: { cookie } })).text();
    bare = await startBareServer(body);

    // Short runs of each server in turn, after a warm-up of each. Each of Reconnect's runs is
    // compared with the bare run just before it, and the median of those ratios is reported, so
    // a change in how busy the shared machine is falls on both servers alike.
    const reading = {
      connections: 10,
      headers: { cookie },
      ...(READ_RATE === undefined ? {} : { overallRate: READ_RATE }),
    };
    const appUrl = `${app.url}${readPath}`;
    await load({ ...reading, url: bare.url, duration: 1 });
    await load({ ...reading, url: appUrl, duration: 1 });
    const bareRuns: autocannon.Result[] = [];
    const appRuns: autocannon.Result[] = [];
    const bareStarted = cpuMsOf(bare.child.pid === undefined ? [] : [bare.child.pid]);
    const readCpu = await cpuPerRequest(app.child.pid, run.env.DATABASE_URL, async () => {
      for (let round = 0; round < READ_ROUNDS; round++) {
        bareRuns.push(
          await load({ ...reading, url: bare?.url ?? "", duration: DURATION_S / READ_ROUNDS }),
        );
        appRuns.push(await load({ ...reading, url: appUrl, duration: DURATION_S / READ_ROUNDS }));
      }
      return appRuns.reduce((sum, r) => sum + r.requests.total, 0);
    });
    const bareCpu =
      ((cpuMsOf(bare.child.pid === undefined ? [] : [bare.child.pid]) - bareStarted) * 1000) /
      bareRuns.reduce((sum, r) => sum + r.requests.total, 0);
    const rates = (runs: autocannon.Result[]) => runs.map((run) => run.requests.average);
    const ratios = appRuns.map(
      (run, i) => run.requests.average / (bareRuns[i]?.requests.average ?? 0),
    );
    const ratio = median(ratios);

    const writing = {
      url: `${app.url}/api/checkins/${to}`,
      connections: WRITE_CONNECTIONS,
      duration: DURATION_S,
      method: "PUT" as const,
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({
        mood: 5,
        energy: 4,
        connections: [{ name: "Sam", mode: "call", felt: 1 }],
        note: "ok",
      }),
    };
    let write: autocannon.Result | undefined;
    const writeCpu = await cpuPerRequest(app.child.pid, run.env.DATABASE_URL, async () => {
      write = await load(writing);
      return write.requests.total;
    });
    if (!write) throw new Error("the write load did not run");
    // The same load from 32 people, each signed in on a connection of their own and saving their
    // own day, as a group's evening check-ins are: every writer locks its person first
    // (accounts/person-lock.ts), so saves of one person wait for each other, and of different
    // people never do. The first load shows that wait; this one shows the rest of a save.
    const people = await signInPeople(app.url, cookie, WRITE_CONNECTIONS);
    let connection = 0;
    let spread: autocannon.Result | undefined;
    const spreadCpu = await cpuPerRequest(app.child.pid, run.env.DATABASE_URL, async () => {
      spread = await load({
        ...writing,
        setupClient: (client) => {
          const person = people[connection % people.length] ?? "";
          connection += 1;
          // The client's list of requests, not just its next one: `setRequest` changed only the
          // first request, and every later one went out with the default (the owner's) cookie.
          client.setRequests([
            {
              method: "PUT",
              path: `/api/checkins/${to}`,
              headers: { ...writing.headers, cookie: person },
              body: writing.body,
            },
          ]);
        },
      });
      return spread.requests.total;
    });
    if (!spread) throw new Error("the spread write load did not run");
    const errors = [...appRuns, write, spread].reduce(
      (sum, run) => sum + run.non2xx + run.errors,
      0,
    );

    console.log(
      `\nHTTP on ${run.label} (reads: ${READ_ROUNDS} alternating ${DURATION_S / READ_ROUNDS} s runs of each server; writes: ${DURATION_S} s; autocannon in this process, servers in their own)`,
    );
    console.log(
      `  GET /api/checkins, 28 days, signed in, ${run.label}: ${span(rates(appRuns))} req/s`,
    );
    console.log(`  bare node:http, same JSON body:                 ${span(rates(bareRuns))} req/s`);
    console.log(
      READ_RATE === undefined
        ? `  ratio, median of the paired runs: ${ratio.toFixed(3)} (runs ${span(ratios, 2)})   target: at least ${run.readTargetRatio}   ${ratio >= run.readTargetRatio ? "PASS" : "MISS"}`
        : `  reads capped at ${READ_RATE} req/s (BENCH_READ_RATE): compare the CPU per request below, not the rates`,
    );
    console.log(
      `  PUT /api/checkins/{date} at 32 connections, one person, all one day: p99 ${write.latency.p99} ms (p50 ${write.latency.p50} ms, ${write.requests.average.toFixed(0)} req/s)   target: under ${run.writeTargetP99Ms} ms   ${write.latency.p99 < run.writeTargetP99Ms ? "PASS" : "MISS"}`,
    );
    console.log(
      `  PUT /api/checkins/{date} at 32 connections, 32 people, a day each: p99 ${spread.latency.p99} ms (p50 ${spread.latency.p50} ms, ${spread.requests.average.toFixed(0)} req/s)   target: under ${run.writeTargetP99Ms} ms   ${spread.latency.p99 < run.writeTargetP99Ms ? "PASS" : "MISS"}`,
    );
    const cpu = (c: { app: number; database: number }) =>
      `${c.app.toFixed(0)} µs in Reconnect${run.env.DATABASE_URL ? ` + ${c.database.toFixed(0)} µs in PostgreSQL` : ""}`;
    console.log(
      `  CPU per request (steadier than rates on a busy machine): GET ${cpu(readCpu)}, bare node:http ${bareCpu.toFixed(0)} µs; PUT ${cpu(writeCpu)}; PUT of 32 people ${cpu(spreadCpu)}`,
    );
    if (errors > 0) console.log(`  non-2xx or failed requests: ${errors}`);

    return { cookie, from, to };
  } finally {
    bare?.child.kill();
    await app.stop();
  }
}

export async function benchHttp(): Promise<void> {
  await onEachEngine(async (engine) => {
    if (engine.engine === "sqlite") {
      const { cookie, from, to } = await measure({
        label: engine.label,
        env: engine.env,
        readTargetRatio: SQLITE_READ_TARGET_RATIO,
        writeTargetP99Ms: SQLITE_WRITE_TARGET_P99_MS,
      });
      const token = cookie.slice(cookie.indexOf("=") + 1);
      const readUs = await timeReads(
        path.join(engine.dataDir, SQLITE_FILE_NAME),
        hashToken(token),
        from,
        to,
      );
      console.log(
        `  the GET's two reads from SQLite (session, 28 check-ins), as after any write, unloaded: ${readUs.toFixed(1)} µs`,
      );
    } else {
      await measure({
        label: engine.label,
        env: engine.env,
        readTargetRatio: POSTGRES_READ_TARGET_RATIO,
        writeTargetP99Ms: POSTGRES_WRITE_TARGET_P99_MS,
      });
      const settings = await postgresDurability(engine.databaseUrl);
      console.log(`  PostgreSQL durability during the run: ${settings}`);
    }
  });
}

/** The settings that make a commit durable, as the server had them: part of the figure's meaning. */
async function postgresDurability(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = ["synchronous_commit", "fsync", "commit_delay"];
    const values: string[] = [];
    for (const name of names) {
      const result = await client.query<Record<string, string>>(`show ${name}`);
      values.push(`${name} = ${result.rows[0]?.[name] ?? "?"}`);
    }
    return values.join(", ");
  } finally {
    await client.end();
  }
}

/**
 * What the read cache saves: the GET above is answered from memory after its first request, as
 * the history screen is on a repeat visit; a GET right after any write pays these reads again.
 */
async function timeReads(file: string, tokenHash: string, from: string, to: string) {
  const store = openSqliteStore(file);
  try {
    const { userId } = await store.db
      .selectFrom("sessions")
      .select("user_id as userId")
      .where("token_hash", "=", tokenHash)
      .executeTakeFirstOrThrow();
    const now = "2026-11-29T00:00:00.000Z";
    const rounds = 20_000;
    for (let i = 0; i < rounds / 10; i++) {
      await findActiveSession(store.db, tokenHash, now);
      await joinedCheckinDocs(store.db, userId, from, to);
    }
    const start = performance.now();
    for (let i = 0; i < rounds; i++) {
      await findActiveSession(store.db, tokenHash, now);
      await joinedCheckinDocs(store.db, userId, from, to);
    }
    return ((performance.now() - start) / rounds) * 1000;
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHttp();
