import { describe, expect, it } from "vitest";
import { doneWords } from "./done-words.js";

describe("what a done step says about how it went", () => {
  it("puts the enjoyment guess beside the enjoyment rating, not after achievement", () => {
    expect(doneWords({ predictedEnjoyment: 5, actualEnjoyment: 7, achievement: 4 })).toBe(
      "Done. Enjoyed it 7 out of 10 (you expected 5). Felt like an achievement: 4 out of 10.",
    );
  });

  it("reads as a sentence with only one rating, or none", () => {
    expect(doneWords({ predictedEnjoyment: 3, actualEnjoyment: 6 })).toBe(
      "Done. Enjoyed it 6 out of 10 (you expected 3).",
    );
    expect(doneWords({ predictedEnjoyment: 3, achievement: 8 })).toBe(
      "Done. Felt like an achievement: 8 out of 10.",
    );
    expect(doneWords({ predictedEnjoyment: 3 })).toBe("Done.");
  });
});
