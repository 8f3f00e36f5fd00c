import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp, useTwoPeople } from "../../../test/support/test-app.js";
import { LOCAL_DATE_RULE } from "../../core/dates/local-date.js";
import { BODY_LIMIT_BYTES } from "../http/json-body.js";

const FULL = {
  mood: 4,
  energy: 3,
  enjoyment: 2,
  rumination: 7,
  burden: 5,
  sleepHours: 6.5,
  connections: [{ name: "Mum", mode: "call", felt: 1 }],
  note: "Walked to the shop. Felt a bit better after.",
};

describe("check-ins", () => {
  let t: TestApp;
  let c: ApiClient;
  beforeEach(async () => {
    t = await createTestApp();
    c = await t.owner();
  });
  afterEach(async () => {
    await t.close();
  });

  it("stores a day and reads it back, then replaces it", async () => {
    const put = await c.put("/api/checkins/2026-11-29", FULL);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({
      date: "2026-11-29",
      ...FULL,
      updatedAt: "2026-11-29T12:00:00.000Z",
    });

    const list = await c.get("/api/checkins?from=2026-11-29&to=2026-11-29");
    expect(list.json().checkins).toEqual([put.json()]);

    await c.put("/api/checkins/2026-11-29", { mood: 6 });
    // The clock has not moved, yet the day changed: its version moves on by a millisecond, so a
    // device holding the first version is told (see the conditional saves below).
    expect((await c.get("/api/checkins?from=2026-11-29&to=2026-11-29")).json().checkins).toEqual([
      { date: "2026-11-29", mood: 6, connections: [], updatedAt: "2026-11-29T12:00:00.001Z" },
    ]);
  });

  it("lists oldest first and defaults to the last 28 days", async () => {
    for (const date of ["2026-11-29", "2026-11-02", "2026-11-01", "2026-10-20"]) {
      await c.put(`/api/checkins/${date}`, { mood: 5 });
    }
    const dates = (await c.get("/api/checkins"))
      .json()
      .checkins.map((x: { date: string }) => x.date);
    expect(dates).toEqual(["2026-11-02", "2026-11-29"]);
    const all = (await c.get("/api/checkins?from=2026-10-01&to=2026-11-30")).json().checkins;
    expect(all.map((x: { date: string }) => x.date)).toEqual([
      "2026-10-20",
      "2026-11-01",
      "2026-11-02",
      "2026-11-29",
    ]);
  });

  it("ends the default range on the person's own date, sent by the app", async () => {
    // The frozen clock reads 2026-11-29 12:00 UTC; for someone east of UTC it is already the 30th.
    await c.put("/api/checkins/2026-11-30", { mood: 6 });
    const mine = await c.request("GET", "/api/checkins", undefined, {
      "x-local-date": "2026-11-30",
    });
    expect(mine.json().checkins.map((x: { date: string }) => x.date)).toEqual(["2026-11-30"]);
    const farOff = await c.request("GET", "/api/checkins", undefined, {
      "x-local-date": "2027-01-01",
    });
    expect(farOff.json().checkins).toEqual([]);
  });

  it("deletes a day", async () => {
    await c.put("/api/checkins/2026-11-28", FULL);
    expect((await c.delete("/api/checkins/2026-11-28")).statusCode).toBe(204);
    expect((await c.get("/api/checkins?from=2026-11-28&to=2026-11-28")).json().checkins).toEqual(
      [],
    );
  });

  it.each([
    ["mood missing", { energy: 3 }, "mood", "required"],
    ["mood out of range", { mood: 11 }, "mood", "0 to 10"],
    ["mood negative", { mood: -1 }, "mood", "0 to 10"],
    ["mood not whole", { mood: 4.5 }, "mood", "whole number"],
    ["mood as text", { mood: "5" }, "mood", "number"],
    ["energy out of range", { mood: 5, energy: 42 }, "energy", "0 to 10"],
    ["sleep over a day", { mood: 5, sleepHours: 25 }, "sleepHours", "0 to 24"],
    ["unknown field", { mood: 5, mod: 3 }, "mod", "not a field"],
    [
      "bad connection mode",
      { mood: 5, connections: [{ mode: "pigeon" }] },
      "connections.0.mode",
      "one of",
    ],
    [
      "felt out of range",
      { mood: 5, connections: [{ mode: "call", felt: 3 }] },
      "connections.0.felt",
      "-2 to 2",
    ],
    [
      "unknown connection field",
      { mood: 5, connections: [{ mode: "call", how: 1 }] },
      "connections.0.how",
      "not a field",
    ],
    ["note too long", { mood: 5, note: "x".repeat(2001) }, "note", "2000"],
    ["body not an object", [1, 2], "body", "object"],
  ])("refuses %s with 400 naming the field, storing nothing", async (_name, body, field, words) => {
    const response = await c.put("/api/checkins/2026-11-29", body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[field]).toContain(words);
    expect((await c.get("/api/checkins?from=2026-11-29&to=2026-11-29")).json().checkins).toEqual(
      [],
    );
  });

  it("accepts a note of exactly 2,000 characters", async () => {
    expect(
      (await c.put("/api/checkins/2026-11-29", { mood: 5, note: "é".repeat(2000) })).statusCode,
    ).toBe(200);
  });

  it.each([
    "2026-02-30",
    "2026-13-01",
    "2026-1-1",
    "yesterday",
    "2025-02-29",
    "9999-12-31",
    "1899-12-31",
  ])("refuses the impossible date %s", async (date) => {
    const response = await c.put(`/api/checkins/${date}`, { mood: 5 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.date).toBe(LOCAL_DATE_RULE);
  });

  it("accepts 29 February in a leap year", async () => {
    expect((await c.put("/api/checkins/2028-02-29", { mood: 5 })).statusCode).toBe(200);
  });

  it.each([
    ["reversed", "from=2026-11-29&to=2026-11-01", "from"],
    ["over 20 years", "from=2000-01-01&to=2026-11-01", "from"],
    ["malformed", "from=last-week&to=2026-11-01", "from"],
    ["unknown parameter", "since=2026-11-01", "since"],
  ])("refuses a %s range", async (_name, query, field) => {
    const response = await c.get(`/api/checkins?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty(field);
  });

  it("refuses malformed JSON and stores nothing", async () => {
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/checkins/2026-11-29",
      headers: { "content-type": "application/json", cookie: c.sessionCookie ?? "" },
      payload: '{"mood": 5,',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid-json");
    expect((await c.get("/api/checkins?from=2026-11-29&to=2026-11-29")).json().checkins).toEqual(
      [],
    );
  });

  it("refuses a body over the body limit with 413", async () => {
    const note = "x".repeat(BODY_LIMIT_BYTES + 1);
    const response = await c.put("/api/checkins/2026-11-29", { mood: 5, note });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("body-too-large");
  });

  it("says how far back the check-ins go, for paging history month by month", async () => {
    expect((await c.get("/api/checkins/span")).json()).toEqual({ first: null, last: null });
    for (const date of ["2026-11-29", "2026-09-03", "2026-10-20"]) {
      await c.put(`/api/checkins/${date}`, { mood: 5 });
    }
    const span = await c.get("/api/checkins/span");
    expect(span.statusCode).toBe(200);
    expect(span.headers["cache-control"]).toBe("no-store");
    expect(span.json()).toEqual({ first: "2026-09-03", last: "2026-11-29" });
    const odd = await c.get("/api/checkins/span?from=2026-01-01");
    expect(odd.statusCode).toBe(400);
  });

  it("answers nothing without a session", async () => {
    const anon = t.client();
    expect((await anon.get("/api/checkins")).statusCode).toBe(401);
    expect((await anon.put("/api/checkins/2026-11-29", { mood: 5 })).statusCode).toBe(401);
    expect((await anon.delete("/api/checkins/2026-11-29")).statusCode).toBe(401);
  });
});

// Two people on one server, on each engine: neither can reach the other's days through the API.
describe.each(engines)("check-ins of two people on %s", (engine) => {
  const people = useTwoPeople(engine);

  it("keeps each person's days to themselves", async () => {
    const { owner, member } = people;
    await owner.put("/api/checkins/2026-11-29", { mood: 2, note: "owner's note" });
    await member.put("/api/checkins/2026-11-29", { mood: 8, note: "robin's note" });

    expect(
      (await member.get("/api/checkins?from=2026-11-29&to=2026-11-29")).json().checkins[0].note,
    ).toBe("robin's note");
    expect(
      (await owner.get("/api/checkins?from=2026-11-29&to=2026-11-29")).json().checkins[0].note,
    ).toBe("owner's note");

    await owner.put("/api/checkins/2026-10-02", { mood: 3 });
    expect((await member.get("/api/checkins/span")).json()).toEqual({
      first: "2026-11-29",
      last: "2026-11-29",
    });
    expect((await owner.get("/api/checkins/span")).json()).toEqual({
      first: "2026-10-02",
      last: "2026-11-29",
    });

    expect((await member.delete("/api/checkins/2026-11-29")).statusCode).toBe(204);
    expect(
      (await owner.get("/api/checkins?from=2026-11-29&to=2026-11-29")).json().checkins,
    ).toHaveLength(1);
  });
});
