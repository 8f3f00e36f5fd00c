import { BUCKET_BITS, BUCKETS } from "./features.js";

/**
 * The trained scorer as it is stored: a logistic regression over hashed features, its weights
 * quantised to one signed byte each and written as base64, so the file is small to ship to the
 * browser and its bytes say exactly what the model is.
 */
export interface StoredCrisisModel {
  readonly version: 1;
  readonly bucketBits: number;
  /** A weight is its stored byte times `scale`. */
  readonly scale: number;
  readonly bias: number;
  /** The score from which a text is flagged; see docs/CRISIS-SCORER.md for why this value. */
  readonly threshold: number;
  /** One signed byte per bucket, base64. */
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
  const binary = atob(stored.weights);
  if (binary.length !== BUCKETS) {
    throw new Error(`crisis model has ${binary.length} weights, expected ${BUCKETS}`);
  }
  const weights = new Int8Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++) weights[i] = (binary.charCodeAt(i) << 24) >> 24;
  return { scale: stored.scale, bias: stored.bias, threshold: stored.threshold, weights };
}

export function encodeWeights(weights: Int8Array): string {
  let binary = "";
  for (let i = 0; i < weights.length; i++) binary += String.fromCharCode((weights[i] ?? 0) & 0xff);
  return btoa(binary);
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
    `    "${model.weights}",`,
    "};",
    "",
  ].join("\n");
}
