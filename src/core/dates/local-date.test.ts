import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  earliestWithinYears,
  isLocalDate,
  isMoreThanYearsAfter,
  localDateOf,
  mondayOf,
} from "./local-date.js";

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

describe("periods counted in calendar years", () => {
  it.each([
    ["2025-01-01", "2026-01-01", 1, false, "a year of 365 days"],
    ["2025-01-01", "2026-01-02", 1, true, "a day over it, 366 days"],
    ["2023-03-01", "2024-03-01", 1, false, "a year of 366 days"],
    ["2023-03-01", "2024-03-02", 1, true, "a day over it, 367 days"],
    ["2024-02-29", "2025-02-28", 1, false, "from 29 February to the 28th a year on"],
    ["2024-02-29", "2025-03-01", 1, true, "from 29 February to 1 March a year on"],
    ["2024-02-29", "2028-02-29", 4, false, "from one 29 February to the next"],
    ["2006-01-01", "2026-01-01", 20, false, "20 years of 7,305 days"],
    ["2006-01-01", "2026-01-02", 20, true, "a day over 20 years, within 20 × 366 days"],
    ["2021-12-31", "2026-12-31", 5, false, "5 years across a year's end"],
    ["2021-12-31", "2027-01-01", 5, true, "a day over 5 years, across a year's end"],
  ])("%s to %s, at most %i: over is %s (%s)", (from, to, years, over) => {
    expect(isMoreThanYearsAfter(from, to, years)).toBe(over);
  });

  it.each([
    ["2026-11-29", 20, "2006-11-29"],
    ["2028-02-29", 4, "2024-02-29"],
    ["2028-02-29", 1, "2027-03-01"],
    ["2120-02-29", 20, "2100-03-01"],
    ["1901-05-01", 20, "1881-05-01"],
  ])("the earliest start %s is at most %i years after is %s", (to, years, earliest) => {
    expect(earliestWithinYears(to, years)).toBe(earliest);
    expect(isMoreThanYearsAfter(earliest, to, years)).toBe(false);
    if (isLocalDate(earliest)) {
      expect(isMoreThanYearsAfter(addDays(earliest, -1), to, years)).toBe(true);
    }
  });
});
