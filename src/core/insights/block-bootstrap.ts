import { drawIndices } from "./random.js";
import { quantileSorted } from "./stats.js";

/**
 * Moving-block bootstrap for statistics that are a function of sums over observations.
 *
 * Days in one person's life are not independent: a low week is a run of low days. Resampling
 * single days would pretend they were, and give intervals that are too narrow. Resampling runs
 * of consecutive observations ("blocks") keeps that short-range dependence inside each block.
 *
 * Every estimator here (a difference in means, a two-predictor regression) depends on the data
 * only through a few sums, so the bootstrap keeps running totals (prefix sums) of each
 * component and adds up a block in constant time. A resample then costs one step per block
 * rather than one per observation, which is what keeps ten years of data well under 50 ms.
 */

export interface BlockBootstrapOptions {
  /** Number of resamples; 1,000 by default. */
  resamples?: number;
  /** Observations per block; defaults to `defaultBlockLength(n)`. */
  blockLength?: number;
  /** Seed for the random stream, so the same data always gives the same interval. */
  seed: number;
  /** Coverage of the interval; 0.9 by default (the 5th to the 95th percentile). */
  level?: number;
}

export interface BootstrapInterval {
  interval: [number, number];
  /** Resamples whose estimate could be computed (a resample can miss all the variation). */
  valid: number;
  resamples: number;
  blockLength: number;
}

export const DEFAULT_RESAMPLES = 1000;

/**
 * The tail probability to read the percentiles at, widened for a small number of blocks.
 *
 * A plain percentile interval is too narrow in small samples (it behaves as if the spread were
 * known, not estimated). Hesterberg's "expanded percentile interval" (The American Statistician,
 * 2015) corrects this by reading the percentiles at the normal tail that matches Student's t:
 * z' = sqrt(b / (b − 1)) · t(1 − α/2, b − 1). Here b is the number of blocks per resample, the
 * count of roughly independent pieces. The widening is large for 7 blocks (about 28%), small for
 * 25 (6%) and all but gone for 250 (under 1%). In the simulations it brings the coverage of the
 * cycle map's 90% intervals from about 87% to about 90%.
 */
export function expandedTail(level: number, blocks: number): number {
  const tail = (1 - level) / 2;
  if (blocks < 3) return tail;
  const df = blocks - 1;
  const t = studentQuantile(normalQuantile(1 - tail), df);
  return normalTail(Math.sqrt(blocks / df) * t);
}

/** Student's t quantile from the normal quantile z (Cornish–Fisher, good to 0.01 from 5 df). */
function studentQuantile(z: number, df: number): number {
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}

/** P(Z > z) for a standard normal Z (Abramowitz & Stegun 7.1.26, error below 1e-7). */
function normalTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const k = 1 / (1 + 0.3275911 * x);
  const poly =
    k *
    (0.254829592 + k * (-0.284496736 + k * (1.421413741 + k * (-1.453152027 + k * 1.061405429))));
  const upper = 0.5 * poly * Math.exp(-x * x);
  return z >= 0 ? upper : 1 - upper;
}

/** The standard normal quantile, by bisection on `normalTail`: exact enough, and called rarely. */
function normalQuantile(p: number): number {
  let low = -10;
  let high = 10;
  for (let i = 0; i < 80; i += 1) {
    const mid = (low + high) / 2;
    if (1 - normalTail(mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
export const DEFAULT_LEVEL = 0.9;

/**
 * Block length of about n^(1/3), the usual rate for moving blocks, kept between 3 and 20 so
 * short histories still keep neighbouring days together and long ones still mix well.
 */
export function defaultBlockLength(n: number): number {
  return Math.min(20, Math.max(3, Math.round(Math.cbrt(n))));
}

/**
 * `components[c][i]` is component c of observation i (observations in time order). `estimate`
 * turns the per-component sums of a resample (sums[0..k)) into a number, or null when the
 * resample cannot support one. Returns null when fewer than half the resamples could: an
 * interval built from a minority of resamples would look surer than it is.
 */
export function blockBootstrap(
  components: readonly Float64Array[],
  estimate: Estimator,
  options: BlockBootstrapOptions,
): BootstrapInterval | null {
  return blockBootstrapEach(components, [estimate], options)[0] ?? null;
}

export type Estimator = (sums: Float64Array) => number | null;

/**
 * Several estimators on the same resamples (one interval each), for comparisons that share
 * their days: drawing the blocks once is what keeps many such comparisons fast.
 */
export function blockBootstrapEach(
  components: readonly Float64Array[],
  estimators: readonly Estimator[],
  options: BlockBootstrapOptions,
): (BootstrapInterval | null)[] {
  const failed = estimators.map(() => null);
  const k = components.length;
  const n = components[0]?.length ?? 0;
  if (k === 0 || n === 0 || components.some((column) => column.length !== n)) return failed;
  const resamples = Math.max(1, Math.floor(options.resamples ?? DEFAULT_RESAMPLES));
  const blockLength = Math.min(
    n,
    Math.max(1, Math.floor(options.blockLength ?? defaultBlockLength(n))),
  );
  const level = options.level ?? DEFAULT_LEVEL;

  // Rows padded to a multiple of 4 components, so the hot loop below can add four at a time
  // into local variables; that runs about twice as fast as a loop over a sums array.
  const stride = Math.ceil(k / 4) * 4;
  // prefix[i * stride + c] = sum of component c over observations [0, i).
  const prefix = new Float64Array((n + 1) * stride);
  components.forEach((column, c) => {
    let total = 0;
    for (let i = 0; i < n; i += 1) {
      total += column[i] ?? 0;
      prefix[(i + 1) * stride + c] = total;
    }
  });
  // Totals of every full-length block, by start.
  const starts = n - blockLength + 1;
  const blocks = new Float64Array(starts * stride);
  for (let start = 0; start < starts; start += 1) {
    const from = start * stride;
    const to = (start + blockLength) * stride;
    for (let c = 0; c < stride; c += 1)
      blocks[from + c] = (prefix[to + c] ?? 0) - (prefix[from + c] ?? 0);
  }

  const stream = Uint32Array.of(options.seed >>> 0);
  const fullBlocks = Math.floor(n / blockLength);
  const rest = n - fullBlocks * blockLength;
  // One pick per full block, plus one for the short last block when there is one.
  const picks = new Int32Array(fullBlocks + (rest > 0 ? 1 : 0));
  const sums = new Float64Array(stride);
  const estimates = estimators.map(() => new Float64Array(resamples));
  const valid = estimators.map(() => 0);
  for (let r = 0; r < resamples; r += 1) {
    drawIndices(stream, picks, starts, stride);
    for (let c = 0; c < stride; c += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let b = 0; b < fullBlocks; b += 1) {
        const at = (picks[b] ?? 0) + c;
        s0 += blocks[at] ?? 0;
        s1 += blocks[at + 1] ?? 0;
        s2 += blocks[at + 2] ?? 0;
        s3 += blocks[at + 3] ?? 0;
      }
      sums[c] = s0;
      sums[c + 1] = s1;
      sums[c + 2] = s2;
      sums[c + 3] = s3;
    }
    // The last block is cut short so every resample has exactly n observations.
    if (rest > 0) {
      const from = picks[fullBlocks] ?? 0;
      const to = from + rest * stride;
      for (let c = 0; c < stride; c += 1) {
        sums[c] = (sums[c] ?? 0) + (prefix[to + c] ?? 0) - (prefix[from + c] ?? 0);
      }
    }
    estimators.forEach((estimate, e) => {
      const value = estimate(sums);
      const into = estimates[e];
      if (value === null || !Number.isFinite(value) || into === undefined) return;
      into[valid[e] ?? 0] = value;
      valid[e] = (valid[e] ?? 0) + 1;
    });
  }

  const tail = expandedTail(level, Math.ceil(n / blockLength));
  return estimators.map((_, e) => {
    const count = valid[e] ?? 0;
    const values = estimates[e];
    if (values === undefined || count * 2 < resamples) return null;
    const sorted = values.subarray(0, count).sort();
    return {
      interval: [quantileSorted(sorted, tail), quantileSorted(sorted, 1 - tail)],
      valid: count,
      resamples,
      blockLength,
    };
  });
}
