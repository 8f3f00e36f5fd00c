import { describe, expect, it } from "vitest";
import { crisisCardPlace } from "./one-card.js";

describe("where the one crisis card goes among fields watched on their own", () => {
  it("goes nowhere while no field calls for it", () => {
    expect(crisisCardPlace(null, [false, false])).toBeNull();
    expect(crisisCardPlace(1, [false, false])).toBeNull();
  });

  it("goes under the first field that calls for it, when both do at once", () => {
    expect(crisisCardPlace(null, [true, true])).toBe(0);
    expect(crisisCardPlace(null, [false, true])).toBe(1);
  });

  it("stays where it is shown when another field calls for it too", () => {
    expect(crisisCardPlace(1, [true, true])).toBe(1);
    expect(crisisCardPlace(0, [true, true])).toBe(0);
  });

  it("moves to a field still calling for it once its own field no longer does", () => {
    expect(crisisCardPlace(1, [true, false])).toBe(0);
  });
});
