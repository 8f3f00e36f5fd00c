import { describe, expect, it } from "vitest";
import { blockBootstrap, blockBootstrapEach, defaultBlockLength } from "./block-bootstrap.js";
import { mulberry32, normal } from "./random.js";

const meanOf = (n: number) => (sums: Float64Array) => (sums[0] ?? 0) / n;

describe("blockBootstrap", () => {
  it("uses blocks of about the cube root of n, between 3 and 20", () => {
    expect(defaultBlockLength(5)).toBe(3);
    expect(defaultBlockLength(150)).toBe(5);
    expect(defaultBlockLength(3650)).toBe(15);
    expect(defaultBlockLength(1e7)).toBe(20);
  });

  it("gives the same interval for the same data and seed", () => {
    const random = mulberry32(3);
    const values = Float64Array.from({ length: 200 }, () => normal(random));
    const first = blockBootstrap([values], meanOf(200), { seed: 1 });
    const second = blockBootstrap([values], meanOf(200), { seed: 1 });
    expect(first).toEqual(second);
    expect(first?.resamples).toBe(1000);
  });

  it("brackets a mean with an interval about as wide as theory says", () => {
    // 400 independent standard normal values: the mean's 90% interval is about ±1.645/20.
    const random = mulberry32(11);
    const values = Float64Array.from({ length: 400 }, () => normal(random));
    const total = values.reduce((sum, value) => sum + value, 0);
    const result = blockBootstrap([values], meanOf(400), { seed: 5, blockLength: 1 });
    expect(result).not.toBeNull();
    const [low, high] = result?.interval ?? [0, 0];
    expect(low).toBeLessThan(total / 400);
    expect(high).toBeGreaterThan(total / 400);
    expect(high - low).toBeGreaterThan(0.13);
    expect(high - low).toBeLessThan(0.2);
  });

  it("widens the interval when neighbouring days move together", () => {
    // A slow-moving series: single-day resampling would understate the uncertainty.
    const random = mulberry32(21);
    const values = new Float64Array(600);
    let level = 0;
    values.forEach((_, i) => {
      level = 0.8 * level + normal(random);
      values[i] = level;
    });
    const single = blockBootstrap([values], meanOf(600), { seed: 2, blockLength: 1 });
    const blocks = blockBootstrap([values], meanOf(600), { seed: 2 });
    const width = (r: typeof single) => (r ? r.interval[1] - r.interval[0] : 0);
    expect(width(blocks)).toBeGreaterThan(1.5 * width(single));
  });

  it("returns null when most resamples cannot be estimated", () => {
    const values = new Float64Array(30).fill(1);
    expect(blockBootstrap([values], () => null, { seed: 1 })).toBeNull();
    expect(blockBootstrap([new Float64Array(0)], meanOf(0), { seed: 1 })).toBeNull();
  });

  it("runs several estimators over the same resamples", () => {
    const values = Float64Array.from({ length: 50 }, (_, i) => i % 7);
    const [a, b] = blockBootstrapEach([values], [meanOf(50), (s) => 2 * meanOf(50)(s)], {
      seed: 9,
    });
    expect(b?.interval[0]).toBeCloseTo(2 * (a?.interval[0] ?? 0), 10);
    expect(b?.interval[1]).toBeCloseTo(2 * (a?.interval[1] ?? 0), 10);
  });
});
