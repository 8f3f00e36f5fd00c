import { spawnSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import type { ExportDocument } from "../src/core/export/export-document.schema.js";
import type { LifeOptions } from "./ten-years.js";

/**
 * What a large import costs everyone else on a SQLite server: one person imports their file
 * (`POST /api/import?mode=replace`, the body in 64 KB pieces as a socket hands them over) while
 * another person's history screen asks for a month of check-ins (`GET /api/checkins`) every
 * 5 ms, in the same process (`app.inject`). Per file: the import's time, the longest stretch
 * without a turn of the event loop, and how long the other person's requests waited, counted
 * from when each was due (5 ms after the last answer), so a request that could not even be sent
 * counts too. Next to it: the same request on an idle server.
 *
 * The same measurement can run against another checkout (the build before a change), in turns
 * with this one, each run in a process of its own: `node --import tsx bench/import-stall.ts
 * ../before` prints the two side by side. The other checkout needs only `npm ci` (or a link to a
 * node_modules): the measurement takes its app and its data from there.
 */

const WAIT_TARGET_MS = 100;
const SMALL_EVERY_MS = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = 1024 * 1024;
const PIECE = 64 * 1024;

/** Ten years as a person keeps them (3.2 MB), and the largest file a person could make (48 MB). */
const FILES: { name: string; life: LifeOptions; runs: number }[] = [
  {
    name: "ten years (3,650 check-ins)",
    life: { days: 3650, thoughts: 500, plans: 5000, people: 100 },
    runs: RUNS,
  },
  {
    name: "largest (16,000 full days)",
    life: { days: 16_000, thoughts: 500, plans: 5000, people: 100, fullNotes: true },
    runs: Number(process.env.BENCH_LARGEST_RUNS ?? 1),
  },
];

interface Run {
  mb: number;
  importMs: number;
  blockMs: number;
  longestWaitMs: number;
  medianWaitMs: number;
  idleMs: number;
  answered: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** In a process of its own: one import into a fresh SQLite server of the checkout at `root`. */
async function child(root: string, fileIndex: number): Promise<void> {
  const from = (file: string) => pathToFileURL(path.join(root, file)).href;
  const { createTestApp } = (await import(
    from("test/support/test-app.ts")
  )) as typeof import("../test/support/test-app.js");
  const { lifeExport } = (await import(from("bench/ten-years.ts"))) as {
    lifeExport(options: LifeOptions): ExportDocument;
  };
  const file = FILES[fileIndex];
  if (!file) throw new Error(`no file ${fileIndex}`);
  const body = Buffer.from(JSON.stringify(lifeExport(file.life)));
  const t = await createTestApp("sqlite");
  try {
    const owner = await t.owner();
    const member = await t.member();
    const month = async () => {
      const answer = await t.app.inject({
        method: "GET",
        url: "/api/checkins?from=2026-01-01&to=2026-01-31",
        headers: { cookie: member.sessionCookie ?? "" },
      });
      if (answer.statusCode !== 200) throw new Error(`checkins: ${answer.statusCode}`);
    };
    const idle: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const started = performance.now();
      await month();
      idle.push(performance.now() - started);
    }

    let running = true;
    let blockMs = 0;
    let last = performance.now();
    const turn = () => {
      const now = performance.now();
      blockMs = Math.max(blockMs, now - last);
      last = now;
      if (running) setImmediate(turn);
    };
    const waits: number[] = [];
    let due = performance.now();
    const asking = (async () => {
      while (running) {
        await month();
        const answered = performance.now();
        waits.push(answered - due);
        due = answered + SMALL_EVERY_MS;
        await sleep(SMALL_EVERY_MS);
      }
    })();
    setImmediate(turn);
    const started = performance.now();
    const response = await t.app.inject({
      method: "POST",
      url: "/api/import?mode=replace",
      headers: { "content-type": "application/json", cookie: owner.sessionCookie ?? "" },
      payload: Readable.from(
        Array.from({ length: Math.ceil(body.length / PIECE) }, (_, i) =>
          body.subarray(i * PIECE, (i + 1) * PIECE),
        ),
      ),
    });
    const ended = performance.now();
    const importMs = ended - started;
    running = false;
    await asking;
    // A block at the very end (the import's commit) is measured by the turn after it, which the
    // asker's timer can beat: one more turn, so that block is counted before the figures are.
    await new Promise((resolve) => setImmediate(resolve));
    // The request due last had not been answered, or even sent, when the import ended: it waited
    // at least until then (a block at the very end would otherwise go uncounted).
    waits.push(Math.max(0, ended - due));
    if (response.statusCode !== 200)
      throw new Error(`import: ${response.statusCode} ${response.body}`);
    const run: Run = {
      mb: body.length / MB,
      importMs,
      blockMs,
      longestWaitMs: Math.max(...waits),
      medianWaitMs: median(waits),
      idleMs: median(idle),
      answered: waits.length,
    };
    console.log(JSON.stringify(run));
  } finally {
    await t.close();
  }
}

function inChild(root: string, fileIndex: number): Run {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", path.resolve("bench/import-stall.ts"), "--child", root, String(fileIndex)],
    { encoding: "utf8", maxBuffer: 64 * MB },
  );
  if (run.status !== 0) throw new Error(`${root}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
}

function summary(runs: Run[]): string {
  const m = (pick: (r: Run) => number) => median(runs.map(pick)).toFixed(0);
  const worst = Math.max(...runs.map((r) => r.longestWaitMs));
  return (
    `import ${m((r) => r.importMs)} ms, longest block ${m((r) => r.blockMs)} ms, ` +
    `other person waited at most ${m((r) => r.longestWaitMs)} ms (worst run ${worst.toFixed(0)}; ` +
    `median ${m((r) => r.medianWaitMs)} ms, ${m((r) => r.answered)} answers; idle ${median(runs.map((r) => r.idleMs)).toFixed(1)} ms)`
  );
}

async function main(): Promise<void> {
  const roots = [process.cwd(), ...process.argv.slice(2).map((root) => path.resolve(root))];
  const names = roots.map((root, i) => (i === 0 ? "this build" : path.basename(root)));
  console.log(
    `import stall (SQLite): another person's GET /api/checkins every ${SMALL_EVERY_MS} ms while one person imports; ` +
      `median of runs, ${roots.length > 1 ? "checkouts in turns" : "this checkout"}`,
  );
  let met = true;
  for (const [index, file] of FILES.entries()) {
    const runs: Run[][] = roots.map(() => []);
    for (let i = 0; i < file.runs; i += 1)
      for (const [r, root] of roots.entries()) runs[r]?.push(inChild(root, index));
    console.log(`  ${file.name}, ${(runs[0]?.[0]?.mb ?? 0).toFixed(1)} MB:`);
    for (const [r, name] of names.entries()) {
      const own = runs[r] ?? [];
      console.log(`    ${name.padEnd(12)} ${summary(own)}`);
    }
    const now = median((runs[0] ?? []).map((r) => r.longestWaitMs));
    const passed = now <= WAIT_TARGET_MS;
    met &&= passed;
    console.log(
      `    this build: other person's longest wait ${now.toFixed(0)} ms (target ${WAIT_TARGET_MS}: ${passed ? "PASS" : "MISS"})`,
    );
  }
  console.log(
    `machine load (1 min): ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`,
  );
  console.log(met ? "import stall target met" : "import stall target missed");
}

if (process.argv[2] === "--child") {
  await child(process.argv[3] ?? process.cwd(), Number(process.argv[4]));
} else {
  await main();
}
