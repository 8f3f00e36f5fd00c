import { JsonShapeCheck } from "../src/server/http/json-shape.js";
import { lifeExport, TEN_YEARS } from "./ten-years.js";

/**
 * What the shape check of every JSON body (a key given twice, nesting past 32 levels) costs on a
 * realistic large body: ten years of one person's export, as an import receives it. Timed next to
 * plain JSON.parse of the same text, and fed in 64 KB pieces as the streamed import feeds it.
 * The check must cost less than the parse it rides on. Run:
 * `node --import tsx bench/import-keys.ts`.
 */

const RUNS = 31;
const PIECE = 64 * 1024;
/** The check may cost at most as much as a plain parse of the same text, doubling it at worst. */
const TARGET_SHARE = 1;

const text = JSON.stringify(lifeExport(TEN_YEARS));

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function checkInPieces(): void {
  const check = new JsonShapeCheck();
  for (let at = 0; at < text.length; at += PIECE) {
    if (check.feed(text.slice(at, at + PIECE))) throw new Error("a real export was refused");
  }
}

// Warm both paths first, so neither is timed while being compiled.
for (let run = 0; run < 3; run++) timed(() => JSON.parse(text)) + timed(checkInPieces);

// Taken in turns, run by run, so a busy moment on a shared machine falls on both alike.
const parses: number[] = [];
const checks: number[] = [];
const shares: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const parse = timed(() => JSON.parse(text));
  const check = timed(checkInPieces);
  parses.push(parse);
  checks.push(check);
  shares.push(check / parse);
}
const parseMs = median(parses);
const checkMs = median(checks);
const share = median(shares);
console.log(`\nShape check of a JSON body (duplicate keys, depth), median of ${RUNS} runs`);
console.log(
  `  body: ten years of one person's export, ${(text.length / 1024 / 1024).toFixed(1)} MB`,
);
console.log(`  JSON.parse alone:          ${parseMs.toFixed(1)} ms`);
console.log(`  shape check, 64 KB pieces: ${checkMs.toFixed(1)} ms`);
console.log(
  `  check / parse, run by run: ${(share * 100).toFixed(0)} % (target at most ${TARGET_SHARE * 100} %) ${share <= TARGET_SHARE ? "ok" : "OVER"}`,
);
process.exitCode = share <= TARGET_SHARE ? 0 : 1;
