import { describe, expect, it } from "vitest";
import { parseRoute } from "./routes.js";

describe("which screen an address opens", () => {
  it("opens today's check-in at / and at /checkin with no day", () => {
    expect(parseRoute("/")).toEqual({ name: "checkin", date: null });
    expect(parseRoute("/checkin")).toEqual({ name: "checkin", date: null });
    expect(parseRoute("/checkin/")).toEqual({ name: "checkin", date: null });
  });

  it("opens a day's check-in for a real date, and nothing for one that is not", () => {
    expect(parseRoute("/checkin/2026-12-01")).toEqual({ name: "checkin", date: "2026-12-01" });
    expect(parseRoute("/checkin/2026-02-30")).toEqual({ name: "not-found" });
    expect(parseRoute("/checkins")).toEqual({ name: "not-found" });
  });
});
