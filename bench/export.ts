import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Engine } from "../src/server/db/database.js";
import { IMPORT_LIMIT_BYTES } from "../src/server/export/export.routes.js";
import { readJsonStream } from "../src/server/export/import-body.js";
import type { ApiClient } from "../test/support/api-client.js";
import { createTestApp, type TestApp } from "../test/support/test-app.js";
import { type LifeOptions, lifeExport, TEN_YEARS } from "./ten-years.js";

/**
 * Export and import of ten years of one person's data through the real routes, on SQLite and
 * PostgreSQL: time and peak memory of each, next to one plain query per table reading the same
 * rows. Then the largest file an import takes (about 50 MB): the peak memory of reading it as the
 * route now does (a piece at a time) next to reading it as the route did before (whole bytes,
 * then whole text, then parsed), each in a process of its own so one's peak cannot hide the
 * other's. Run: `node --import tsx bench/export.ts`.
 */

const EXPORT_TARGET_MS = 2000;
const IMPORT_TARGET_MS = 5000;
const RUNS = 3;
const MB = 1024 * 1024;
/** Check-ins of a person who fills every note and thought field: about 48 MB with the rest. */
const LARGEST: LifeOptions = { ...TEN_YEARS, days: 16_000, fullNotes: true };
/** The pieces a socket hands over, roughly. */
const PIECE = 64 * 1024;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

interface Measured {
  ms: number;
  heapMb: number;
  rssMb: number;
}

/**
 * Time and peak memory above where it started (heap with Buffers, and RSS), sampled every
 * millisecond: the import and export both hand back to the event loop between database calls
 * and pieces, so the sampler sees the peaks.
 */
async function measure(work: () => Promise<void>): Promise<Measured> {
  gc();
  const base = process.memoryUsage();
  const heapOf = (m: NodeJS.MemoryUsage) => m.heapUsed + m.arrayBuffers;
  let heap = heapOf(base);
  let rss = base.rss;
  const sample = () => {
    const m = process.memoryUsage();
    heap = Math.max(heap, heapOf(m));
    rss = Math.max(rss, m.rss);
  };
  const timer = setInterval(sample, 1);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  sample();
  clearInterval(timer);
  return { ms, heapMb: (heap - heapOf(base)) / MB, rssMb: (rss - base.rss) / MB };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function repeated(runs: number, work: () => Promise<void>): Promise<Measured> {
  const all: Measured[] = [];
  for (let i = 0; i < runs; i += 1) all.push(await measure(work));
  return {
    ms: median(all.map((m) => m.ms)),
    heapMb: Math.max(...all.map((m) => m.heapMb)),
    rssMb: Math.max(...all.map((m) => m.rssMb)),
  };
}

function pieces(bytes: Buffer): Readable {
  return Readable.from(
    Array.from({ length: Math.ceil(bytes.length / PIECE) }, (_, i) =>
      bytes.subarray(i * PIECE, (i + 1) * PIECE),
    ),
  );
}

async function importInto(t: TestApp, who: ApiClient, body: Buffer, mode: "add" | "replace") {
  const response = await t.app.inject({
    method: "POST",
    url: `/api/import?mode=${mode}`,
    headers: { "content-type": "application/json", cookie: who.sessionCookie ?? "" },
    payload: pieces(body),
  });
  if (response.statusCode !== 200)
    throw new Error(`import: ${response.statusCode} ${response.body}`);
}

/** The export as a browser would read it: piece by piece, counted and let go. */
async function exportOf(t: TestApp, who: ApiClient): Promise<number> {
  const response = await t.app.inject({
    method: "GET",
    url: "/api/export",
    headers: { cookie: who.sessionCookie ?? "" },
    payloadAsStream: true,
  });
  if (response.statusCode !== 200) throw new Error(`export: ${response.statusCode}`);
  let bytes = 0;
  for await (const chunk of response.stream()) bytes += (chunk as Buffer).length;
  return bytes;
}

const TABLES = [
  "checkins",
  "checkin_connections",
  "assessments",
  "safety_plans",
  "thought_records",
  "own_activities",
  "hidden_activities",
  "planned_activities",
  "routine_targets",
  "routine_ticks",
  "people",
  "shares",
  "calendar_feeds",
] as const;

/** The floor: every row of the person's, one plain `select *` per table, nothing done with it. */
async function plainRead(t: TestApp, userId: string): Promise<number> {
  let rows = 0;
  for (const table of TABLES) {
    rows += (await t.store.db.selectFrom(table).selectAll().where("user_id", "=", userId).execute())
      .length;
  }
  return rows;
}

const line = (what: string, m: Measured, against: Measured, target?: number) =>
  `  ${what.padEnd(38)} ${m.ms.toFixed(0).padStart(6)} ms  heap +${m.heapMb.toFixed(0).padStart(3)} MB  RSS +${m.rssMb.toFixed(0).padStart(3)} MB` +
  `   (plain read ${against.ms.toFixed(0)} ms)` +
  (target === undefined ? "" : `  target under ${target} ms: ${m.ms < target ? "PASS" : "MISS"}`);

async function tenYears(engine: Engine, body: Buffer): Promise<boolean> {
  const t = await createTestApp(engine);
  try {
    const owner = await t.owner();
    const ownerId = (
      await t.store.db
        .selectFrom("users")
        .select("id")
        .where("role", "=", "owner")
        .executeTakeFirstOrThrow()
    ).id;
    const seed = await measure(() => importInto(t, owner, body, "replace"));
    let bytes = 0;
    let rows = 0;
    const plain = await repeated(RUNS, async () => {
      rows = await plainRead(t, ownerId);
    });
    const exported = await repeated(RUNS, async () => {
      bytes = await exportOf(t, owner);
    });
    const file = Buffer.from(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/export",
          headers: { cookie: owner.sessionCookie ?? "" },
        })
      ).rawPayload,
    );
    const replace = await repeated(RUNS, async () => {
      await importInto(
        t,
        await t.member(`r${Math.random().toString(36).slice(2, 10)}`),
        file,
        "replace",
      );
    });
    const fresh = await t.member("adding");
    const add = await measure(() => importInto(t, fresh, file, "add"));
    const again = await measure(() => importInto(t, fresh, file, "add"));
    console.log(`${engine}: ${rows} rows, export ${(bytes / MB).toFixed(1)} MB`);
    console.log(line("plain read, one query per table", plain, plain));
    console.log(
      line(
        "export (GET /api/export)",
        exported,
        plain,
        engine === "sqlite" ? EXPORT_TARGET_MS : undefined,
      ),
    );
    console.log(
      line(
        "import, replace, fresh account",
        replace,
        plain,
        engine === "sqlite" ? IMPORT_TARGET_MS : undefined,
      ),
    );
    console.log(
      line(
        "import, add, fresh account",
        add,
        plain,
        engine === "sqlite" ? IMPORT_TARGET_MS : undefined,
      ),
    );
    console.log(line("import, add, all already there", again, plain));
    console.log(line("(seeding: the first import)", seed, plain));
    return (
      engine !== "sqlite" ||
      (exported.ms < EXPORT_TARGET_MS && Math.max(replace.ms, add.ms) < IMPORT_TARGET_MS)
    );
  } finally {
    await t.close();
  }
}

/** In a process of its own: reads the file one way and prints its time and peak RSS above the start. */
async function memoryChild(how: string, file: string): Promise<void> {
  gc();
  const base = process.memoryUsage().rss;
  const started = performance.now();
  let kept: unknown;
  if (how === "pieces") {
    kept = await readJsonStream(
      createReadStream(file, { highWaterMark: PIECE }),
      IMPORT_LIMIT_BYTES,
    );
  } else if (how === "whole") {
    // As the route read a body before: every piece kept, joined into one Buffer, decoded into
    // one string, parsed.
    const chunks: Buffer[] = [];
    for await (const chunk of createReadStream(file, { highWaterMark: PIECE }))
      chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    kept = JSON.parse(text);
  } else {
    const t = await createTestApp("sqlite");
    const owner = await t.owner();
    gc();
    const before = process.memoryUsage().rss;
    const response = await t.app.inject({
      method: "POST",
      url: "/api/import?mode=replace",
      headers: { "content-type": "application/json", cookie: owner.sessionCookie ?? "" },
      payload: createReadStream(file, { highWaterMark: PIECE }),
    });
    if (response.statusCode !== 200)
      throw new Error(`import: ${response.statusCode} ${response.body}`);
    const ms = performance.now() - started;
    await t.close();
    console.log(
      JSON.stringify({ ms, peakMb: (process.resourceUsage().maxRSS * 1024 - before) / MB }),
    );
    return;
  }
  const ms = performance.now() - started;
  if (typeof kept !== "object") throw new Error("nothing parsed");
  console.log(JSON.stringify({ ms, peakMb: (process.resourceUsage().maxRSS * 1024 - base) / MB }));
}

function inChild(how: string, file: string): { ms: number; peakMb: number } {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "bench/export.ts", "--memory", how, file],
    {
      encoding: "utf8",
    },
  );
  if (run.status !== 0) throw new Error(`${how}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
}

async function main(): Promise<void> {
  const doc = lifeExport(TEN_YEARS);
  const body = Buffer.from(JSON.stringify(doc));
  console.log(
    `export/import: ten years of one person (${doc.checkins.length} check-ins, ${doc.thoughts.length} thought records, ` +
      `${doc.plans.length} planned activities, ${doc.people.length} people, ${doc.assessments.length} questionnaires), ` +
      `${(body.length / MB).toFixed(1)} MB; median of ${RUNS} where repeated`,
  );
  let pass = true;
  for (const engine of ["sqlite", "postgres"] as const)
    pass = (await tenYears(engine, body)) && pass;

  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-bench-"));
  try {
    const file = path.join(dir, "largest.json");
    writeFileSync(file, JSON.stringify(lifeExport(LARGEST)));
    const size = statSync(file).size / MB;
    const pieces = inChild("pieces", file);
    const whole = inChild("whole", file);
    const route = inChild("import", file);
    const saved = whole.peakMb - pieces.peakMb;
    console.log(
      `largest import: ${size.toFixed(1)} MB file (limit ${IMPORT_LIMIT_BYTES / MB} MB), peak RSS above start, each in its own process`,
    );
    console.log(
      `  read as the route did (bytes, text, parse) ${whole.peakMb.toFixed(0).padStart(4)} MB  ${whole.ms.toFixed(0)} ms`,
    );
    console.log(
      `  read a piece at a time (now)               ${pieces.peakMb.toFixed(0).padStart(4)} MB  ${pieces.ms.toFixed(0)} ms`,
    );
    console.log(
      `  saved ${saved.toFixed(0)} MB (target: at least the file's size, the second copy gone: ${saved >= size ? "PASS" : "MISS"})`,
    );
    console.log(
      `  whole import on SQLite, POST /api/import  ${route.peakMb.toFixed(0).padStart(4)} MB  ${route.ms.toFixed(0)} ms`,
    );
    pass = pass && saved >= size;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `machine load (1 min): ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`,
  );
  console.log(`export/import targets: ${pass ? "PASS" : "MISS"}`);
}

if (process.argv[2] === "--memory") {
  await memoryChild(process.argv[3] ?? "", process.argv[4] ?? "");
} else {
  await main();
}
