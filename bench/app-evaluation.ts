import { readdirSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { slowDown, withBrowser, withBuiltServer } from "./support/seeded-browser.js";
import { median } from "./support/stats.js";

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
}

async function compare(browser: Browser, builds: Build[]): Promise<void> {
  const times = builds.map(() => [] as number[]);
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
      // Slowed only now, so the downloads and compiles above stay out of what is timed.
      await slowDown(page, { network: false });
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
}

async function main(): Promise<void> {
  const [before, after, ...rest] = process.argv.slice(2).map((root) => path.resolve(root));
  if (!before || !after || rest.length > 0) {
    throw new Error("usage: app-evaluation.ts <before> <after>");
  }
  // No one is seeded: the page timed is one that needs no account.
  await withBrowser((browser) =>
    withBuiltServer({ name: "evaluation", root: before }, (beforeUrl) =>
      withBuiltServer({ name: "evaluation", root: after }, (afterUrl) =>
        compare(browser, [
          { root: before, url: beforeUrl },
          { root: after, url: afterUrl },
        ]),
      ),
    ),
  );
}

await main();
