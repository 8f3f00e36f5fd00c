import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import {
  personalContent as content,
  exportOf,
  seedEverything,
} from "../../../test/support/export-fixtures.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { exportJsonSchema } from "../../core/export/export-json-schema.js";
import type { Engine } from "../db/database.js";

const PUBLISHED = JSON.parse(
  readFileSync(new URL("../../../docs/export-schema.v1.json", import.meta.url), "utf8"),
);

const otherEngine = (engine: Engine): Engine => (engine === "sqlite" ? "postgres" : "sqlite");

describe.each(engines)("export and import on %s", (engine) => {
  let t: TestApp;
  let owner: ApiClient;
  let member: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await t.owner();
    member = await t.member();
    await seedEverything(owner, "owner's");
    await seedEverything(member, "member's");
  });
  afterAll(async () => {
    await t.close();
  });

  it("exports everything the person keeps, as the published schema says, with no secrets", async () => {
    const response = await owner.get("/api/export");
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="reconnect-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const doc = response.json();
    expect(doc).toMatchObject({ format: "reconnect-export", version: 1 });
    expect(doc.checkins).toHaveLength(3);
    expect(doc.checkins[0].connections[0].personId).toBe(doc.people[0].id);
    expect(doc.assessments.map((a: { instrument: string }) => a.instrument)).toEqual([
      "phq9",
      "ucla3",
    ]);
    for (const kind of ["thoughts", "activities", "people", "shares"])
      expect(doc[kind]).toHaveLength(1);
    expect(doc.plans).toHaveLength(2);
    expect(doc.hiddenActivities).toEqual(["open-a-window"]);
    expect(doc.safetyPlan.warningSigns).toEqual(["owner's not sleeping"]);
    expect(doc.calendarFeed).toEqual({ createdAt: expect.any(String) });
    expect(doc.reminders).toEqual({ checkinTime: "20:30", steps: { on: true, minutesBefore: 10 } });

    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PUBLISHED);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    // No hash, token or password of any kind, under any name.
    expect(response.body).not.toMatch(/token|hash|password|argon2/i);
    const shareHashes = await t.store.db.selectFrom("shares").select("token_hash").execute();
    for (const { token_hash } of shareHashes) expect(response.body).not.toContain(token_hash);
  });

  it("publishes the schema the program checks with", () => {
    expect(
      PUBLISHED,
      "docs/export-schema.v1.json is stale: node --import tsx scripts/write-export-schema.ts",
    ).toEqual(JSON.parse(JSON.stringify(exportJsonSchema())));
  });

  it("never puts another person's rows in an export", async () => {
    const ownerText = JSON.stringify(await exportOf(owner));
    const memberText = JSON.stringify(await exportOf(member));
    expect(ownerText).toContain("owner's");
    expect(ownerText).not.toContain("member's");
    expect(memberText).toContain("member's");
    expect(memberText).not.toContain("owner's");
  });

  it.each([
    [
      "another program's file",
      { format: "somebody-else", version: 1 },
      "not-a-reconnect-export",
      "format",
    ],
    ["a newer version", { version: 2 }, "newer-version", "version"],
    [
      "an impossible date",
      { checkins: [{ date: "2026-02-30", mood: 5, updatedAt: "2026-11-20T08:00:00.000Z" }] },
      "invalid-import",
      "checkins.0.date",
    ],
    [
      "a mood out of range",
      { checkins: [{ date: "2026-02-03", mood: 11, updatedAt: "2026-11-20T08:00:00.000Z" }] },
      "invalid-import",
      "checkins.0.mood",
    ],
    [
      "a plan of an activity it does not hold",
      {
        plans: [
          {
            id: "p",
            activityId: "own-missing",
            date: "2026-11-23",
            time: null,
            predictedEnjoyment: 5,
            personId: null,
            status: "planned",
            actualEnjoyment: null,
            achievement: null,
            createdAt: "2026-11-20T08:00:00.000Z",
            updatedAt: "2026-11-20T08:00:00.000Z",
          },
        ],
      },
      "invalid-import",
      "plans.0.activityId",
    ],
    ["a field it does not know", { settings: {} }, "invalid-import", "settings"],
  ])("refuses %s naming where, and writes nothing", async (_what, change, code, path) => {
    const before = await exportOf(owner);
    const file = { ...(await exportOf(member)), ...change };
    for (const mode of ["add", "replace"]) {
      const response = await owner.post(`/api/import?mode=${mode}`, file);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.code).toBe(code);
      expect(Object.keys(response.json().error.fields)).toContain(path);
    }
    expect(content(await exportOf(owner))).toEqual(content(before));
  });

  it("reads a file written before reminders existed as nothing chosen, keeping choices made here", async () => {
    const { reminders: _none, ...older } = await exportOf(owner);
    const answer = await owner.post("/api/import?mode=add", older);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().imported.reminders).toBe(0);
    expect((await owner.get("/api/reminders")).json()).toMatchObject({ checkinTime: "20:30" });
  });

  it("refuses a file that is not JSON, or not an object, or an unknown mode", async () => {
    const before = await exportOf(owner);
    const broken = await owner.request("POST", "/api/import?mode=replace", undefined, {});
    expect(broken.statusCode).toBe(400);
    const notJson = await t.app.inject({
      method: "POST",
      url: "/api/import?mode=replace",
      headers: { "content-type": "application/json", cookie: owner.sessionCookie ?? "" },
      payload: '{"format":"reconnect-export",',
    });
    expect(notJson.statusCode).toBe(400);
    expect((await owner.post("/api/import", [1, 2])).statusCode).toBe(400);
    const mode = await owner.post("/api/import?mode=merge", await exportOf(owner));
    expect(mode.statusCode).toBe(400);
    expect(mode.json().error.fields.mode).toBeDefined();
    expect(content(await exportOf(owner))).toEqual(content(before));
  });

  it("takes a file sent in small pieces, as a slow upload arrives", async () => {
    const mine = await exportOf(owner);
    const bytes = Buffer.from(JSON.stringify(mine));
    const pieces = Array.from({ length: Math.ceil(bytes.length / 97) }, (_, i) =>
      bytes.subarray(i * 97, (i + 1) * 97),
    );
    const response = await t.app.inject({
      method: "POST",
      url: "/api/import?mode=replace",
      headers: { "content-type": "application/json", cookie: owner.sessionCookie ?? "" },
      payload: Readable.from(pieces),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(content(await exportOf(owner))).toEqual(content(mine));
  });

  it("refuses a __proto__ field, and a file over 50 MB before reading it", async () => {
    const before = await exportOf(owner);
    const text = JSON.stringify(before).replace('"checkins":[{', '"checkins":[{"__proto__":{},');
    const poisoned = await t.app.inject({
      method: "POST",
      url: "/api/import?mode=replace",
      headers: { "content-type": "application/json", cookie: owner.sessionCookie ?? "" },
      payload: text,
    });
    expect(poisoned.statusCode, poisoned.body).toBe(400);
    expect(poisoned.json().error.code).toBe("invalid-json");
    const huge = await t.app.inject({
      method: "POST",
      url: "/api/import?mode=replace",
      headers: {
        "content-type": "application/json",
        "content-length": String(50 * 1024 * 1024 + 1),
        cookie: owner.sessionCookie ?? "",
      },
      payload: Readable.from([Buffer.from("{}")]),
    });
    expect(huge.statusCode, huge.body).toBe(413);
    expect(huge.json().error.message).toContain("50 MB");
    expect(content(await exportOf(owner))).toEqual(content(before));
  });

  it("adds only what is not there yet, and replaces everything when asked", async () => {
    const mine = await exportOf(owner);
    const again = await owner.post("/api/import?mode=add", mine);
    expect(again.statusCode, again.body).toBe(200);
    expect(Object.values(again.json().imported).every((n) => n === 0)).toBe(true);
    expect(content(await exportOf(owner))).toEqual(content(mine));

    const replaced = await owner.post("/api/import?mode=replace", mine);
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json().imported).toMatchObject({
      checkins: 3,
      assessments: 2,
      plans: 2,
      people: 1,
      reminders: 1,
    });
    expect(content(await exportOf(owner))).toEqual(content(mine));
  });

  it(`moves to a fresh account on ${otherEngine(engine)} and exports the same document`, async () => {
    const original = await exportOf(owner);
    const there = await createTestApp(otherEngine(engine));
    try {
      const fresh = await there.owner();
      const imported = await fresh.post("/api/import?mode=replace", original);
      expect(imported.statusCode, imported.body).toBe(200);
      expect(content(await exportOf(fresh))).toEqual(content(original));
      // The scores are worked out again on arrival, and read the same.
      expect((await fresh.get("/api/assessments")).json()).toEqual(
        (await owner.get("/api/assessments")).json(),
      );
    } finally {
      await there.close();
    }
  });

  it("gives the member the owner's file as new records, leaving the owner's as they were", async () => {
    const ownerBefore = await exportOf(owner);
    const memberBefore = await exportOf(member);
    const added = await member.post("/api/import?mode=add", ownerBefore);
    expect(added.statusCode, added.body).toBe(200);
    const memberAfter = await exportOf(member);
    expect(memberAfter.checkins).toHaveLength(3);
    expect(memberAfter.thoughts).toHaveLength(2);
    const ids = new Set(ownerBefore.thoughts.map((th: { id: string }) => th.id));
    // The ids were the owner's, so the member's copies got their own.
    expect(memberAfter.thoughts.filter((th: { id: string }) => ids.has(th.id))).toEqual([]);
    expect(memberBefore.thoughts).toHaveLength(1);
    expect(content(await exportOf(owner))).toEqual(content(ownerBefore));
  });
});
