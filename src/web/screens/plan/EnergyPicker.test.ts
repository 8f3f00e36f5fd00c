import { describe, expect, it } from "vitest";
import { energyNumber, oneTapFor } from "./EnergyPicker.js";

describe("the energy shown as chosen for a check-in's energy", () => {
  it("is the one-tap answer that offers the same kind of steps", () => {
    expect([0, 1, 2, 3].map(oneTapFor)).toEqual(["low", "low", "low", "low"]);
    expect([4, 5, 6].map(oneTapFor)).toEqual(["some", "some", "some"]);
    expect([7, 8, 9, 10].map(oneTapFor)).toEqual(["okay", "okay", "okay", "okay"]);
  });

  it("round-trips: each one-tap answer reads back as itself", () => {
    for (const answer of ["low", "some", "okay"] as const) {
      expect(oneTapFor(energyNumber(answer) ?? Number.NaN)).toBe(answer);
    }
  });
});
