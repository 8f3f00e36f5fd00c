import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { type SpawnedServer, spawnServer } from "../test/support/spawn-server.js";

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
  server: SpawnedServer;
  dataDir: string;
}

async function serve(root: string): Promise<Build> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "reconnect-evaluation-"));
  return { root, server: await spawnServer({ DATA_DIR: dataDir }, { built: true, root }), dataDir };
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
        await page.goto(`${build.server.url}/crisis`);
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
      await build.server.stop();
      rmSync(build.dataDir, { recursive: true, force: true });
    }
  }
}

await main();
