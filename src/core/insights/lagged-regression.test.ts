import { describe, expect, it } from "vitest";
import { regressionComponents, slopeFromSums, totals } from "./lagged-regression.js";

function slope(x: number[], y: number[], z: number[]): number | null {
  const pairs = { x: Float64Array.from(x), y: Float64Array.from(y), z: Float64Array.from(z) };
  return slopeFromSums(x.length, totals(regressionComponents(pairs)));
}

describe("slopeFromSums", () => {
  it("recovers the slope exactly when y is a plane in x and z", () => {
    const x = [0, 1, 2, 0, 3, 1, 4, 2];
    const z = [5, 3, 6, 2, 4, 7, 1, 5];
    const y = x.map((xi, i) => 1 + 0.8 * xi - 0.4 * (z[i] ?? 0));
    expect(slope(x, y, z)).toBeCloseTo(0.8, 12);
  });

  it("takes the plain slope when z never varies", () => {
    expect(slope([1, 2, 3, 4], [2, 4, 6, 8], [5, 5, 5, 5])).toBeCloseTo(2, 12);
  });

  it("returns null when x never varies or moves in lockstep with z", () => {
    expect(slope([2, 2, 2, 2], [1, 3, 2, 5], [1, 2, 3, 4])).toBeNull();
    expect(slope([1, 2, 3, 4], [1, 3, 2, 5], [2, 4, 6, 8])).toBeNull();
    expect(slope([1, 2], [1, 2], [3, 4])).toBeNull();
  });
});
