import { describe, expect, it } from "vitest";
import { addDays } from "../dates/local-date.js";
import { type ActivityDay, activitiesAndMood } from "./activities-and-mood.js";
import { buildDailySeries } from "./daily-series.js";
import type { AreaMood } from "./insights.schema.js";
import { checkinOn } from "./test-helpers.fixture.js";

const START = "2026-02-01";

function find(areas: readonly AreaMood[], area: string, timing: AreaMood["timing"]): AreaMood {
  const found = areas.find((a) => a.area === area && a.timing === timing);
  if (!found) throw new Error(`no ${timing} result for ${area}`);
  return found;
}

describe("activities and mood", () => {
  // 42 days; a walk every third day. Mood is 7 on walk days and 4 on others, and the day after
  // a walk is always a 4, so the next-day difference goes the other way.
  const checkins = Array.from({ length: 42 }, (_, i) =>
    checkinOn(addDays(START, i), { mood: i % 3 === 0 ? 7 : 4 }),
  );
  const days: ActivityDay[] = Array.from({ length: 42 }, (_, i) => ({
    date: addDays(START, i),
    areas: i % 3 === 0 ? ["movement"] : [],
  }));
  const result = activitiesAndMood(buildDailySeries(checkins), days);

  it("compares mood on days with and without an area, the same day", () => {
    const sameDay = find(result.areas, "movement", "same-day");
    expect(sameDay).toMatchObject({
      status: "ok",
      daysWith: 14,
      daysWithout: 28,
      moodWith: 7,
      moodWithout: 4,
    });
    if (sameDay.status !== "ok") return;
    expect(sameDay.difference).toBeCloseTo(3, 12);
    expect(sameDay.interval[0]).toBeCloseTo(3, 12);
    expect(sameDay.includesZero).toBe(false);
    expect(sameDay.sentence).toBe(
      "On days with movement activities, your mood tended to be about 3.00 points higher than on other days — likely between 3.00 and 3.00 points higher. This shows a pattern, not proof of cause.",
    );
  });

  it("compares mood the day after", () => {
    const nextDay = find(result.areas, "movement", "next-day");
    expect(nextDay).toMatchObject({ status: "ok", daysWith: 14, daysWithout: 27, moodWith: 4 });
    if (nextDay.status !== "ok") return;
    expect(nextDay.difference).toBeLessThan(0);
    expect(nextDay.sentence).toMatch(
      /^On days after movement activities, your mood tended to be about [\d.]+ points lower/,
    );
  });

  it("needs at least 5 days with and 5 without, and says how many more", () => {
    const few = days.map((day, i) => ({
      ...day,
      areas: i < 12 && i % 3 === 0 ? ["creative"] : [],
    }));
    const sameDay = find(
      activitiesAndMood(buildDailySeries(checkins), few).areas,
      "creative",
      "same-day",
    );
    expect(sameDay).toMatchObject({
      status: "not-enough-data",
      daysWith: 4,
      needed: { with: 1, without: 0 },
    });
    expect(sameDay.sentence).toBe(
      "Your mood on days with creative activities appears once there are at least 5 days with them and 5 without. So far: 4 with and 38 without.",
    );
    // Read side by side, the two waits once said the same words with other counts.
    const nextDay = find(
      activitiesAndMood(buildDailySeries(checkins), few).areas,
      "creative",
      "next-day",
    );
    expect(nextDay.sentence).toMatch(
      /^Your mood on the day after creative activities appears once there are at least 5 days with them and 5 without\. So far: \d+ with and \d+ without\.$/,
    );
  });

  it("counts days from the first planned day on, and only days with a mood", () => {
    const lateStart = days.slice(21);
    const sameDay = find(
      activitiesAndMood(buildDailySeries(checkins), lateStart).areas,
      "movement",
      "same-day",
    );
    expect(sameDay.daysWith + sameDay.daysWithout).toBe(21);
  });

  it("is empty, not an error, with no activities or no check-ins", () => {
    expect(activitiesAndMood(buildDailySeries(checkins), []).areas).toEqual([]);
    expect(activitiesAndMood(buildDailySeries([]), days).areas).toEqual([]);
  });

  it("lists same-day results before next-day ones, areas in order", () => {
    const mixed = days.map((day, i) => ({
      ...day,
      areas: i % 2 ? ["care", "movement"] : ["connection"],
    }));
    const order = activitiesAndMood(buildDailySeries(checkins), mixed).areas.map(
      (a) => `${a.timing} ${a.area}`,
    );
    expect(order).toEqual([
      "same-day care",
      "same-day connection",
      "same-day movement",
      "next-day care",
      "next-day connection",
      "next-day movement",
    ]);
  });
});
