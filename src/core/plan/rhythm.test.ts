import { describe, expect, it } from "vitest";
import { LOCAL_DATE_RULE } from "../dates/local-date.js";
import { type RoutineTick, routineTickSchema, weeklyRhythm } from "./rhythm.js";

const weekStart = "2026-03-16";
const dates = [
  "2026-03-16",
  "2026-03-17",
  "2026-03-18",
  "2026-03-19",
  "2026-03-20",
  "2026-03-21",
  "2026-03-22",
];

function ticks(anchor: RoutineTick["anchor"], times: (string | null)[]): RoutineTick[] {
  return times.flatMap((time, i) => {
    const date = dates[i];
    return time === null || date === undefined ? [] : [{ date, anchor, time }];
  });
}

describe("weekly rhythm", () => {
  it("marks each day close when within 45 minutes of the target", () => {
    const result = weeklyRhythm({
      weekStart,
      targets: { wake: "07:30" },
      ticks: ticks("wake", ["07:30", "08:15", "08:16", "06:45", "10:00", "07:00", "09:30"]),
    });
    const wake = result.anchors.find((a) => a.anchor === "wake");
    expect(wake?.days.map((d) => d.close)).toEqual([true, true, false, true, false, true, false]);
    expect(wake?.summary).toBe("4 of 7 wake-ups were close to your target.");
  });

  it("wraps round midnight for bedtime", () => {
    const result = weeklyRhythm({
      weekStart,
      targets: { bed: "23:30" },
      ticks: ticks("bed", ["00:10", "23:59", "00:20", "22:40", null, null, null]),
    });
    const bed = result.anchors.find((a) => a.anchor === "bed");
    expect(bed?.days.map((d) => d.close)).toEqual([true, true, false, false, null, null, null]);
    expect(bed?.summary).toBe("2 of 4 bedtimes were close to your target.");
  });

  it("does not count days without a tick as missed", () => {
    const result = weeklyRhythm({
      weekStart,
      targets: { "first-meal": "09:00" },
      ticks: ticks("first-meal", ["09:10", null, null, null, null, null, null]),
    });
    const meal = result.anchors.find((a) => a.anchor === "first-meal");
    expect(meal?.noted).toBe(1);
    expect(meal?.summary).toBe("The one first meal you noted was close to your target.");
    expect(result.summary).toBe(
      "The one anchor you noted this week landed close to your target. Each steady day helps sleep and energy.",
    );
  });

  it("never shows a zero score", () => {
    const result = weeklyRhythm({
      weekStart,
      targets: { "first-contact": "12:00" },
      ticks: ticks("first-contact", ["18:00", "19:00", null, null, null, null, null]),
    });
    const contact = result.anchors.find((a) => a.anchor === "first-contact");
    expect(contact?.summary).toBe(
      "2 first contacts noted; the times moved around this week, and that's OK.",
    );
    expect(result.summary).not.toMatch(/\b0\b/);
    for (const anchor of result.anchors)
      expect(anchor.summary).not.toMatch(/\b0 of\b|missed|failed/i);
  });

  it("invites a first tick when the week is empty, and waits for targets", () => {
    const result = weeklyRhythm({
      weekStart,
      targets: {},
      ticks: ticks("wake", ["07:00", null, null, null, null, null, null]),
    });
    expect(result.summary).toBe(
      "Tick an anchor on any day and this week's picture starts to fill in.",
    );
    expect(result.anchors[0]?.summary).toBe("No target time for wake-ups yet.");
    expect(result.anchors[0]?.days[0]).toEqual({ date: "2026-03-16", time: "07:00", close: null });
    const empty = weeklyRhythm({ weekStart, targets: { wake: "07:00" }, ticks: [] });
    expect(empty.anchors[0]?.summary).toBe("No wake-ups noted this week yet.");
  });

  it("keeps the latest tick for a day and ignores other weeks", () => {
    const result = weeklyRhythm({
      weekStart,
      targets: { wake: "07:00" },
      ticks: [
        { date: "2026-03-16", anchor: "wake", time: "11:00" },
        { date: "2026-03-16", anchor: "wake", time: "07:10" },
        { date: "2026-03-23", anchor: "wake", time: "07:00" },
      ],
    });
    expect(result.dates).toEqual(dates);
    const wake = result.anchors[0];
    expect(wake?.days[0]?.close).toBe(true);
    expect(wake?.noted).toBe(1);
  });

  it("crosses a month end", () => {
    const result = weeklyRhythm({ weekStart: "2026-02-26", targets: {}, ticks: [] });
    expect(result.dates).toEqual([
      "2026-02-26",
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
    ]);
  });
});

describe("routine tick", () => {
  it("names a time and a date that do not exist", () => {
    expect(
      routineTickSchema.safeParse({ date: "2026-03-16", anchor: "wake", time: "25:00" }).error
        ?.issues[0]?.message,
    ).toBe("25:00 is not a time of day: use HH:MM from 00:00 to 23:59");
    expect(
      routineTickSchema.safeParse({ date: "2026-02-31", anchor: "wake", time: "07:00" }).error
        ?.issues[0]?.message,
    ).toBe(LOCAL_DATE_RULE);
    expect(
      routineTickSchema.safeParse({ date: "2026-03-16", anchor: "lunch", time: "07:00" }).error
        ?.issues[0]?.message,
    ).toBe("anchor must be one of wake, first-meal, first-contact, bed");
  });
});
