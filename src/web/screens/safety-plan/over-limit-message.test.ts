import { describe, expect, it } from "vitest";
import { overLimitMessage } from "./SavingStatus.js";

describe("the word on a step left past its limit", () => {
  it("starts its sentence with a capital, one step or several", () => {
    expect(overLimitMessage(["warningSigns"])).toContain(
      "The rest of your plan is saved. Step 1, “My warning signs” now has",
    );
    expect(overLimitMessage(["warningSigns", "reasonsForLiving"])).toMatch(
      /The rest of your plan is saved\. Step 1, “My warning signs” and step 7, “[^”]+” now have/,
    );
  });
});
