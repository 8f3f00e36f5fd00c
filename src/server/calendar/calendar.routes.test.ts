import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string | null;
  allDay: boolean;
  floating: boolean;
}

/** Read back with ical.js, a parser written independently of the generator. */
function events(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: component.hasProperty("dtend") ? event.endDate.toString() : null,
      allDay: event.startDate.isDate,
      floating: event.startDate.zone === ICAL.Timezone.localTimezone,
    };
  });
}

describe("the plan as a calendar", () => {
  let t: TestApp;
  let c: ApiClient;
  beforeEach(async () => {
    t = await createTestApp();
    c = await t.owner();
  });
  afterEach(async () => {
    await t.close();
  });

  async function planTwo() {
    const walk = (
      await c.post("/api/plans", {
        activityId: "send-one-message",
        date: "2026-12-01",
        time: "09:30",
        predictedEnjoyment: 4,
      })
    ).json();
    const someday = (
      await c.post("/api/plans", {
        activityId: "open-a-window",
        date: "2026-11-30",
        time: null,
        predictedEnjoyment: 3,
      })
    ).json();
    const dropped = (
      await c.post("/api/plans", {
        activityId: "send-a-photo",
        date: "2026-11-30",
        time: "12:00",
        predictedEnjoyment: 3,
      })
    ).json();
    await c.request("PATCH", `/api/plans/${dropped.id}`, { status: "let-go" });
    return { walk, someday };
  }

  it("exports planned activities as iCalendar that an independent parser reads back", async () => {
    const { walk, someday } = await planTwo();
    const answer = await c.get("/api/calendar.ics");
    expect(answer.statusCode).toBe(200);
    expect(answer.headers["content-type"]).toMatch(/^text\/calendar/);
    expect(answer.headers["content-disposition"]).toContain("reconnect-plan.ics");
    expect(answer.headers["cache-control"]).toBe("no-store");
    const parsed = events(answer.body);
    expect(parsed).toHaveLength(2);
    const timed = parsed.find((e) => e.uid === `${walk.id}@reconnect`);
    expect(timed).toMatchObject({
      summary: "Send one message to someone you like",
      start: "2026-12-01T09:30:00",
      end: "2026-12-01T09:32:00",
      allDay: false,
      floating: true,
    });
    expect(timed?.description).toMatch(/^First step: /);
    expect(parsed.find((e) => e.uid === `${someday.id}@reconnect`)).toMatchObject({
      start: "2026-11-30",
      allDay: true,
    });
  });

  it("serves a feed by its token alone, a new token revokes the old, and a revoked one is 404", async () => {
    await planTwo();
    expect((await c.get("/api/calendar/feed")).json()).toEqual({ active: false });
    const made = await c.post("/api/calendar/feed");
    expect(made.statusCode).toBe(201);
    const { url } = made.json();
    expect(url).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = url.slice("/api/calendar/".length, -".ics".length);
    // Only the hash is kept.
    const stored = await t.store.db.selectFrom("calendar_feeds").selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await c.get("/api/calendar/feed")).json()).toMatchObject({ active: true });

    const anonymous = t.client();
    const feed = await anonymous.get(url);
    expect(feed.statusCode).toBe(200);
    expect(events(feed.body)).toHaveLength(2);

    const renewed = (await c.post("/api/calendar/feed")).json().url;
    expect(renewed).not.toBe(url);
    const old = await anonymous.get(url);
    expect(old.statusCode).toBe(404);
    expect(old.json()).toEqual({
      error: { code: "not-found", message: expect.any(String) },
    });
    expect((await anonymous.get(renewed)).statusCode).toBe(200);

    expect((await c.delete("/api/calendar/feed")).statusCode).toBe(204);
    expect((await anonymous.get(renewed)).statusCode).toBe(404);
    expect((await c.get("/api/calendar/feed")).json()).toEqual({ active: false });
  });

  /** Each VEVENT's repetition and its alarms, as ical.js reads them. */
  function remindersIn(ics: string) {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    return calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toString(),
        rrule: component.getFirstPropertyValue("rrule")?.toString() ?? null,
        transparent: component.getFirstPropertyValue("transp") === "TRANSPARENT",
        alarms: component.getAllSubcomponents("valarm").map((alarm) => ({
          action: alarm.getFirstPropertyValue("action"),
          trigger: alarm.getFirstPropertyValue("trigger")?.toString(),
          description: alarm.getFirstPropertyValue("description"),
        })),
      };
    });
  }

  it("carries the chosen reminders through the feed: a daily check-in with its alarm, and alarms on timed steps", async () => {
    const { walk, someday } = await planTwo();
    const { url } = (await c.post("/api/calendar/feed")).json();
    const anonymous = t.client();

    // Nothing chosen yet: no daily entry and no alarm anywhere.
    const before = remindersIn((await anonymous.get(url)).body);
    expect(before).toHaveLength(2);
    expect(before.flatMap((e) => e.alarms)).toEqual([]);

    t.clock.set("2026-12-02T18:00:00.000Z");
    await c.put("/api/reminders", { checkinTime: "20:30", steps: { on: true, minutesBefore: 10 } });
    const after = remindersIn((await anonymous.get(url)).body);
    const daily = after.find((e) => e.uid.startsWith("checkin-"));
    expect(daily).toMatchObject({
      summary: "Check-in, whenever suits you",
      // From the day before the choice's UTC date: west of UTC an evening choice already has the
      // next UTC date (19:00 in UTC-8 is 03:00 UTC the next day), and that evening must ring too.
      start: "2026-12-01T20:30:00",
      rrule: "FREQ=DAILY",
      transparent: true,
      alarms: [
        {
          action: "DISPLAY",
          trigger: "PT0S",
          description: "A minute for yourself? Today's check-in is here when you want it.",
        },
      ],
    });
    // Read as ical.js expands it: the alarm rings at 20:30 on each of the next days, floating,
    // so at 20:30 on the person's own clock wherever they are.
    const component = new ICAL.Component(ICAL.parse((await anonymous.get(url)).body))
      .getAllSubcomponents("vevent")
      .find((v) => String(v.getFirstPropertyValue("uid")).startsWith("checkin-"));
    if (!component) throw new Error("no daily check-in entry");
    const iterator = new ICAL.Event(component).iterator();
    const days = [iterator.next(), iterator.next(), iterator.next()].map(String);
    expect(days).toEqual(["2026-12-01T20:30:00", "2026-12-02T20:30:00", "2026-12-03T20:30:00"]);

    expect(after.find((e) => e.uid === `${walk.id}@reconnect`)?.alarms).toEqual([
      {
        action: "DISPLAY",
        trigger: "-PT10M",
        description: "Coming up, if it still suits you: Send one message to someone you like.",
      },
    ]);
    // "Sometime that day" has no time to ring at, so no alarm: never one at midnight.
    expect(after.find((e) => e.uid === `${someday.id}@reconnect`)?.alarms).toEqual([]);

    // Step nudges off, daily one kept: only the daily entry rings.
    await c.put("/api/reminders", {
      checkinTime: "20:30",
      steps: { on: false, minutesBefore: 10 },
    });
    const stepsOff = remindersIn((await anonymous.get(url)).body);
    expect(stepsOff.filter((e) => e.alarms.length > 0).map((e) => e.uid)).toEqual([daily?.uid]);
  });

  it("puts no alarm on a step already done", async () => {
    const { walk } = await planTwo();
    await c.request("PATCH", `/api/plans/${walk.id}`, { status: "done", actualEnjoyment: 6 });
    await c.put("/api/reminders", { checkinTime: null, steps: { on: true, minutesBefore: 0 } });
    const parsed = remindersIn((await c.get("/api/calendar.ics")).body);
    expect(parsed.map((e) => e.uid).some((uid) => uid.startsWith("checkin-"))).toBe(false);
    expect(parsed.flatMap((e) => e.alarms)).toEqual([]);
  });

  it("needs a session for everything but a feed, and answers 404 for unknown or malformed tokens", async () => {
    const anonymous = t.client();
    expect((await anonymous.get("/api/calendar.ics")).statusCode).toBe(401);
    expect((await anonymous.post("/api/calendar/feed")).statusCode).toBe(401);
    expect((await anonymous.delete("/api/calendar/feed")).statusCode).toBe(401);
    expect((await anonymous.get(`/api/calendar/${"a".repeat(43)}.ics`)).statusCode).toBe(404);
    expect((await anonymous.get("/api/calendar/short.ics")).statusCode).toBe(404);
    expect((await anonymous.get("/api/calendar/feed")).statusCode).toBe(401);
  });
});
