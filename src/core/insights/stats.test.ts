import { describe, expect, it } from "vitest";
import { quantileSorted, summarize } from "./stats.js";

describe("summarize", () => {
  it("gives mean and sample spread, skipping missing days", () => {
    const result = summarize([2, Number.NaN, 4, 4, 4, 5, 5, 7, 9]);
    expect(result.n).toBe(8);
    expect(result.mean).toBe(5);
    expect(result.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it("reads only the range asked for, and copes with nothing", () => {
    expect(summarize([1, 2, 3, 4], 1, 3).mean).toBe(2.5);
    expect(summarize([1, 2, 3], -5, 99).n).toBe(3);
    expect(summarize([]).n).toBe(0);
    expect(summarize([3]).sd).toBe(0);
  });
});

describe("quantileSorted", () => {
  it("interpolates between neighbours", () => {
    expect(quantileSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantileSorted([0, 10], 0.05)).toBeCloseTo(0.5, 12);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});
