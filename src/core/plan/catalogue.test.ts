import { describe, expect, it } from "vitest";
import { activityAreas, activitySchema, TINY_MAX_MINUTES } from "./activity.schema.js";
import { catalogue } from "./catalogue.js";

describe("the activity catalogue", () => {
  it("holds at least 80 activities, at least 15 in each area", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(80);
    for (const area of activityAreas) {
      expect(catalogue.filter((a) => a.area === area).length).toBeGreaterThanOrEqual(15);
    }
  });
  it("has every effort level in every area, so any day has something", () => {
    for (const area of activityAreas) {
      const efforts = new Set(catalogue.filter((a) => a.area === area).map((a) => a.effort));
      expect([...efforts].sort()).toEqual(["bigger", "small", "tiny"]);
    }
  });
  it("uses unique, stable kebab-case ids", () => {
    const ids = catalogue.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
  it("keeps a few ids that plans already point to", () => {
    const ids = new Set(catalogue.map((a) => a.id));
    for (const id of ["send-one-message", "open-a-window", "walk-around-the-block"]) {
      expect(ids.has(id)).toBe(true);
    }
  });
  it("passes its own schema, with tiny steps at 5 minutes or less", () => {
    for (const activity of catalogue) {
      expect(activitySchema.safeParse(activity).success, activity.id).toBe(true);
      if (activity.effort === "tiny") {
        expect(activity.minutes, activity.id).toBeLessThanOrEqual(TINY_MAX_MINUTES);
      }
    }
  });
  it("marks every connection activity as involving someone", () => {
    for (const activity of catalogue.filter((a) => a.area === "connection")) {
      expect(activity.social, activity.id).toBe(true);
    }
  });
  it("never tells you what you should do", () => {
    for (const activity of catalogue) {
      expect(`${activity.title} ${activity.firstStep}`).not.toMatch(/\bshould\b/i);
      expect(`${activity.title} ${activity.firstStep}`).not.toMatch(/\bmust\b/i);
    }
  });
});
