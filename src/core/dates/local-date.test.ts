import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isLocalDate, localDateOf, mondayOf } from "./local-date.js";

describe("local dates", () => {
  it.each(["2026-11-29", "2024-02-29", "2000-02-29", "2026-12-31"])("accepts %s", (d) => {
    expect(isLocalDate(d)).toBe(true);
  });
  it.each([
    "2026-02-30",
    "2025-02-29",
    "1900-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-1-1",
    "",
    "2026-11-29T00:00",
  ])("refuses %s", (d) => {
    expect(isLocalDate(d)).toBe(false);
  });
  it("knows each month's last day in every year it takes, as the calendar does", () => {
    for (let year = 1900; year <= 2999; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const ym = `${year}-${String(month).padStart(2, "0")}`;
        expect(isLocalDate(`${ym}-${last}`)).toBe(true);
        if (last < 31) expect(isLocalDate(`${ym}-${last + 1}`)).toBe(false);
      }
    }
  });
  it("moves across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-11-29", -27)).toBe("2026-11-02");
    expect(daysBetween("2026-11-02", "2026-11-29")).toBe(27);
    expect(daysBetween("2026-11-29", "2026-11-02")).toBe(-27);
  });
  it("reads the calendar day of an instant in local time", () => {
    expect(localDateOf(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });

  it("finds the Monday a week starts on, across a year's end and before 1970", () => {
    expect(mondayOf("2026-12-04")).toBe("2026-11-30");
    expect(mondayOf("2026-11-30")).toBe("2026-11-30");
    expect(mondayOf("2026-12-06")).toBe("2026-11-30");
    expect(mondayOf("2027-01-01")).toBe("2026-12-28");
    expect(mondayOf("1969-12-31")).toBe("1969-12-29");
  });
});
