/**
 * How the crisis-language detector does, beside the figures issue 11 started from and its targets.
 *
 *   npm run eval:crisis            (after `npm run build` for the size figure)
 *
 * - The development set, when it is there (`../shared/data/crisis-dev/dev.jsonl` from the repo
 *   root, or the path in CRISIS_DEV_SET): recall and false alarms by form, for the studied
 *   (even lines) and untouched (odd lines) halves and the whole, with the studied half's misses
 *   and false alarms listed. Its licence is unknown: it is read here, at run time, and never copied
 *   into the project. It is printed to the terminal only.
 * - The project's own lists (crisis-statements.fixture.ts).
 * - Time per text over the benchmark's 10,000 texts up to 2,000 characters.
 * - What the browser loads for the detector, gzipped, from the built app.
 *
 * Figures are printed for the rules alone and for the whole detector (rules and, once wired in,
 * the learned scorer), so each part's share is visible.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { buildTexts } from "../bench/crisis-language.js";
import {
  type CrisisLanguageResult,
  detectCrisisByRules,
  detectCrisisLanguage,
} from "../src/core/safety/crisis-language.js";
import {
  crisisStatements,
  everydayStatements,
} from "../src/core/safety/crisis-statements.fixture.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEV_SET =
  process.env.CRISIS_DEV_SET ?? path.join(ROOT, "../shared/data/crisis-dev/dev.jsonl");
const QUIET = process.argv.includes("--quiet");

type Detector = (text: string) => CrisisLanguageResult;
const detectors: readonly { name: string; detect: Detector }[] = [
  { name: "rules only", detect: detectCrisisByRules },
  { name: "detector", detect: detectCrisisLanguage },
];

const TODAY = {
  devRecall: "0.742",
  devFalseAlarms: "0.282",
  ownLists: "1.000 / 0.3%",
  p99: "0.08–0.23 ms",
  size: "35 KB",
};

const pct = (value: number): string => value.toFixed(3);
const ratio = (hits: number, total: number): string =>
  total === 0 ? "n/a" : `${pct(hits / total)} (${hits}/${total})`;

const DevRow = z.object({
  text: z.string(),
  crisis: z.boolean(),
  form: z.enum(["short", "post"]),
});
type DevRow = z.infer<typeof DevRow>;

function readDevSet(): DevRow[] | undefined {
  if (!existsSync(DEV_SET)) return undefined;
  return readFileSync(DEV_SET, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const parsed = DevRow.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`development set line ${index + 1}: ${parsed.error}`);
      return parsed.data;
    });
}

function why(result: CrisisLanguageResult, text: string): string {
  return result.reasons
    .map((reason) => `${reason.category}: "${text.slice(reason.span.start, reason.span.end)}"`)
    .join("; ");
}

/**
 * The development set in two halves, by line: errors are studied only on the even lines
 * (0-based), and the odd lines are never read for errors, so their figure stays a fair guess at
 * how the detector does on words nobody here has read. That "untouched" figure is the one to
 * report; the whole set is printed beside it.
 */
type Half = "studied" | "untouched" | "whole";
const HALVES: readonly Half[] = ["studied", "untouched", "whole"];

function inHalf(index: number, half: Half): boolean {
  if (half === "whole") return true;
  return (index % 2 === 0) === (half === "studied");
}

interface Tally {
  caught: number;
  crisis: number;
  flagged: number;
  calm: number;
}

function tally(
  rows: readonly DevRow[],
  results: readonly CrisisLanguageResult[],
  keep: (row: DevRow, index: number) => boolean,
): Tally {
  const counts: Tally = { caught: 0, crisis: 0, flagged: 0, calm: 0 };
  rows.forEach((row, index) => {
    if (!keep(row, index)) return;
    const flagged = results[index]?.crisis === true;
    if (row.crisis) {
      counts.crisis += 1;
      if (flagged) counts.caught += 1;
    } else {
      counts.calm += 1;
      if (flagged) counts.flagged += 1;
    }
  });
  return counts;
}

/** Only the studied half's misses and false alarms: the untouched half is never listed. */
function listStudiedErrors(
  rows: readonly DevRow[],
  results: readonly CrisisLanguageResult[],
): void {
  const misses: string[] = [];
  const alarms: string[] = [];
  rows.forEach((row, index) => {
    const result = results[index];
    if (!inHalf(index, "studied") || result === undefined) return;
    if (row.crisis && !result.crisis) {
      misses.push(`  miss [${row.form}] ${row.text.slice(0, 240)}`);
    } else if (!row.crisis && result.crisis) {
      alarms.push(
        `  false alarm [${row.form}] ${why(result, row.text)}\n      ${row.text.slice(0, 240)}`,
      );
    }
  });
  console.log(`\n  Studied half, misses (${misses.length}):\n${misses.join("\n")}`);
  console.log(`\n  Studied half, false alarms (${alarms.length}):\n${alarms.join("\n")}`);
}

function evaluateDevSet(rows: readonly DevRow[]): void {
  console.log(`\nDevelopment set: ${rows.length} hand-read public texts (evaluation only)`);
  console.log(
    "  studied = even lines (errors read to find general rules), untouched = odd lines (never read; the figure to report)",
  );
  for (const { name, detect } of detectors) {
    const results = rows.map((row) => detect(row.text));
    const line: string[] = [];
    for (const half of HALVES) {
      for (const form of ["short", "post", "all"] as const) {
        const counts = tally(
          rows,
          results,
          (row, index) => inHalf(index, half) && (form === "all" || row.form === form),
        );
        line.push(
          `  ${name.padEnd(11)} ${half.padEnd(9)} ${form.padEnd(6)} recall ${ratio(counts.caught, counts.crisis).padEnd(18)} false alarms ${ratio(counts.flagged, counts.calm)}`,
        );
      }
    }
    console.log(line.join("\n"));
    if (!QUIET && name === "detector") listStudiedErrors(rows, results);
  }
  console.log(
    `  today: recall ${TODAY.devRecall}, false alarms ${TODAY.devFalseAlarms}; target on unseen texts: recall ≥ 0.95, false alarms on hard look-alikes ≤ 0.20`,
  );
}

function evaluateOwnLists(): boolean {
  console.log("\nThe project's own lists (crisis-statements.fixture.ts)");
  let ok = true;
  for (const { name, detect } of detectors) {
    const caught = crisisStatements.filter((text) => detect(text).crisis).length;
    const alarms = everydayStatements.filter((text) => detect(text).crisis).length;
    const recall = caught / crisisStatements.length;
    const rate = alarms / everydayStatements.length;
    if (name === "detector") ok = recall === 1 && rate <= 0.05;
    console.log(
      `  ${name.padEnd(11)} crisis recall ${ratio(caught, crisisStatements.length)}   everyday false alarms ${(rate * 100).toFixed(1)}% (${alarms}/${everydayStatements.length})`,
    );
  }
  console.log(`  today: ${TODAY.ownLists}; target: recall 1.0, false alarms at most 5%`);
  return ok;
}

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * Wall time and CPU time per call. On a shared machine the wall time's tail is mostly other
 * processes; CPU time (microsecond resolution) is the detector's own cost.
 */
function timePerText(
  texts: readonly string[],
  detect: Detector,
): { wall: number[]; cpu: number[] } {
  for (const text of texts) detect(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const text of texts) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    detect(text);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

function evaluateTime(): boolean {
  const texts = buildTexts(10_000, 20_240_601);
  console.log(
    `\nTime per text: ${texts.length.toLocaleString("en")} texts up to 2,000 characters (bench/crisis-language.ts)`,
  );
  let ok = true;
  for (const { name, detect } of detectors) {
    const { wall, cpu } = timePerText(texts, detect);
    const ms = (value: number): string => `${value.toFixed(3)} ms`;
    console.log(
      `  ${name.padEnd(11)} wall median ${ms(percentile(wall, 0.5))} p99 ${ms(percentile(wall, 0.99))}   cpu median ${ms(percentile(cpu, 0.5))} p99 ${ms(percentile(cpu, 0.99))}`,
    );
    if (name === "detector") ok = percentile(cpu, 0.99) < 0.5;
  }
  console.log(
    `  today: p99 ${TODAY.p99}; target: p99 under 0.5 ms for rules and scorer together (rules alone ≤ 0.25 ms)`,
  );
  return ok;
}

/**
 * The built chunks that hold the detector, which the check-in screen fetches on first typing. It
 * ships twice, as alternatives: in the worker the screen starts, and as a module the page loads
 * itself only when no worker can start (components/workers/off-main-thread.ts). A browser loads
 * one of them, so the figure judged is the larger, not their sum.
 */
function evaluateSize(): boolean {
  const assets = path.join(ROOT, "dist/web/assets");
  console.log("\nWhat the browser loads for the detector (built app, gzip level 9)");
  if (!existsSync(assets)) {
    console.log("  no built app: run `npm run build` first");
    return true;
  }
  let largest = 0;
  for (const file of readdirSync(assets).filter((name) => name.endsWith(".js"))) {
    const bytes = readFileSync(path.join(assets, file));
    // The rules' category names appear only in the detector's own chunks.
    if (!bytes.includes("wish-to-be-dead")) continue;
    const gz = gzipSync(bytes, { level: 9 }).length;
    largest = Math.max(largest, gz);
    const role = file.includes(".worker") ? "in the worker" : "when no worker can start";
    console.log(
      `  ${file} (${role}): ${(bytes.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`,
    );
  }
  const kb = largest / 1024;
  console.log(
    `  loaded: ${kb.toFixed(1)} KB gzipped (one of the above); today ${TODAY.size}; target at most 60 KB with the scorer (rules ≤ 35 KB)`,
  );
  return kb <= 60;
}

const rows = readDevSet();
if (rows) evaluateDevSet(rows);
else console.log(`\nDevelopment set not found (${path.relative(ROOT, DEV_SET)}): skipped`);
const results = [evaluateOwnLists(), evaluateTime(), evaluateSize()];
if (results.includes(false)) {
  console.log("\nAt least one target above is missed.");
  process.exitCode = 1;
}
