import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { LOCAL_DATE_RULE } from "../../core/dates/local-date.js";

/**
 * One wording for every date the app refuses, wherever it was typed: a year past 2999 is refused
 * in the same words as 30 February, and a period's refusal names the end the caller sent.
 */
describe("bad dates", () => {
  let t: TestApp;
  let c: ApiClient;
  beforeAll(async () => {
    t = await createTestApp("sqlite");
    c = await t.owner();
  });
  afterAll(async () => {
    await t.close();
  });

  const PLAN = { activityId: "open-a-window", time: null, predictedEnjoyment: 5 };

  it.each(["9999-12-31", "1899-12-31", "2026-02-30", "2026-1-1", "soon"])(
    "refuses %s in the same words in an address, a query and a body",
    async (date) => {
      const answers = [
        ["date", await c.put(`/api/checkins/${date}`, { mood: 5 })],
        ["date", await c.post("/api/plans", { ...PLAN, date })],
        ["date", await c.put(`/api/routine/ticks/${date}`, { anchor: "wake", time: "07:00" })],
        ["from", await c.get(`/api/checkins?from=${date}`)],
        ["to", await c.get(`/api/plans?to=${date}`)],
        ["start", await c.get(`/api/routine/week?start=${date}`)],
        ["from", await c.get(`/api/report.pdf?from=${date}&to=2026-11-29`)],
      ] as const;
      for (const [field, response] of answers) {
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json().error.fields, response.body).toEqual({ [field]: LOCAL_DATE_RULE });
      }
    },
  );

  it("names `to` when only `to` was sent and it is before the default `from`", async () => {
    const backwards = (await c.get("/api/plans?to=2020-01-01")).json().error;
    expect(backwards.code).toBe("invalid-range");
    expect(backwards.fields).toEqual({ to: "is before from" });
    expect(backwards.message).toContain("`to`");
    const tooLong = (await c.get("/api/plans?to=2030-01-01")).json().error;
    expect(tooLong.fields).toEqual({ to: "is more than a year after from" });
  });

  it("still names `from` when `from` was sent", async () => {
    expect((await c.get("/api/plans?from=2030-01-01")).json().error.fields).toEqual({
      from: "is after to",
    });
    expect((await c.get("/api/plans?from=2030-01-01&to=2029-01-01")).json().error.fields).toEqual({
      from: "is after to",
    });
    expect((await c.get("/api/insights?from=2030-01-01")).json().error.fields).toEqual({
      from: "is after to",
    });
  });
});
