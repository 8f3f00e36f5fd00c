import { describe, expect, it } from "vitest";
import { crisisResourcesFor } from "../crisis/crisis-resources.js";
import { crisisLineEntry, emptySafetyPlan, withoutRegionLines } from "./prefill.js";
import { safetyPlanInputSchema, safetyPlanSchema } from "./safety-plan.schema.js";

describe("a safety plan not written yet", () => {
  it("starts with the region's crisis lines and emergency number as professionals", () => {
    const plan = emptySafetyPlan(crisisResourcesFor("GB"));
    expect(plan.professionals).toEqual([
      "Samaritans: call 116 123 · 24/7 · https://www.samaritans.org",
      "Shout: Text SHOUT to 85258 · 24/7 · https://giveusashout.org",
      "In an emergency: call 999",
    ]);
    expect(plan.updatedAt).toBeNull();
    expect(safetyPlanSchema.safeParse(plan).success).toBe(true);
  });

  it("falls back to the international list for a region nobody compiled", () => {
    const plan = emptySafetyPlan(crisisResourcesFor("ZZ"));
    expect(plan.professionals.at(-1)).toBe("In an emergency: call your local emergency number");
    expect(plan.professionals.join()).toContain("findahelpline.com");
  });

  it("writes a line with a number to text as 'text …'", () => {
    expect(crisisLineEntry({ name: "Line", text: "988" })).toBe("Line: text 988");
    expect(crisisLineEntry({ name: "Only a name" })).toBe("Only a name");
  });

  it("fits in the plan's own limits, so the pre-filled plan can be saved as it is", () => {
    for (const region of ["US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "NL", "ZZ"]) {
      const { updatedAt: _u, ...steps } = emptySafetyPlan(crisisResourcesFor(region));
      expect(safetyPlanInputSchema.safeParse(steps).success).toBe(true);
    }
  });
});

describe("a plan's professionals without the region's lines", () => {
  const gb = crisisResourcesFor("GB");

  it("keeps only what the person wrote or changed, in their order", () => {
    const written = [
      "Dr Okafor at the surgery, 020 7946 0000",
      ...emptySafetyPlan(gb).professionals,
      "Samaritans: call 116 123, ask for someone kind",
    ];
    expect(withoutRegionLines(written, gb)).toEqual([
      "Dr Okafor at the surgery, 020 7946 0000",
      "Samaritans: call 116 123, ask for someone kind",
    ]);
  });

  it("leaves another region's lines, which are not the ones shown beside it", () => {
    const us = emptySafetyPlan(crisisResourcesFor("US")).professionals;
    expect(withoutRegionLines(us, gb)).toEqual(us);
  });
});
