import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExamples } from "./dataset.js";
import { detectTraps } from "./detect-traps.js";

const texts = parseExamples(
  readFileSync(new URL("../../../datasets/thinking-traps/train.jsonl", import.meta.url), "utf8"),
).map((example) => example.text.replace(/[.!?;]+$/, "").replace(/[.!?;]/g, ","));

/**
 * Different training thoughts joined with commas up to `limit` characters: a person writing in
 * a rush, whose whole text the detector holds as one sentence with highlights all through it.
 */
function runOn(limit: number): string {
  let thought = "";
  for (let i = 0; ; i++) {
    const text = texts[(i * 37) % texts.length] ?? "";
    const next = thought === "" ? text : `${thought}, ${text}`;
    if (next.length > limit) return thought;
    thought = next;
  }
}

function cpuMicroseconds(text: string): number {
  const before = process.cpuUsage();
  detectTraps(text);
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

describe("the detector's cost on long writing", () => {
  it("grows with the length of a run-on thought, not with its square", () => {
    // Times are compared with each other, not with a clock figure, so a loaded machine slows
    // both alike; the fastest of several turns is the least disturbed by neighbours. A text
    // sixteen times longer may cost a little more per character (more traps found, more
    // highlights); before, each highlight re-read its whole sentence and a text this long cost
    // 50 to 130 times the short one.
    const short = runOn(1_250);
    const long = runOn(20_000);
    detectTraps(long);
    let shortBest = Number.POSITIVE_INFINITY;
    let longBest = Number.POSITIVE_INFINITY;
    for (let turn = 0; turn < 7; turn++) {
      shortBest = Math.min(shortBest, cpuMicroseconds(short));
      longBest = Math.min(longBest, cpuMicroseconds(long));
    }
    const perCharacter = longBest / long.length / (shortBest / short.length);
    expect(perCharacter).toBeLessThan(2.5);
  });
});
