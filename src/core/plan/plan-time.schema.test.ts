import { describe, expect, it } from "vitest";
import { asksForTime, planTimeChangeSchema } from "./plan-time.schema.js";

describe("a planned step's time, changed later", () => {
  it("is asked for by a body with time and no status", () => {
    expect(asksForTime({ time: "18:30" })).toBe(true);
    expect(asksForTime({ time: null })).toBe(true);
    expect(asksForTime({ time: "18:30", extra: 1 })).toBe(true);
    expect(asksForTime({ status: "done" })).toBe(false);
    expect(asksForTime({ status: "done", time: "18:30" })).toBe(false);
    expect(asksForTime(null)).toBe(false);
    expect(asksForTime([{ time: "18:30" }])).toBe(false);
    expect(asksForTime("time")).toBe(false);
  });

  it("takes 00:00 to 23:59 or null, and nothing else beside it", () => {
    expect(planTimeChangeSchema.parse({ time: "00:00" })).toEqual({ time: "00:00" });
    expect(planTimeChangeSchema.parse({ time: "23:59" })).toEqual({ time: "23:59" });
    expect(planTimeChangeSchema.parse({ time: null })).toEqual({ time: null });
    for (const time of ["24:00", "7:30", "12:60", ""]) {
      expect(planTimeChangeSchema.safeParse({ time }).success, time).toBe(false);
    }
    expect(planTimeChangeSchema.safeParse({ time: "18:30", date: "2026-12-05" }).success).toBe(
      false,
    );
  });
});
