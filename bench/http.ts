import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { addDays } from "../src/core/dates/local-date.js";
import { spawnServer } from "../test/support/spawn-server.js";

// Reconnect and a bare node:http server are loaded in the same run, on the same machine, so
// the ratio between them holds even when the machine is busy with something else.
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const OWNER = { username: "bench", password: "a bench password that is long" };
const READ_TARGET_RATIO = 0.35;
const WRITE_TARGET_P99_MS = 20;

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

async function startBareServer(body: string): Promise<{ url: string; child: ChildProcess }> {
  const source = `
    const http = require("node:http");
    const body = ${JSON.stringify(body)};
    const server = http.createServer((req, res) => {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
    server.listen(0, "127.0.0.1", () => console.log("listening " + server.address().port));`;
  const child = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "pipe", "inherit"] });
  const [chunk] = (await once(child.stdout ?? child, "data")) as [Buffer];
  const port = /listening (\d+)/.exec(chunk.toString())?.[1];
  return { url: `http://127.0.0.1:${port}`, child };
}

function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export async function benchHttp(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-bench-"));
  const app = await spawnServer({ DATA_DIR: dataDir }, { built: true });
  let bare: { url: string; child: ChildProcess } | undefined;
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

    const common = { connections: 10, duration: DURATION_S };
    const bareResult = await load({ ...common, url: bare.url });
    const appResult = await load({ ...common, url: `${app.url}${readPath}`, headers: { cookie } });
    const ratio = appResult.requests.average / bareResult.requests.average;

    const write = await load({
      url: `${app.url}/api/checkins/${to}`,
      connections: 32,
      duration: DURATION_S,
      method: "PUT",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({
        mood: 5,
        energy: 4,
        connections: [{ name: "Sam", mode: "call", felt: 1 }],
        note: "ok",
      }),
    });
    const errors = appResult.non2xx + write.non2xx + appResult.errors + write.errors;

    console.log(
      `\nHTTP (${DURATION_S} s per run, autocannon in this process, servers in their own)`,
    );
    console.log(
      `  GET /api/checkins, 28 days, signed in, SQLite: ${appResult.requests.average.toFixed(0)} req/s`,
    );
    console.log(
      `  bare node:http, same JSON body:                 ${bareResult.requests.average.toFixed(0)} req/s`,
    );
    console.log(
      `  ratio: ${ratio.toFixed(2)}   target: at least ${READ_TARGET_RATIO}   ${ratio >= READ_TARGET_RATIO ? "PASS" : "MISS"}`,
    );
    console.log(
      `  PUT /api/checkins/{date} at 32 connections: p99 ${write.latency.p99} ms (p50 ${write.latency.p50} ms, ${write.requests.average.toFixed(0)} req/s)   target: under ${WRITE_TARGET_P99_MS} ms   ${write.latency.p99 < WRITE_TARGET_P99_MS ? "PASS" : "MISS"}`,
    );
    if (errors > 0) console.log(`  non-2xx or failed requests: ${errors}`);
  } finally {
    bare?.child.kill();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHttp();
