import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/**
 * RFC 5545 allows no control character in a calendar's text but the tab (a line break is written
 * as `\n`). Word's line break inside a paragraph is a vertical tab (U+000B), so a title pasted
 * from a document can carry one; written raw, it makes the whole feed one that a strict calendar
 * app or CalDAV server (XML cannot hold it at all) refuses, and every reminder in it with it.
 */
describe("a calendar made from titles pasted with control characters", () => {
  let t: TestApp;
  let c: ApiClient;
  beforeAll(async () => {
    t = await createTestApp();
    c = await t.owner();
  });
  afterAll(() => t.close());

  it("writes none of them, keeping the words on either side apart", async () => {
    const activity = await c.post("/api/activities", {
      title: "Call Jo\u000bthen\u000cwalk\u001b[1m\u007f",
      area: "connection",
      effort: "small",
      minutes: 20,
      social: true,
      firstStep: "Find\u0007 the\u0001number\t\u000bnow",
    });
    expect(activity.statusCode).toBe(201);
    await c.put("/api/reminders", { checkinTime: null, steps: { on: true, minutesBefore: 15 } });
    const plan = await c.post("/api/plans", {
      activityId: activity.json().id,
      date: "2026-12-07",
      time: "10:00",
      predictedEnjoyment: 5,
    });
    expect(plan.statusCode).toBe(201);
    const ics = await c.get("/api/calendar.ics");
    expect(ics.statusCode).toBe(200);
    // Line breaks are CRLF alone, and no other control character than those is anywhere.
    expect(ics.body.replaceAll("\r\n", "")).not.toMatch(/(?!\t)\p{Cc}/u);
    expect(ics.body).toContain("SUMMARY:Call Jo then walk [1m");
    // A tab beside one is the person's own and stays.
    expect(ics.body).toContain("DESCRIPTION:First step: Find the number\t now");
  });
});
