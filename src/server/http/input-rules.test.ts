import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { ACTIVITY } from "../../../test/support/fuzz-requests.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { BODY_LIMIT_BYTES } from "./json-body.js";

const HALF_EMOJI = "\uD83D"; // the first half of 😀, with no second half
const NUL = "\u0000";

/** Every read that shows an activity, a person or a day, which one bad row used to break. */
const READS = [
  "/api/activities",
  "/api/activities?include=hidden",
  "/api/plans",
  "/api/plans/forecast",
  "/api/suggestions",
  "/api/people",
  "/api/insights",
  "/api/checkins",
  "/api/thoughts",
  "/api/safety-plan",
  "/api/shares",
  "/api/calendar.ics",
];

describe.each(engines)("the input rules on %s", (engine) => {
  let t: TestApp;
  let c: ApiClient;
  let userId = "";
  beforeAll(async () => {
    t = await createTestApp(engine);
    c = await t.owner();
    userId = (await c.get("/api/me")).json().id;
  });
  afterAll(async () => {
    await t.close();
  });

  async function expectReadsWork() {
    for (const url of READS) expect((await c.get(url)).statusCode, url).toBe(200);
  }

  it("refuses half an emoji in any text field with a 400 naming it, storing nothing", async () => {
    const cases: ["POST" | "PUT", string, unknown, string][] = [
      [
        "POST",
        "/api/activities",
        { ...ACTIVITY, title: `${"a".repeat(118)}${HALF_EMOJI}` },
        "title",
      ],
      [
        "POST",
        "/api/people",
        { name: `Jo${HALF_EMOJI}`, relationship: "", contactPreference: "any", wantedEveryDays: 7 },
        "name",
      ],
      [
        "PUT",
        "/api/checkins/2026-11-20",
        { mood: 4, connections: [{ mode: "call", name: `Jo${HALF_EMOJI}` }] },
        "connections.0.name",
      ],
      ["POST", "/api/thoughts", { thought: `I ruin things ${HALF_EMOJI}` }, "thought"],
      [
        "POST",
        "/api/thoughts",
        { thought: "ok", feelings: [{ name: "\uDE00sad", before: 5 }] },
        "feelings.0.name",
      ],
      [
        "PUT",
        "/api/safety-plan",
        { reasonsForLiving: ["my cat", `${HALF_EMOJI}`] },
        "reasonsForLiving.1",
      ],
      ["POST", "/api/shares", { energy: "low", contact: `Texts${HALF_EMOJI}` }, "contact"],
    ];
    for (const [method, url, body, field] of cases) {
      const response = await c.request(method, url, body);
      expect(response.statusCode, `${url} ${field}`).toBe(400);
      expect(response.json().error.fields[field], `${url} ${field}`).toMatch(/half of an emoji/);
    }
    expect(await t.store.db.selectFrom("own_activities").select("id").execute()).toEqual([]);
    expect(await t.store.db.selectFrom("people").select("id").execute()).toEqual([]);
    await expectReadsWork();
  });

  it("refuses NUL alike on both engines: in a body, a search and an id, each named", async () => {
    const note = await c.put("/api/checkins/2026-11-21", { mood: 4, note: `a${NUL}b` });
    expect(note.statusCode).toBe(400);
    expect(note.json().error.fields).toEqual({ note: expect.stringContaining("NUL") });
    const search = await c.get("/api/thoughts?q=%00");
    expect(search.statusCode).toBe(400);
    expect(search.json().error.fields).toEqual({ q: expect.stringContaining("NUL") });
    for (const [method, url] of [
      ["GET", "/api/thoughts/a%00b"],
      ["DELETE", "/api/people/a%00b"],
      ["PATCH", "/api/plans/%00"],
    ] as const) {
      const response = await c.request(
        method,
        url,
        method === "PATCH" ? { status: "done" } : undefined,
      );
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.fields, url).toEqual({ id: expect.stringContaining("NUL") });
    }
    const key = await c.post("/api/thoughts", { thought: "fine", [`x${NUL}`]: 1 });
    expect(key.statusCode).toBe(400);
    expect(key.json().error.fields.body).toMatch(/field name/);
  });

  it("names a field called toString or constructor like any other", async () => {
    const response = await c.get("/api/thoughts?toString=1&constructor=2&__proto__=3");
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual([
      "__proto__",
      "constructor",
      "toString",
    ]);
  });

  it("keeps right-to-left marks, joined emoji and four-byte characters exactly", async () => {
    const title = "\u202eعربى 👩‍👩‍👧 𝄞 家族 \u200f";
    const created = await c.post("/api/activities", { ...ACTIVITY, title });
    expect(created.statusCode).toBe(201);
    const listed = (await c.get("/api/activities")).json().activities;
    expect(listed.find((a: { id: string }) => a.id === created.json().id).title).toBe(title.trim());
  });

  it("reads rows an older version stored with half an emoji, and lets them be edited", async () => {
    const title = `${"a".repeat(118)}${HALF_EMOJI}`;
    await t.store.db
      .insertInto("own_activities")
      .values({
        id: "own-old",
        user_id: userId,
        title,
        area: "enjoyment",
        effort: "small",
        minutes: 10,
        social: 0,
        first_step: `go${HALF_EMOJI}`,
        created_at: "2026-11-01T00:00:00.000Z",
      })
      .execute();
    await t.store.db
      .insertInto("people")
      .values({
        id: "p-old",
        user_id: userId,
        name: `${"J".repeat(99)}${HALF_EMOJI}`,
        relationship: HALF_EMOJI,
        contact_preference: "any",
        wanted_every_days: 7,
        created_at: "2026-11-01T00:00:00.000Z",
        updated_at: "2026-11-01T00:00:00.000Z",
      })
      .execute();
    expect((await c.put("/api/checkins/2026-11-28", { mood: 4 })).statusCode).toBe(200);
    await t.store.db
      .insertInto("checkin_connections")
      .values({
        user_id: userId,
        date: "2026-11-28",
        position: 0,
        person_id: "p-old",
        name: `${"K".repeat(99)}${HALF_EMOJI}`,
        mode: "call",
        felt: null,
      })
      .execute();
    const plan = await c.post("/api/plans", {
      activityId: "own-old",
      date: "2026-11-29",
      time: null,
      predictedEnjoyment: 5,
    });
    expect(plan.statusCode).toBe(201);
    const feed = (await c.post("/api/calendar/feed")).json().url;
    await expectReadsWork();
    expect((await c.get(feed)).statusCode).toBe(200);
    const edit = await c.request("PATCH", "/api/activities/own-old", { minutes: 15 });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().minutes).toBe(15);
    const fixed = await c.request("PATCH", "/api/activities/own-old", { title: "Read a page" });
    expect(fixed.json().title).toBe("Read a page");
    expect(
      (await c.request("PATCH", "/api/people/p-old", { wantedEveryDays: 14 })).statusCode,
    ).toBe(200);
  });

  it("refuses a body that is not UTF-8 with 415 not-utf8, storing nothing", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"mood":4,"note":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/checkins/2026-11-22",
      headers: { "content-type": "application/json", cookie: c.sessionCookie ?? "" },
      payload: bytes,
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe("not-utf8");
    expect((await c.get("/api/checkins?from=2026-11-22&to=2026-11-22")).json().checkins).toEqual(
      [],
    );
  });

  it.each([1e-320, 5e-324, 1e-40, 1e308, 6.333, -0.001, 24.001])(
    "refuses sleepHours %s with a 400 naming it, never a 500",
    async (sleepHours) => {
      const response = await c.put("/api/checkins/2026-11-23", { mood: 4, sleepHours });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().error.fields)).toEqual(["sleepHours"]);
    },
  );

  it.each([0, 6.5, 7.25, 23.99, 24])("keeps sleepHours %s exactly", async (sleepHours) => {
    expect((await c.put("/api/checkins/2026-11-24", { mood: 4, sleepHours })).statusCode).toBe(200);
    const [day] = (await c.get("/api/checkins?from=2026-11-24&to=2026-11-24")).json().checkins;
    expect(day.sleepHours).toBe(sleepHours);
  });

  describe("a body filled to every field limit fits under the body limit", () => {
    // Japanese: 3 bytes a character. Emoji: 4 bytes, one character each as the limits count them
    // (code points). Escaped: every UTF-16 unit written \uXXXX, 6 bytes each, 12 for an emoji.
    const scripts = {
      japanese: (n: number) => "静かな朝".repeat(n).slice(0, n),
      emoji: (n: number) => "🌱".repeat(n),
    };

    function thoughtRecord(fill: (n: number) => string) {
      return {
        situation: fill(5000),
        thought: fill(5000),
        feelings: Array.from({ length: 20 }, (_, i) => ({
          name: `${i}${fill(100 - String(i).length)}`,
          before: 50,
          after: 20,
        })),
        evidenceFor: fill(5000),
        evidenceAgainst: fill(5000),
        balancedThought: fill(5000),
      };
    }
    function safetyPlan(fill: (n: number) => string) {
      const full = Array.from({ length: 20 }, (_, i) => `${i}${fill(200 - String(i).length)}`);
      return {
        warningSigns: full,
        copingAlone: full,
        distractions: full,
        peopleToAsk: full,
        professionals: full,
        saferSurroundings: full,
        reasonsForLiving: full,
      };
    }
    const escaped = (value: unknown) =>
      JSON.stringify(value).replace(
        /[\u0080-\uffff]/g,
        (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
      );

    it.each(Object.entries(scripts))(
      "a thought record and a safety plan in %s, as sent and escaped",
      async (_name, fill) => {
        const record = thoughtRecord(fill);
        const plan = safetyPlan(fill);
        for (const payload of [JSON.stringify(record), escaped(record)]) {
          expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(BODY_LIMIT_BYTES);
          const saved = await t.app.inject({
            method: "POST",
            url: "/api/thoughts",
            headers: { "content-type": "application/json", cookie: c.sessionCookie ?? "" },
            payload,
          });
          expect(saved.statusCode).toBe(201);
          const read = (await c.get(`/api/thoughts/${saved.json().id}`)).json();
          expect(read.balancedThought).toBe(record.balancedThought);
          expect(read.feelings).toEqual(record.feelings);
        }
        for (const payload of [JSON.stringify(plan), escaped(plan)]) {
          expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(BODY_LIMIT_BYTES);
          const saved = await t.app.inject({
            method: "PUT",
            url: "/api/safety-plan",
            headers: { "content-type": "application/json", cookie: c.sessionCookie ?? "" },
            payload,
          });
          expect(saved.statusCode).toBe(200);
          const { updatedAt: _u, ...steps } = (await c.get("/api/safety-plan")).json();
          expect(steps).toEqual(plan);
        }
      },
    );

    it("and one character more in any field is refused by that field's limit, not by size", async () => {
      const record = thoughtRecord(scripts.japanese);
      const response = await c.post("/api/thoughts", {
        ...record,
        evidenceFor: `${record.evidenceFor}静`,
      });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().error.fields)).toEqual(["evidenceFor"]);
    });
  });
});
