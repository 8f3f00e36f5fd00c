import { describe, expect, it } from "vitest";
import { energyLevel, energyValue, UNKNOWN_ENERGY } from "./energy.js";

describe("energy", () => {
  it("reads a check-in number, a one-tap answer or nothing", () => {
    expect(energyValue(6)).toBe(6);
    expect(energyValue("low")).toBe(2);
    expect(energyValue("some")).toBe(5);
    expect(energyValue("okay")).toBe(8);
    expect(energyValue(undefined)).toBe(UNKNOWN_ENERGY);
    expect(energyValue(null)).toBe(UNKNOWN_ENERGY);
    expect(energyValue(Number.NaN)).toBe(UNKNOWN_ENERGY);
    expect(energyValue(14)).toBe(10);
  });
  it("treats an unknown day as low-ish, not low", () => {
    expect(energyLevel(energyValue(undefined))).toBe("some");
  });
  it.each([
    [0, "low"],
    [3, "low"],
    [4, "some"],
    [6, "some"],
    [7, "good"],
    [10, "good"],
  ] as const)("reads %s as %s", (value, level) => {
    expect(energyLevel(value)).toBe(level);
  });
});
