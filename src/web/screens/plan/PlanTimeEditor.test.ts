import { describe, expect, it } from "vitest";
import type { PlanView } from "../../../core/plan/plan-api.schema.js";
import { timeSavedWords } from "./PlanTimeEditor.js";

const TODAY = "2026-12-05";
const plan = (date: string, time: string | null): PlanView => ({
  id: "p1",
  activityId: "a1",
  date,
  time,
  predictedEnjoyment: 3,
  status: "planned",
  activity: null,
});

describe("what the status line says once a step's time is saved", () => {
  it("names the step, the time and the day in plain words", () => {
    expect(timeSavedWords(plan(TODAY, "18:30"), "Send one line", TODAY)).toBe(
      "Send one line is now at 18:30 today.",
    );
    expect(timeSavedWords(plan("2026-12-06", "09:00"), "Send one line", TODAY)).toBe(
      "Send one line is now at 09:00 tomorrow.",
    );
    expect(timeSavedWords(plan("2026-12-08", "09:00"), "Walk", TODAY)).toMatch(
      /^Walk is now at 09:00 on .+\.$/,
    );
  });

  it("says a cleared time as sometime that day", () => {
    expect(timeSavedWords(plan(TODAY, null), "Send one line", TODAY)).toBe(
      "Send one line is now sometime today, with no set time.",
    );
  });

  it("keeps a step written with a right-to-left override from turning the words after it around", () => {
    expect(timeSavedWords(plan(TODAY, "18:30"), "Walk\u202E", TODAY)).toBe(
      "\u2068Walk\u202E\u202C\u2069 is now at 18:30 today.",
    );
  });
});
