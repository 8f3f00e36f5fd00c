import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import statementsText from "../../../../datasets/crisis/statements.jsonl?raw";
import thinkingTrapsText from "../../../../datasets/thinking-traps/train.jsonl?raw";
import { generateStatements } from "../../../../scripts/crisis-statements/generate.js";
import { BUCKET_BITS, BUCKETS } from "./features.js";
import featuresSource from "./features.ts?raw";
import committedModelText from "./model.ts?raw";
import { decodeModel, encodeWeights, serializeModel } from "./model-format.js";
import modelFormatSource from "./model-format.ts?raw";
import scoreCrisisSource from "./score-crisis.ts?raw";
import { createCrisisScorer } from "./scorer.js";
import scorerSource from "./scorer.ts?raw";
import tokensSource from "./tokens.ts?raw";
import {
  buildCrisisModel,
  defaultTrainOptions,
  type SplitStatement,
  trainCrisisModel,
} from "./train.js";
import windowSource from "./window.ts?raw";

const statements: SplitStatement[] = statementsText
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as SplitStatement);

describe("the crisis scorer's training", () => {
  it("writes the committed statements from the templates, the same on every run", () => {
    const thoughts = thinkingTrapsText
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const written = generateStatements(thoughts);
    expect(`${written.map((s) => JSON.stringify(s)).join("\n")}\n`).toBe(statementsText);
  });

  it("has at least 3,000 statements, both kinds, every category, train and held out", () => {
    expect(statements.length).toBeGreaterThanOrEqual(3000);
    const crisis = statements.filter((s) => s.crisis).length;
    expect(crisis).toBeGreaterThan(1500);
    expect(statements.length - crisis).toBeGreaterThan(1500);
    const heldOut = statements.filter((s) => s.split === "heldout").length;
    expect(heldOut / statements.length).toBeGreaterThan(0.15);
  });

  // Trains twice on some 14,000 statements (draft and shipped): seconds, more on a busy machine.
  it("reproduces the committed model from the committed statements, byte for byte", () => {
    expect(serializeModel(buildCrisisModel(statements).shipped)).toBe(committedModelText);
  }, 180_000);

  it("gives the same bytes twice on a small slice, and different bytes for a different seed", () => {
    const slice = statements.filter((_, i) => i % 20 === 0);
    const options = { ...defaultTrainOptions, epochs: 3, seed: 1 };
    const first = serializeModel(trainCrisisModel(slice, options));
    expect(serializeModel(trainCrisisModel(slice, options))).toBe(first);
    expect(serializeModel(trainCrisisModel(slice, { ...options, seed: 2 }))).not.toBe(first);
  });

  it("learns a word seen only in crisis statements", () => {
    const examples = Array.from({ length: 60 }, (_, i) => [
      { text: `the zorblat came on day ${i}`, crisis: true },
      { text: `the parcel came on day ${i}`, crisis: false },
    ]).flat();
    const model = trainCrisisModel(examples, { ...defaultTrainOptions, epochs: 8, l2: 0, seed: 3 });
    const score = createCrisisScorer(decodeModel(model));
    expect(score("a zorblat").score).toBeGreaterThan(0.8);
    expect(score("a parcel").score).toBeLessThan(0.2);
  });
});

describe("the crisis scorer's size", () => {
  it("stores every signed byte as one character and reads each back the same", () => {
    const every = Int8Array.from({ length: BUCKETS }, (_, i) => (i % 256) - 128);
    const stored = {
      version: 2,
      bucketBits: BUCKET_BITS,
      scale: 1,
      bias: 0,
      threshold: 0.5,
    } as const;
    const weights = encodeWeights(every);
    expect(weights).toHaveLength(BUCKETS);
    expect(decodeModel({ ...stored, weights }).weights).toEqual(every);
    // Written as the TypeScript string it is read back from.
    expect(JSON.parse(JSON.stringify(weights))).toBe(weights);
  });

  it("keeps the model file under 300 KB", () => {
    expect(new TextEncoder().encode(committedModelText).length).toBeLessThanOrEqual(300_000);
  });

  it("keeps model and code under 22 KB gzipped, its share of the browser's 60 KB", () => {
    const shipped = [
      committedModelText,
      modelFormatSource,
      featuresSource,
      tokensSource,
      windowSource,
      scorerSource,
      scoreCrisisSource,
    ].join("\n");
    // Unminified source, so the real bundle is smaller still.
    expect(gzipSync(shipped, { level: 9 }).length).toBeLessThanOrEqual(22_000);
  });
});
