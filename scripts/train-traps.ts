import { readFileSync, writeFileSync } from "node:fs";
import { bytesSubset } from "../src/core/traps/bytes-subset.js";
import { parseExamples, serializeModel } from "../src/core/traps/dataset.js";
import { trainModel } from "../src/core/traps/train.js";

// Regenerates src/core/traps/model.json from the licensed training file and the project's own
// thoughts, in that order (the order is part of what makes the bytes the same every time), and
// model.subset.json from a fixed slice of both, which the unit tests retrain quickly to check
// that training still gives the same bytes. `--check` writes nothing: it retrains both and
// fails when either differs from the committed file.
const licensedUrl = new URL("../datasets/thinking-traps/train.jsonl", import.meta.url);
const projectUrl = new URL("../datasets/thinking-traps/project.jsonl", import.meta.url);
const modelUrl = new URL("../src/core/traps/model.json", import.meta.url);
const subsetUrl = new URL("../src/core/traps/model.subset.json", import.meta.url);
const check = process.argv.includes("--check");

const started = performance.now();
const licensed = parseExamples(readFileSync(licensedUrl, "utf8"));
const project = parseExamples(readFileSync(projectUrl, "utf8"));
const examples = [...licensed, ...project];
const model = trainModel(examples);
const text = serializeModel(model);
const subsetText = serializeModel(trainModel(bytesSubset(licensed, project)));
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (check) {
  const same = (url: URL, expected: string) => readFileSync(url, "utf8") === expected;
  const results = [
    ["model.json", same(modelUrl, text)],
    ["model.subset.json", same(subsetUrl, subsetText)],
  ] as const;
  for (const [name, ok] of results) {
    console.log(`${name}: ${ok ? "the same, byte for byte" : "DIFFERS from a fresh training"}`);
  }
  if (results.some(([, ok]) => !ok)) process.exitCode = 1;
} else {
  writeFileSync(modelUrl, text);
  writeFileSync(subsetUrl, subsetText);
}
console.log(
  `trained on ${examples.length} thoughts in ${seconds} s: ${Object.keys(model.features).length} features, ${Buffer.byteLength(text)} bytes`,
);
const gate = model.thresholds[model.traps.length];
console.log(
  `thresholds: ${model.traps.map((id, c) => `${id} ${model.thresholds[c]}`).join(", ")}; some trap ${gate}`,
);
