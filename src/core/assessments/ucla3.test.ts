import { describe, expect, it } from "vitest";
import { scoreUcla3, ucla3, ucla3Band } from "./ucla3.js";

describe("UCLA-3 definition", () => {
  it("keeps the published wording word for word", () => {
    expect(ucla3.items).toEqual([
      "How often do you feel that you lack companionship?",
      "How often do you feel left out?",
      "How often do you feel isolated from others?",
    ]);
    expect(ucla3.choices.map((choice) => [choice.value, choice.label])).toEqual([
      [1, "Hardly ever"],
      [2, "Some of the time"],
      [3, "Often"],
    ]);
  });

  it("has bands that cover 3 to 9 with no gap or overlap", () => {
    let next = 3;
    for (const band of ucla3.bands) {
      expect(band.min).toBe(next);
      next = band.max + 1;
    }
    expect(next).toBe(10);
  });
});

describe("UCLA-3 scoring", () => {
  it.each([
    [[1, 1, 1], 3, "not-lonely"],
    [[2, 2, 1], 5, "not-lonely"],
    [[2, 2, 2], 6, "lonely"],
    [[3, 3, 3], 9, "lonely"],
  ] as const)("scores %j as %i, %s", (answers, score, band) => {
    expect(scoreUcla3(answers)).toEqual({ score, band, flags: {} });
    expect(ucla3Band(score)).toBe(band);
  });

  it("refuses answers the schema would refuse", () => {
    expect(() => scoreUcla3([1, 2])).toThrow("UCLA-3 needs exactly 3 answers, got 2");
    expect(() => scoreUcla3([0, 2, 2])).toThrow("answer 1 must be a whole number from 1 to 3");
    expect(() => scoreUcla3([1, 2, 2.5])).toThrow("answer 3");
    expect(() => ucla3Band(2)).toThrow(RangeError);
    expect(() => ucla3Band(10)).toThrow(RangeError);
  });
});
