import { describe, expect, it } from "vitest";
import { parseRoute } from "../../app/routes.js";
import { historyPage, historyPath } from "./months.js";

const TODAY = "2026-12-03";
const FIRST = "2026-09-14";

describe("paging history", () => {
  it("opens on the last four weeks, with the month before them one step back", () => {
    expect(historyPage(null, TODAY, FIRST)).toEqual({
      from: "2026-11-06",
      to: "2026-12-03",
      days: 28,
      earlier: "2026-11",
      later: null,
    });
  });

  it("goes back a whole month at a time and stops at the first check-in's month", () => {
    const pages = [];
    let month = historyPage(null, TODAY, FIRST).earlier;
    while (month !== null) {
      const page = historyPage(month, TODAY, FIRST);
      pages.push({ month, ...page });
      month = page.earlier;
    }
    expect(pages.map((p) => [p.month, p.from, p.to, p.days])).toEqual([
      ["2026-11", "2026-11-01", "2026-11-30", 30],
      ["2026-10", "2026-10-01", "2026-10-31", 31],
      ["2026-09", "2026-09-01", "2026-09-30", 30],
    ]);
    // Forward again, month by month, then back to the four weeks.
    expect(pages.map((p) => p.later)).toEqual([null, "2026-11", "2026-10"]);
  });

  it("never skips the days between the four weeks and the month before them", () => {
    const today = "2026-12-31";
    const recent = historyPage(null, today, FIRST);
    expect(recent.from).toBe("2026-12-04");
    expect(recent.earlier).toBe("2026-12");
    const december = historyPage("2026-12", today, FIRST);
    expect([december.from, december.to, december.earlier]).toEqual([
      "2026-12-01",
      "2026-12-31",
      "2026-11",
    ]);
  });

  it("offers nothing earlier with no check-ins, or none before this page", () => {
    expect(historyPage(null, TODAY, null).earlier).toBeNull();
    expect(historyPage(null, TODAY, "2026-11-20").earlier).toBeNull();
  });

  it("gives each month its own address", () => {
    expect(historyPath(null)).toBe("/history");
    expect(historyPath("2026-10")).toBe("/history/2026-10");
    expect(parseRoute("/history")).toEqual({ name: "history", month: null });
    expect(parseRoute("/history/2026-10")).toEqual({ name: "history", month: "2026-10" });
    expect(parseRoute("/history/2026-13").name).toBe("not-found");
    expect(parseRoute("/history/2026-1").name).toBe("not-found");
  });
});
