import { describe, expect, it } from "vitest";
import { isLowDay, LOW_DAY_ENERGY, LOW_DAY_MOOD } from "./low-day.js";

describe("isLowDay", () => {
  it("is a low mood, or low energy whatever the mood", () => {
    expect(isLowDay({ mood: LOW_DAY_MOOD })).toBe(true);
    expect(isLowDay({ mood: 0 })).toBe(true);
    expect(isLowDay({ mood: 7, energy: LOW_DAY_ENERGY })).toBe(true);
  });

  it("is not a day with some mood and some energy, or energy left unsaid", () => {
    expect(isLowDay({ mood: LOW_DAY_MOOD + 1 })).toBe(false);
    expect(isLowDay({ mood: 6, energy: LOW_DAY_ENERGY + 1 })).toBe(false);
  });
});
