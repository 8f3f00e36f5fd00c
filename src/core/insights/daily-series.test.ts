import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isLocalDate } from "../dates/local-date.js";
import { buildDailySeries, epochDay, epochDayOf } from "./daily-series.js";
import { checkinOn } from "./test-helpers.fixture.js";

describe("epochDay", () => {
  it("counts days as daysBetween does, across leap years and centuries", () => {
    for (let i = -40_000; i <= 40_000; i += 37) {
      const date = addDays("2000-01-01", i);
      expect(epochDay(date)).toBe(daysBetween("1970-01-01", date));
    }
  });

  it("accepts exactly the dates isLocalDate accepts", () => {
    const samples = [
      "2024-02-29",
      "2023-02-29",
      "1900-02-29",
      "2000-02-29",
      "2026-04-31",
      "2026-12-31",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "1899-12-31",
      "3000-01-01",
      "2026-1-01",
      "2026/01/01",
      "2026-01-01T00",
      "abcd-ef-gh",
      "",
    ];
    for (let i = 0; i < 800; i += 1) samples.push(addDays("2023-12-01", i));
    for (const sample of samples) {
      expect(epochDayOf(sample) !== null, sample).toBe(isLocalDate(sample));
    }
  });
});

describe("buildDailySeries", () => {
  it("lays days out by date, leaving days without a check-in as gaps", () => {
    const series = buildDailySeries([
      checkinOn("2026-03-03", { mood: 7, connections: 2 }),
      checkinOn("2026-03-01", { mood: 4, sleepHours: 6.5 }),
    ]);
    expect(series.firstDate).toBe("2026-03-01");
    expect(series.length).toBe(3);
    expect(series.checkins).toBe(2);
    expect([...series.present]).toEqual([1, 0, 1]);
    expect([...series.values.mood]).toEqual([4, Number.NaN, 7]);
    expect([...series.values.connections]).toEqual([0, Number.NaN, 2]);
    expect([...series.values.sleepHours]).toEqual([6.5, Number.NaN, Number.NaN]);
  });

  it("keeps the latest edit of a day, and the later one in the list on a tie", () => {
    const older = checkinOn("2026-03-01", { mood: 1, updatedAt: "2026-03-01T08:00:00.000Z" });
    const newer = checkinOn("2026-03-01", { mood: 8, updatedAt: "2026-03-01T21:00:00.000Z" });
    expect([...buildDailySeries([newer, older]).values.mood]).toEqual([8]);
    expect([...buildDailySeries([older, newer]).values.mood]).toEqual([8]);
    const twin = { ...newer, mood: 3 };
    expect([...buildDailySeries([newer, twin]).values.mood]).toEqual([3]);
    expect(buildDailySeries([older, newer]).checkins).toBe(1);
  });

  it("sets aside impossible dates and values out of range, and stops at `until`", () => {
    const series = buildDailySeries(
      [
        checkinOn("2026-02-30", { mood: 9 }),
        checkinOn("2026-03-01", { mood: 4, energy: 11, sleepHours: -1 }),
        checkinOn("2026-03-09", { mood: 6 }),
      ],
      "2026-03-05",
    );
    expect(series.length).toBe(1);
    expect([...series.values.mood]).toEqual([4]);
    expect([...series.values.energy]).toEqual([Number.NaN]);
    expect([...series.values.sleepHours]).toEqual([Number.NaN]);
  });

  it("is empty, not an error, with no check-ins", () => {
    const series = buildDailySeries([]);
    expect(series.firstDate).toBeNull();
    expect(series.length).toBe(0);
    expect(series.values.mood.length).toBe(0);
  });
});
