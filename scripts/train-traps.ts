import { readFileSync, writeFileSync } from "node:fs";
import { parseExamples, serializeModel } from "../src/core/traps/dataset.js";
import { trainModel } from "../src/core/traps/train.js";

// Regenerates src/core/traps/model.json from the licensed training file and the project's own
// thoughts, in that order (the order is part of what makes the bytes the same every time).
const licensedUrl = new URL("../datasets/thinking-traps/train.jsonl", import.meta.url);
const projectUrl = new URL("../datasets/thinking-traps/project.jsonl", import.meta.url);
const modelUrl = new URL("../src/core/traps/model.json", import.meta.url);

const started = performance.now();
const examples = [
  ...parseExamples(readFileSync(licensedUrl, "utf8")),
  ...parseExamples(readFileSync(projectUrl, "utf8")),
];
const model = trainModel(examples);
const text = serializeModel(model);
writeFileSync(modelUrl, text);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `trained on ${examples.length} thoughts in ${seconds} s: ${Object.keys(model.features).length} features, ${Buffer.byteLength(text)} bytes`,
);
const gate = model.thresholds[model.traps.length];
console.log(
  `thresholds: ${model.traps.map((id, c) => `${id} ${model.thresholds[c]}`).join(", ")}; some trap ${gate}`,
);
