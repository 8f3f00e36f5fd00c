import { describe, expect, it } from "vitest";
import { answeredWords } from "./LeaveCheckup.js";

describe("how many answers a check-up left part-way holds", () => {
  it("counts the questions that count, as the first screen does", () => {
    expect(answeredWords(4, 9, false)).toBe("You have answered 4 of 9 questions.");
    expect(answeredWords(9, 9, true)).toBe(
      "You have answered all 9 questions; only the last one, which you can skip, is left.",
    );
    expect(answeredWords(9, 9, false)).toBe("You have answered all 9 questions.");
    expect(answeredWords(3, 3, false)).toBe("You have answered all 3 questions.");
  });
});
