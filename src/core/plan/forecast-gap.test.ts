import { describe, expect, it } from "vitest";
import { catalogue } from "./catalogue.js";
import { type ForecastPlan, forecastGap } from "./forecast-gap.js";

function done(activityId: string, predicted: number, actual: number): ForecastPlan {
  return {
    activityId,
    status: "done",
    predictedEnjoyment: predicted,
    actualEnjoyment: actual,
  };
}

describe("forecast gap", () => {
  it("says how many more are needed before five are done", () => {
    const result = forecastGap(
      [
        done("send-one-message", 3, 6),
        done("open-a-window", 2, 4),
        { activityId: "doodle", status: "planned", predictedEnjoyment: 4 },
        { activityId: "doodle", status: "let-go", predictedEnjoyment: 4 },
        { activityId: "doodle", status: "done", predictedEnjoyment: 4 },
      ],
      catalogue,
    );
    expect(result).toEqual({
      status: "not-enough-yet",
      done: 2,
      needed: 3,
      message:
        "Not enough yet: rate 3 more done activities to see how your guesses compare with how things felt.",
    });
  });
  it("uses the singular for the last one", () => {
    const plans = [1, 2, 3, 4].map(() => done("open-a-window", 3, 4));
    const result = forecastGap(plans, catalogue);
    expect(result.status === "not-enough-yet" && result.message).toBe(
      "Not enough yet: rate 1 more done activity to see how your guesses compare with how things felt.",
    );
  });
  it("compares guesses with feelings, by area, in plain words", () => {
    const result = forecastGap(
      [
        done("send-one-message", 3, 6),
        done("short-phone-call", 2, 4),
        done("ask-how-their-week-is", 4, 6),
        done("doodle", 6, 6),
        done("make-the-bed", 5, 4),
        done("wash-five-things", 6, 4),
      ],
      catalogue,
    );
    expect(result.status).toBe("ready");
    if (result.status !== "ready") return;
    expect(result.done).toBe(6);
    expect(result.byArea.map((a) => [a.area, a.count, a.gap])).toEqual([
      ["connection", 3, 2.3],
      ["enjoyment", 1, 0],
      ["achievement", 2, -1.5],
    ]);
    expect(result.byArea[0]?.sentence).toBe(
      "You've enjoyed connection activities 2.3 points more than you expected (based on 3 activities).",
    );
    expect(result.byArea[1]?.sentence).toBe(
      "Enjoyable activities have felt about as good as you expected (based on 1 activity).",
    );
    expect(result.byArea[2]?.sentence).toBe(
      "You've enjoyed getting-things-done activities 1.5 points less than you expected (based on 2 activities). Worth knowing when you choose what to plan.",
    );
    expect(result.overallGap).toBe(0.7);
    expect(result.summary).toBe(
      "Across 6 activities, things felt 0.7 points better than you expected. Low mood tends to expect less.",
    );
  });
  it("says 1 point, not 1 points", () => {
    const plans = [1, 2, 3, 4, 5].map(() => done("open-a-window", 3, 4));
    const result = forecastGap(plans, catalogue);
    expect(result.status === "ready" && result.byArea[0]?.sentence).toBe(
      "You've enjoyed body and routine activities 1 point more than you expected (based on 5 activities).",
    );
  });
  it("counts an activity whose area is unknown overall but not by area", () => {
    const plans = [1, 2, 3, 4, 5].map(() => done("deleted-own-activity", 5, 5));
    const result = forecastGap(plans, catalogue);
    expect(result.status === "ready" && result.byArea).toEqual([]);
    expect(result.status === "ready" && result.summary).toBe(
      "Across 5 activities, things felt about as good as you expected.",
    );
  });
});
