import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parseExamples } from "../src/core/traps/dataset.js";
import { detectTraps } from "../src/core/traps/detect-traps.js";
import { THOUGHT_MAX_LENGTH } from "../src/core/traps/thought-text.js";

/**
 * Throughput of `detectTraps` on one core, next to a bare tokenizer pass over the same texts,
 * plus the size the model and the bundled module add to a web page. Rates are per second of
 * this process's CPU time as well as of wall time: on a shared, loaded machine the wall clock
 * measures the neighbours.
 */

const TARGET_PER_SECOND = 5_000;
/**
 * One thought at the length limit, looked at once. A suggestion should follow a pause in typing
 * within about 100 ms; a phone's core is about four times slower than this machine's, so the
 * detector gets a quarter of that here.
 */
const LONG_TARGET_MS = 25;
const TOTAL = 30_000;

const dataUrl = new URL("../datasets/thinking-traps/train.jsonl", import.meta.url);
const projectUrl = new URL("../datasets/thinking-traps/project.jsonl", import.meta.url);
const modelUrl = new URL("../src/core/traps/model.json", import.meta.url);
const entryPath = new URL("../src/core/traps/detect-traps.ts", import.meta.url).pathname;

// The short licensed thoughts and the project's thoughts, a third of which are two sentences.
const texts = [
  ...parseExamples(readFileSync(dataUrl, "utf8")),
  ...parseExamples(readFileSync(projectUrl, "utf8")),
].map((example) => example.text);
const workload = Array.from({ length: TOTAL }, (_, i) => texts[i % texts.length] ?? "");

function rate(run: (text: string) => number): {
  perSecond: number;
  perCpuSecond: number;
  checksum: number;
} {
  // A short warm-up lets the engine optimise before the clock starts.
  let checksum = 0;
  for (let i = 0; i < 2_000; i++) checksum += run(workload[i] ?? "");
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const text of workload) checksum += run(text);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    perSecond: workload.length / seconds,
    perCpuSecond: workload.length / cpuSeconds,
    checksum,
  };
}

const tokenizer = rate((text) => text.toLowerCase().split(/[^\p{L}]+/u).length);
const detector = rate((text) => detectTraps(text).traps.length);

const format = (n: number): string => Math.round(n).toLocaleString("en-US");
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`thoughts: ${format(TOTAL)} (the ${texts.length} training texts repeated)`);
console.log(
  `plain tokenizer: ${format(tokenizer.perSecond)} thoughts/s wall, ${format(tokenizer.perCpuSecond)} per CPU second`,
);
console.log(
  `detectTraps:     ${format(detector.perSecond)} thoughts/s wall, ${format(detector.perCpuSecond)} per CPU second ` +
    `(target ${format(TARGET_PER_SECOND)}: ${detector.perCpuSecond >= TARGET_PER_SECOND ? "PASS" : "MISS"})`,
);

/**
 * A long thought as a person might write it: different training texts one after another, up to
 * the length limit. `together` joins them into one run-on sentence with commas, as someone
 * writing in a rush does; the detector then holds the whole text as one sentence.
 */
function longThought(first: number, stride: number, together: boolean): string {
  let thought = "";
  for (let i = 0; ; i++) {
    let text = texts[(first + i * stride) % texts.length] ?? "";
    if (together) text = text.replace(/[.!?;]+$/, "").replace(/[.!?;]/g, ",");
    const next = thought === "" ? text : `${thought}${together ? ", " : " "}${text}`;
    if (next.length > THOUGHT_MAX_LENGTH) return thought;
    thought = next;
  }
}

function longMedian(together: boolean): { ms: number; length: number } {
  const thoughts = Array.from({ length: 20 }, (_, k) => longThought(k * 53, 37 + 2 * k, together));
  for (const thought of thoughts) detectTraps(thought);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const thought of thoughts) {
      const cpu = process.cpuUsage();
      detectTraps(thought);
      const used = process.cpuUsage(cpu);
      times.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  const length = Math.min(...thoughts.map((thought) => thought.length));
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, length };
}

for (const together of [false, true]) {
  const { ms, length } = longMedian(together);
  console.log(
    `detectTraps, one thought of ${format(length)}–${format(THOUGHT_MAX_LENGTH)} characters ` +
      `(${together ? "one run-on sentence" : "many sentences"}): median ${ms.toFixed(1)} ms of CPU ` +
      `(target under ${LONG_TARGET_MS} ms: ${ms < LONG_TARGET_MS ? "PASS" : "MISS"})`,
  );
}

const modelBytes = readFileSync(modelUrl);
console.log(
  `model.json: ${kb(statSync(modelUrl).size)} on disk, ${kb(gzipSync(modelBytes, { level: 9 }).length)} gzipped`,
);

try {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entryPath],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  console.log(
    `traps module bundle (minified, model included): ${kb(code.length)}, ${kb(gzipSync(code, { level: 9 }).length)} gzipped`,
  );
} catch (error) {
  console.log(`bundle size not measured (esbuild unavailable: ${String(error)})`);
}
