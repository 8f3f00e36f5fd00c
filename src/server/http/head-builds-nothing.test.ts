import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

/** The downloads a HEAD would build in full and note in the access log: they take GET alone. */
const DOWNLOADS = [
  "/api/export",
  "/api/export/csv?kind=checkins",
  "/api/export/fhir",
  "/api/report.pdf?from=2026-11-01&to=2026-11-28",
  "/api/calendar.ics",
];

describe.each(engines)("HEAD on a route that builds a person's file, on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  const gets: string[] = [];
  let feedPath = "";
  let sharePath = "";
  beforeAll(async () => {
    t = await createTestApp(engine, {
      onRoute: ({ method, url }) => {
        if ([method].flat().includes("GET")) gets.push(url);
      },
    });
    owner = await t.owner();
    await owner.put("/api/checkins/2026-11-20", { mood: 4, note: "A walk with Jo" });
    feedPath = (await owner.post("/api/calendar/feed")).json().url;
    const card = await owner.post("/api/shares", { energy: "low", contact: "text" });
    sharePath = new URL(card.json().url, "http://localhost").pathname;
  });
  afterAll(() => t.close());

  const entries = async () => (await owner.get("/api/access-log")).json().entries.length;
  const head = (url: string, cookie = owner.sessionCookie) =>
    t.app.inject({ method: "HEAD", url, headers: cookie ? { cookie } : {} });

  it.each(DOWNLOADS)("answers HEAD %s with 405 and Allow: GET, signed in or not", async (url) => {
    for (const cookie of [owner.sessionCookie, undefined]) {
      const response = await head(url, cookie);
      // In the app's error shape; Node sends no body with an answer to HEAD, whatever it is given.
      expect([response.statusCode, response.headers.allow, response.json().error.code]).toEqual([
        405,
        "GET",
        "method-not-allowed",
      ]);
    }
    expect((await owner.get(url)).statusCode).toBe(200);
  });

  it("notes nothing in the access log for a HEAD on any GET route", async () => {
    expect(gets.length).toBeGreaterThan(20);
    const before = await entries();
    for (const route of gets) {
      if (route.includes("*")) continue;
      await head(route.replace(/:[^/]+/g, "x"));
    }
    for (const url of [...DOWNLOADS, feedPath, sharePath]) await head(url);
    expect(await entries()).toBe(before);
  });

  it("answers HEAD on the calendar feed and a share card from their token alone", async () => {
    const before = await entries();
    const feed = await head(feedPath, undefined);
    expect([feed.statusCode, feed.headers["content-type"], feed.body]).toEqual([
      200,
      "text/calendar; charset=utf-8",
      "",
    ]);
    const card = await head(sharePath, undefined);
    expect([card.statusCode, card.headers["content-type"], card.body]).toEqual([
      200,
      "text/html; charset=utf-8",
      "",
    ]);
    expect(await entries()).toBe(before);
    // A GET still builds them and is noted, once each.
    expect((await t.app.inject({ method: "GET", url: feedPath })).body).toContain(
      "BEGIN:VCALENDAR",
    );
    expect((await t.app.inject({ method: "GET", url: sharePath })).statusCode).toBe(200);
    expect(await entries()).toBe(before + 2);
  });
});
