import { describe, expect, it } from "vitest";
import { PHQ9_ITEM_COUNT, phq9, phq9Band, scorePhq9 } from "./phq9.js";

/** Nine answers adding up to `total`, with item 9 set on its own. */
function answersFor(total: number, item9 = 0): number[] {
  const answers = new Array<number>(PHQ9_ITEM_COUNT).fill(0);
  answers[8] = item9;
  let left = total - item9;
  for (let i = 0; i < 8 && left > 0; i += 1) {
    answers[i] = Math.min(3, left);
    left -= answers[i] ?? 0;
  }
  if (left !== 0) throw new Error(`cannot make ${total} with item 9 at ${item9}`);
  return answers;
}

describe("PHQ-9 definition", () => {
  it("keeps the published wording word for word", () => {
    expect(phq9.frame).toBe(
      "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    );
    expect(phq9.items).toHaveLength(9);
    expect(phq9.items[0]).toBe("Little interest or pleasure in doing things");
    expect(phq9.items[5]).toBe(
      "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    );
    expect(phq9.items[8]).toBe(
      "Thoughts that you would be better off dead or of hurting yourself in some way",
    );
    expect(phq9.choices.map((choice) => [choice.value, choice.label])).toEqual([
      [0, "Not at all"],
      [1, "Several days"],
      [2, "More than half the days"],
      [3, "Nearly every day"],
    ]);
    expect(phq9.followUp.question).toBe(
      "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
    );
    expect(phq9.followUp.choices.map((choice) => choice.label)).toEqual([
      "Not difficult at all",
      "Somewhat difficult",
      "Very difficult",
      "Extremely difficult",
    ]);
  });

  it("has bands that cover 0 to 27 with no gap or overlap", () => {
    let next = 0;
    for (const band of phq9.bands) {
      expect(band.min).toBe(next);
      next = band.max + 1;
    }
    expect(next).toBe(28);
  });
});

describe("PHQ-9 scoring", () => {
  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "moderately-severe"],
    [19, "moderately-severe"],
    [20, "severe"],
    [27, "severe"],
  ] as const)("scores a total of %i as %s", (total, band) => {
    const item9 = total > 24 ? 3 : 0;
    const result = scorePhq9(answersFor(total, item9));
    expect(result.score).toBe(total);
    expect(result.band).toBe(band);
    expect(phq9Band(total)).toBe(band);
  });

  it("gives 0 for all 'Not at all' and 27 for all 'Nearly every day'", () => {
    expect(scorePhq9(new Array(9).fill(0))).toEqual({
      score: 0,
      band: "minimal",
      flags: { selfHarm: false },
    });
    expect(scorePhq9(new Array(9).fill(3))).toEqual({
      score: 27,
      band: "severe",
      flags: { selfHarm: true },
    });
  });

  it("raises the self-harm flag for any answer above 0 on item 9, whatever the total", () => {
    expect(scorePhq9(answersFor(1, 1)).flags.selfHarm).toBe(true);
    expect(scorePhq9(answersFor(2, 2)).flags.selfHarm).toBe(true);
    expect(scorePhq9(answersFor(3, 3)).flags.selfHarm).toBe(true);
    expect(scorePhq9(answersFor(1, 1)).band).toBe("minimal");
  });

  it("leaves the self-harm flag off when item 9 is 0, even at a severe total", () => {
    const result = scorePhq9(answersFor(24, 0));
    expect(result.band).toBe("severe");
    expect(result.flags.selfHarm).toBe(false);
  });

  it("refuses answers the schema would refuse", () => {
    expect(() => scorePhq9(new Array(8).fill(0))).toThrow("PHQ-9 needs exactly 9 answers, got 8");
    expect(() => scorePhq9([0, 0, 4, 0, 0, 0, 0, 0, 0])).toThrow(
      "answer 3 must be a whole number from 0 to 3",
    );
    expect(() => scorePhq9([0, 0, 0, 1.5, 0, 0, 0, 0, 0])).toThrow("answer 4");
    expect(() => phq9Band(28)).toThrow(RangeError);
    expect(() => phq9Band(-1)).toThrow(RangeError);
  });
});
