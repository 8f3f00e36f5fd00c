import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

// How long one built file takes to run in Chromium with the CPU slowed 4x (Lighthouse's mobile
// setting), for two builds in turn: its files already downloaded and compiled before the clock
// starts, so what is timed is its modules' evaluation alone (zod building schemas, components
// defined). That is one task of a first visit, small enough that the whole visit's blocking time
// on a shared machine hides a change to it; timed alone it shows.
// Usage: node --import tsx bench/app-evaluation.ts <checkout before> <checkout after>
// (each built with `npm run build`). ROUNDS=10 for more visits; CHUNK=safety to time the file
// whose name starts so (default: the app's file, `app-`).

const ROUNDS = Number(process.env.ROUNDS ?? 6);
const CHUNK = process.env.CHUNK ?? "app";

interface Build {
  root: string;
  url: string;
  child: ChildProcess;
  dataDir: string;
}

async function serve(root: string): Promise<Build> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-evaluation-"));
  const child = spawn(process.execPath, ["bin/reconnect.js", "start"], {
    cwd: root,
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
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
  });
  return { root, url, child, dataDir };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const roots = process.argv.slice(2);
  if (roots.length !== 2) throw new Error("usage: app-evaluation.ts <before> <after>");
  const builds = await Promise.all(roots.map((root) => serve(path.resolve(root))));
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  const times = builds.map(() => [] as number[]);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Each round swaps which build goes first, so neither always follows the other.
      for (const index of round % 2 === 0 ? [0, 1] : [1, 0]) {
        const build = builds[index];
        if (!build) continue;
        const scripts = readdirSync(path.join(build.root, "dist/web/assets")).filter(
          (file) => file.endsWith(".js") && !file.includes("worker"),
        );
        const timed = scripts.find((file) => file.startsWith(`${CHUNK}-`));
        const zod = scripts.find((file) => file.startsWith("zod-"));
        if (!timed || !zod) throw new Error(`no ${CHUNK}- or zod- file in ${build.root}`);
        const context = await browser.newContext();
        const page = await context.newPage();
        // A page of the server's that runs none of the app.
        await page.goto(`${build.url}/crisis`);
        await page.evaluate(async (files) => {
          await Promise.all(
            files.map(
              (file) =>
                new Promise<void>((resolve) => {
                  const link = document.createElement("link");
                  link.rel = "modulepreload";
                  link.href = `/assets/${file}`;
                  link.onload = () => resolve();
                  link.onerror = () => resolve();
                  document.head.append(link);
                }),
            ),
          );
        }, scripts);
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        // zod's own module runs first, untimed: both builds load it the same way.
        const ms = await page.evaluate(
          async ([zodFile, timedFile]) => {
            await import(`/assets/${zodFile}`);
            const start = performance.now();
            await import(`/assets/${timedFile}`);
            return performance.now() - start;
          },
          [zod, timed],
        );
        times[index]?.push(ms);
        console.log(
          `${build.root}: ${CHUNK} file ran in ${Math.round(ms)} ms (load ${loadavg()[0]?.toFixed(1)})`,
        );
        await context.close();
      }
    }
    builds.forEach((build, index) => {
      const values = times[index] ?? [];
      console.log(
        `${build.root}: median ${Math.round(median(values))} ms, ${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} ms over ${values.length} visits`,
      );
    });
  } finally {
    await browser.close();
    for (const build of builds) {
      build.child.kill("SIGTERM");
      rmSync(build.dataDir, { recursive: true, force: true });
    }
  }
}

await main();
