import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Runs `eval-traps.ts` on the folds dealt with seeds 7, 8 and 9 (two at a time) and prints the
 * figures that decide whether a change to the trap model is kept, one column per seed, with the
 * committed model's figures beside them. The deal of 412 licensed thoughts into folds moves
 * licensed macro-F1 by about 0.01, as much as most changes do, so a change is only worth keeping
 * when it is better on every deal; one seed's figure says little.
 *
 * TRAPS_TRAIN (training options as JSON) is passed on to every run, as is the rest of the
 * environment: `TRAPS_TRAIN='{"l2":0.02}' node --import tsx scripts/eval-traps-seeds.ts`.
 */

const SEEDS = [7, 8, 9] as const;
const PARALLEL = 2;
const script = fileURLToPath(new URL("./eval-traps.ts", import.meta.url));

// The committed model's figures per seed (docs/TRAPS-MODEL.md), for the side-by-side column.
const committed: Record<string, readonly string[]> = {
  "licensed: macro F1 (12 traps)": ["0.495", "0.494", "0.505"],
  "licensed: some vs none, bal. acc.": ["0.825", "0.832", "0.848"],
  "project: balanced given any trap": ["0.134", "0.138", "0.132"],
};
const rows = Object.keys(committed);

function run(seed: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      env: { ...process.env, TRAPS_EVAL_SEED: String(seed) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`eval-traps with seed ${seed} exited with ${code}`));
    });
  });
}

/** The model's figure on a summary line of eval-traps ("label | model | keywords | today"). */
function figure(output: string, label: string): string {
  const line = output.split("\n").find((text) => text.startsWith(label));
  return line?.split("|")[1]?.trim() ?? "?";
}

function paragraphsFlagged(output: string): string {
  return /paragraphs of 4 balanced sentences given any trap: ([\d.]+)/.exec(output)?.[1] ?? "?";
}

/** In a paragraph of three balanced sentences and one trap line, how often that trap is found. */
function paragraphTrapFound(output: string): string {
  return /trap thought\): trap found ([\d.]+)/.exec(output)?.[1] ?? "?";
}

const outputs: string[] = [];
for (let i = 0; i < SEEDS.length; i += PARALLEL) {
  const batch = SEEDS.slice(i, i + PARALLEL);
  outputs.push(...(await Promise.all(batch.map(run))));
}

const pad = (text: string, width: number): string => text.padEnd(width);
console.log(`TRAPS_TRAIN=${process.env.TRAPS_TRAIN ?? "{}"}; seeds ${SEEDS.join(", ")}`);
console.log(`${pad("", 38)}| ${pad("this run", 22)}| committed`);
for (const label of rows) {
  const now = outputs.map((output) => figure(output, label)).join(" / ");
  console.log(`${pad(label, 38)}| ${pad(now, 22)}| ${(committed[label] ?? []).join(" / ")}`);
}
const paragraphs = outputs.map(paragraphsFlagged).join(" / ");
console.log(
  `${pad("paragraphs of 4 balanced, given a trap", 38)}| ${pad(paragraphs, 22)}| 0.302 / 0.341 / 0.332`,
);
const found = outputs.map(paragraphTrapFound).join(" / ");
console.log(
  `${pad("paragraph with 1 trap line: found", 38)}| ${pad(found, 22)}| 0.764 / 0.787 / 0.676`,
);
