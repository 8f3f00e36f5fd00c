import { describe, expect, it } from "vitest";
import { clockDistance, isTimeOfDay, minutesOfDay, timeOfDaySchema } from "./time-of-day.js";

describe("time of day", () => {
  it.each(["00:00", "07:30", "23:59", "12:05"])("accepts %s", (t) => {
    expect(isTimeOfDay(t)).toBe(true);
  });
  it.each(["25:00", "24:00", "7:30", "12:60", "", "07:30:00", "ab:cd"])("refuses %s", (t) => {
    expect(isTimeOfDay(t)).toBe(false);
  });
  it("counts minutes after midnight", () => {
    expect(minutesOfDay("00:00")).toBe(0);
    expect(minutesOfDay("07:30")).toBe(450);
    expect(minutesOfDay("23:59")).toBe(1439);
  });
  it("measures the short way round the clock", () => {
    expect(clockDistance("23:30", "00:10")).toBe(40);
    expect(clockDistance("00:10", "23:30")).toBe(40);
    expect(clockDistance("07:00", "07:45")).toBe(45);
    expect(clockDistance("12:00", "00:00")).toBe(720);
  });
  it("names a time that does not exist", () => {
    const result = timeOfDaySchema.safeParse("25:00");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "25:00 is not a time of day: use HH:MM from 00:00 to 23:59",
    );
  });
});
