import { BUCKET_BITS, BUCKETS } from "./features.js";

/**
 * The trained scorer as it is stored: a logistic regression over hashed features, its weights
 * quantised to one signed byte each and written one character per weight, so the file is small to
 * ship to the browser and its bytes say exactly what the model is.
 */
export interface StoredCrisisModel {
  readonly version: 2;
  readonly bucketBits: number;
  /** A weight is its stored byte times `scale`. */
  readonly scale: number;
  readonly bias: number;
  /** The score from which a text is flagged; see docs/CRISIS-SCORER.md for why this value. */
  readonly threshold: number;
  /** One character per bucket: its signed byte plus WEIGHT_OFFSET, as a character code. */
  readonly weights: string;
}

export interface CrisisModel {
  readonly scale: number;
  readonly bias: number;
  readonly threshold: number;
  readonly weights: Int8Array;
}

export function decodeModel(stored: StoredCrisisModel): CrisisModel {
  if (stored.bucketBits !== BUCKET_BITS) {
    throw new Error(`crisis model has ${stored.bucketBits} bucket bits, the code ${BUCKET_BITS}`);
  }
  const text = stored.weights;
  if (stored.version !== 2 || text.length !== BUCKETS) {
    throw new Error(`crisis model has ${text.length} weights, expected ${BUCKETS} (version 2)`);
  }
  const weights = new Int8Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++) weights[i] = text.charCodeAt(i) - WEIGHT_OFFSET;
  return { scale: stored.scale, bias: stored.bias, threshold: stored.threshold, weights };
}

/**
 * A weight's character is its signed byte plus this. Version 1 wrote the bytes as base64, whose
 * six-bit pieces hide each weight from gzip: the shipped model was 14.5 KB gzipped, and is 11.4 KB
 * one character per weight, the same weights. 70 puts the common weights (about -40 to 56) on
 * printable ASCII, and the characters a string must escape (quote, backslash, backtick) on rare
 * ones; the rare large weights take characters past ASCII.
 */
const WEIGHT_OFFSET = 70;

export function encodeWeights(weights: Int8Array): string {
  let text = "";
  for (let i = 0; i < weights.length; i++) {
    text += String.fromCharCode((weights[i] ?? 0) + WEIGHT_OFFSET);
  }
  return text;
}

/** The model as the text of `model.ts`, formatted as Biome would, so regenerating is a no-op. */
export function serializeModel(model: StoredCrisisModel): string {
  return [
    'import type { StoredCrisisModel } from "./model-format.js";',
    "",
    "// Written by `npm run train:crisis` from datasets/crisis/statements.jsonl; do not edit.",
    "export const storedCrisisModel: StoredCrisisModel = {",
    `  version: ${model.version},`,
    `  bucketBits: ${model.bucketBits},`,
    `  scale: ${model.scale},`,
    `  bias: ${model.bias},`,
    `  threshold: ${model.threshold},`,
    "  weights:",
    `    ${JSON.stringify(model.weights)},`,
    "};",
    "",
  ].join("\n");
}
