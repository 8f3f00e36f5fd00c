import { describe, expect, it } from "vitest";
import { SHOWS_NOTHING } from "../text/visible.js";
import { safetyPlanSaveSchema, storedSafetyPlanStepsSchema } from "./safety-plan.schema.js";

describe("a safety plan's line that shows nothing", () => {
  it.each(["\u200b", "\u0301", "\u200b \u200d"])("is refused as %j, naming the line", (blank) => {
    const result = safetyPlanSaveSchema.safeParse({ reasonsForLiving: ["My cat", blank] });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["reasonsForLiving", 1], SHOWS_NOTHING],
    ]);
  });

  it("is not a line with a letter under its accent, or an emoji", () => {
    expect(safetyPlanSaveSchema.safeParse({ copingAlone: ["Cafe\u0301", "🐈"] }).success).toBe(
      true,
    );
  });

  it("still reads back as stored, every step there", () => {
    const stored = storedSafetyPlanStepsSchema.parse({ warningSigns: ["\u200b"] });
    expect(stored.warningSigns).toEqual(["\u200b"]);
    expect(stored.reasonsForLiving).toEqual([]);
  });
});
