import { describe, expect, it } from "vitest";
import { addDays } from "../dates/local-date.js";
import { cycleMap, cycleMapInSteps } from "./cycle-map.js";
import { buildDailySeries } from "./daily-series.js";
import { computeInsights, insightsInSteps } from "./insights.js";
import { simulatePerson } from "./simulated-person.fixture.js";

const START = "2024-01-01";
const DAYS = 400;
const TODAY = addDays(START, DAYS - 1);
const { checkins } = simulatePerson({ seed: 11, days: DAYS, start: START });

/** How many times the steps stop before their result, and the result. */
function counted<T>(steps: Generator<void, T, void>): { stops: number; value: T } {
  let stops = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { stops, value: step.value };
    stops += 1;
  }
}

describe("insights worked out in steps", () => {
  it("stop between the cycle map's arrows, and give what one piece gives", () => {
    const series = buildDailySeries(checkins, TODAY);
    const { stops, value } = counted(cycleMapInSteps(series));
    expect(stops).toBe(value.edges.length - 1);
    expect(value).toEqual(cycleMap(series));
  });

  it("stop between every part, and give what computeInsights gives", () => {
    const { stops, value } = counted(insightsInSteps({ checkins }, TODAY));
    expect(stops).toBeGreaterThan(value.cycle.edges.length);
    expect(JSON.stringify(value)).toBe(JSON.stringify(computeInsights({ checkins }, TODAY)));
  });
});
