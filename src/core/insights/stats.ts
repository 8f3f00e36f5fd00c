/** Plain descriptive statistics over the values that are present (NaN marks a missing day). */

export interface Summary {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); 0 when there are fewer than two values. */
  sd: number;
}

/** Mean and spread of the finite values in `values[from..to)`, skipping missing days. */
export function summarize(values: ArrayLike<number>, from = 0, to = values.length): Summary {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  // Welford's update: one pass, and no loss of precision when values sit far from zero.
  for (let i = Math.max(0, from); i < Math.min(to, values.length); i += 1) {
    const value = values[i];
    if (value === undefined || !Number.isFinite(value)) continue;
    n += 1;
    const delta = value - mean;
    mean += delta / n;
    m2 += delta * (value - mean);
  }
  return { n, mean: n > 0 ? mean : Number.NaN, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0 };
}

/** The q-quantile of values already sorted ascending (linear interpolation, R's type 7). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(position);
  const above = Math.min(n - 1, below + 1);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}
