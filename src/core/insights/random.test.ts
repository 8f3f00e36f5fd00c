import { describe, expect, it } from "vitest";
import { drawIndices, mulberry32, normal, poisson, seedFrom } from "./random.js";

describe("seeded random numbers", () => {
  it("repeat exactly for the same seed and differ for another", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(seedFrom("mood")).toBe(seedFrom("mood"));
    expect(seedFrom("mood")).not.toBe(seedFrom("sleep"));
  });

  it("are spread evenly on [0, 1), with normal and Poisson draws of the right mean and spread", () => {
    const random = mulberry32(7);
    const n = 20_000;
    let uniform = 0;
    let normals = 0;
    let squares = 0;
    let counts = 0;
    for (let i = 0; i < n; i += 1) {
      const u = random();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      uniform += u;
      const z = normal(random);
      normals += z;
      squares += z * z;
      counts += poisson(random, 1.5);
    }
    expect(uniform / n).toBeCloseTo(0.5, 2);
    expect(normals / n).toBeCloseTo(0, 1);
    expect(squares / n).toBeCloseTo(1, 1);
    expect(counts / n).toBeCloseTo(1.5, 1);
    expect(poisson(random, 0)).toBe(0);
  });
});

describe("drawIndices", () => {
  it("draws the same stream as mulberry32, scaled to indices", () => {
    const random = mulberry32(99);
    const expected = Array.from({ length: 10 }, () => Math.floor(random() * 37) * 4);
    const state = Uint32Array.of(99);
    const first = new Int32Array(4);
    const second = new Int32Array(6);
    drawIndices(state, first, 37, 4);
    drawIndices(state, second, 37, 4);
    expect([...first, ...second]).toEqual(expected);
  });
});
