import { describe, expect, it } from "vitest";
import {
  CHECKIN_SPAN_PATH,
  checkinDayPath,
  checkinsPath,
  earlyPaths,
  SESSION_PATH,
} from "./early-paths.js";

const TODAY = "2026-12-04";

describe("the GETs a screen will make, from its address alone", () => {
  it("the check-in screen reads today with the two days before it", () => {
    expect(earlyPaths("/", TODAY)).toEqual([
      SESSION_PATH,
      "/api/checkins?from=2026-12-02&to=2026-12-04",
    ]);
  });

  it("an earlier day's check-in reads that day, across a month's end", () => {
    expect(earlyPaths("/checkin/2026-12-01", TODAY)).toEqual([
      SESSION_PATH,
      "/api/checkins?from=2026-11-29&to=2026-12-01",
    ]);
    expect(checkinDayPath("2026-12-01")).toBe("/api/checkins?from=2026-11-29&to=2026-12-01");
  });

  it("a day not yet come, or a date that is not one, reads only the session", () => {
    expect(earlyPaths("/checkin/2026-12-05", TODAY)).toEqual([SESSION_PATH]);
    expect(earlyPaths("/checkin/2026-02-30", TODAY)).toEqual([SESSION_PATH]);
  });

  it("history reads the last four weeks and how far back the check-ins go", () => {
    expect(earlyPaths("/history", TODAY)).toEqual([
      SESSION_PATH,
      "/api/checkins?from=2026-11-07&to=2026-12-04",
      CHECKIN_SPAN_PATH,
    ]);
  });

  it("a past month reads that month; this month stops at today; a later month reads nothing", () => {
    expect(earlyPaths("/history/2026-10", TODAY)).toEqual([
      SESSION_PATH,
      "/api/checkins?from=2026-10-01&to=2026-10-31",
      CHECKIN_SPAN_PATH,
    ]);
    expect(earlyPaths("/history/2026-12", TODAY)).toEqual([
      SESSION_PATH,
      "/api/checkins?from=2026-12-01&to=2026-12-04",
      CHECKIN_SPAN_PATH,
    ]);
    expect(earlyPaths("/history/2027-01", TODAY)).toEqual([SESSION_PATH]);
  });

  it("insights read today's patterns and the check-ups; thoughts read the list", () => {
    expect(earlyPaths("/insights", TODAY)).toEqual([
      SESSION_PATH,
      "/api/insights?to=2026-12-04",
      "/api/assessments",
    ]);
    expect(earlyPaths("/thoughts", TODAY)).toEqual([SESSION_PATH, "/api/thoughts"]);
  });

  it("the plan reads its ideas, its week's plan and the forecast", () => {
    expect(earlyPaths("/plan", TODAY)).toEqual([
      SESSION_PATH,
      "/api/suggestions",
      "/api/plans",
      "/api/plans/forecast",
    ]);
  });

  it("the circle reads its people, with no energy chosen yet; share reads its links", () => {
    expect(earlyPaths("/circle", TODAY)).toEqual([SESSION_PATH, "/api/people"]);
    expect(earlyPaths("/share", TODAY)).toEqual([SESSION_PATH, "/api/shares"]);
  });

  it("the safety plan reads the plan, for a first visit in a hard moment", () => {
    expect(earlyPaths("/safety-plan", TODAY)).toEqual([SESSION_PATH, "/api/safety-plan"]);
  });

  it("other screens read only the session, and a trailing slash is the same screen", () => {
    expect(earlyPaths("/thoughts/new", TODAY)).toEqual([SESSION_PATH]);
    expect(earlyPaths("/crisis", TODAY)).toEqual([SESSION_PATH]);
    expect(earlyPaths("/history/", TODAY)).toEqual(earlyPaths("/history", TODAY));
  });

  it("writes the range exactly as the app's own request does", () => {
    expect(checkinsPath("2026-01-01", "2026-01-31")).toBe(
      "/api/checkins?from=2026-01-01&to=2026-01-31",
    );
  });
});
