import { describe, expect, it } from "vitest";
import { addDays } from "../dates/local-date.js";
import { type DoneActivity, forecastGap } from "./forecast-gap.js";

const done = (
  n: number,
  area: string,
  predicted: number,
  actual: number,
  start = "2026-01-01",
): DoneActivity[] =>
  Array.from({ length: n }, (_, i) => ({
    date: addDays(start, 3 * i),
    area,
    predicted,
    actual: actual + (i % 2),
  }));

describe("forecast gap", () => {
  it("shows the mean gap by area once 5 are done, and says how many more before", () => {
    const result = forecastGap([...done(6, "connection", 3, 5), ...done(4, "movement", 5, 5)]);
    const connection = result.byArea.find((a) => a.area === "connection");
    expect(connection).toMatchObject({
      status: "ok",
      done: 6,
      meanPredicted: 3,
      meanActual: 5.5,
      gap: 2.5,
    });
    expect(connection?.sentence).toMatch(
      /^You've enjoyed connection activities about 2\.5 points more than you expected — likely between [\d.]+ and [\d.]+ points more \(from 6 done\)\.$/,
    );
    const movement = result.byArea.find((a) => a.area === "movement");
    expect(movement).toMatchObject({ status: "not-enough-data", done: 4, needed: 1 });
    expect(movement?.sentence).toBe(
      "This appears once you have done and rated 5 movement activities. So far: 4.",
    );
    expect(result.overall).toMatchObject({ status: "ok", area: null, done: 10 });
  });

  it("says so plainly when things felt worse than expected, or about as expected", () => {
    const worse = forecastGap(done(8, "chores", 6, 3)).overall;
    expect(worse.sentence).toMatch(
      /^You've enjoyed your planned activities about [\d.]+ points less than you expected/,
    );
    const even = forecastGap(
      Array.from({ length: 10 }, (_, i) => ({
        date: addDays("2026-01-01", i),
        area: "care",
        predicted: 5,
        actual: i % 2 ? 6 : 4,
      })),
    ).overall;
    expect(even).toMatchObject({ status: "ok", gap: 0, includesZero: true });
    expect(even.sentence).toMatch(
      /^So far, your planned activities have felt about as enjoyable as you expected \(from 10 done\)/,
    );
  });

  it("says a gap that was the same every time without a range of no width", () => {
    const same = (predicted: number, actual: number) =>
      Array.from({ length: 6 }, (_, i) => ({
        date: addDays("2026-01-01", 2 * i),
        area: "connection",
        predicted,
        actual,
      }));
    // Every resample of six equal gaps is that gap: "between 3.00 and 3.00 points more" read oddly.
    expect(forecastGap(same(4, 7)).overall.sentence).toBe(
      "You've enjoyed your planned activities 3 points more than you expected, each time so far (from 6 done).",
    );
    expect(forecastGap(same(7, 5)).overall.sentence).toBe(
      "You've enjoyed your planned activities 2 points less than you expected, each time so far (from 6 done).",
    );
    expect(forecastGap(same(6, 7)).overall.sentence).toBe(
      "You've enjoyed your planned activities 1 point more than you expected, each time so far (from 6 done).",
    );
    expect(forecastGap(same(5, 5)).overall.sentence).toBe(
      "So far, your planned activities have felt just as enjoyable as you expected, each time (from 6 done).",
    );
  });

  it("leaves out ratings that are missing or off the 0–10 scale, and bad dates", () => {
    const result = forecastGap([
      ...done(5, "care", 4, 6),
      { date: "2026-01-02", area: "care", predicted: 11, actual: 5 },
      { date: "2026-01-02", area: "care", predicted: Number.NaN, actual: 5 },
      { date: "2026-02-30", area: "care", predicted: 4, actual: 5 },
    ]);
    expect(result.overall.done).toBe(5);
  });

  it("gives month-by-month means for the chart, in date order", () => {
    const result = forecastGap([
      { date: "2026-02-03", area: "care", predicted: 2, actual: 6 },
      { date: "2026-01-20", area: "care", predicted: 4, actual: 5 },
      { date: "2026-01-05", area: "care", predicted: 2, actual: 5 },
    ]);
    expect(result.overTime).toEqual([
      { month: "2026-01", done: 2, meanPredicted: 3, meanActual: 5 },
      { month: "2026-02", done: 1, meanPredicted: 2, meanActual: 6 },
    ]);
  });

  it("is empty, not an error, with nothing done", () => {
    const result = forecastGap([]);
    expect(result.overall).toMatchObject({ status: "not-enough-data", needed: 5 });
    expect(result.byArea).toEqual([]);
    expect(result.overTime).toEqual([]);
  });
});
