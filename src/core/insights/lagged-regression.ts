/**
 * Ordinary least squares of y on x while holding z constant (y = a + b·x + c·z), computed from
 * nine running sums so the block bootstrap can re-estimate it from block totals.
 *
 * In the cycle map, y is the target tomorrow, z the target today and x the predictor today:
 * holding z constant means comparing days that started out alike, so a slow drift in mood is
 * not mistaken for the effect of what happened in between.
 */

/**
 * Per observation, in this order: x, y, z, x², x·y, x·z, z², z·y. The count of observations is
 * not among them: every bootstrap resample has the same n, and one component fewer keeps the
 * resampling loop to two groups of four.
 */
export const REGRESSION_COMPONENTS = 8;

export interface DayPairs {
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
}

/**
 * The per-observation components, computed on values centred on their means: the slope is the
 * same, and sums of squares of centred values lose no precision over ten years of data.
 */
export function regressionComponents(pairs: DayPairs): Float64Array[] {
  const n = pairs.x.length;
  const mx = meanOf(pairs.x);
  const my = meanOf(pairs.y);
  const mz = meanOf(pairs.z);
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  const cz = new Float64Array(n);
  const xx = new Float64Array(n);
  const xy = new Float64Array(n);
  const xz = new Float64Array(n);
  const zz = new Float64Array(n);
  const zy = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const x = (pairs.x[i] ?? 0) - mx;
    const y = (pairs.y[i] ?? 0) - my;
    const z = (pairs.z[i] ?? 0) - mz;
    cx[i] = x;
    cy[i] = y;
    cz[i] = z;
    xx[i] = x * x;
    xy[i] = x * y;
    xz[i] = x * z;
    zz[i] = z * z;
    zy[i] = z * y;
  }
  return [cx, cy, cz, xx, xy, xz, zz, zy];
}

/** Totals of each component over all observations. */
export function totals(columns: readonly Float64Array[]): Float64Array {
  const sums = new Float64Array(columns.length);
  columns.forEach((column, c) => {
    let total = 0;
    for (let i = 0; i < column.length; i += 1) total += column[i] ?? 0;
    sums[c] = total;
  });
  return sums;
}

// Below these, x carries no information of its own: it never varies, or it moves in lockstep
// with z. Relative tolerances, so they hold whatever the units.
const NO_SPREAD = 1e-9;
const LOCKSTEP = 1e-9;

/**
 * The slope b on x from the component sums over n observations, or null when x has no
 * variation apart from z. When z itself never varies, holding it constant changes nothing, and
 * b is the plain slope on x.
 */
export function slopeFromSums(n: number, sums: Float64Array): number | null {
  if (n < 3) return null;
  const mx = (sums[0] ?? 0) / n;
  const my = (sums[1] ?? 0) / n;
  const mz = (sums[2] ?? 0) / n;
  const sxx = (sums[3] ?? 0) - n * mx * mx;
  const sxy = (sums[4] ?? 0) - n * mx * my;
  const sxz = (sums[5] ?? 0) - n * mx * mz;
  const szz = (sums[6] ?? 0) - n * mz * mz;
  const szy = (sums[7] ?? 0) - n * mz * my;
  if (!(sxx > NO_SPREAD * n)) return null;
  if (!(szz > NO_SPREAD * n)) return sxy / sxx;
  const det = sxx * szz - sxz * sxz;
  if (!(det > LOCKSTEP * sxx * szz)) return null;
  return (szz * sxy - sxz * szy) / det;
}

function meanOf(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i += 1) total += values[i] ?? 0;
  return values.length > 0 ? total / values.length : 0;
}
