import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportOf } from "../../../test/support/export-fixtures.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { RECORD_TEXT_MAX_LENGTH } from "../../core/thoughts/thought.schema.js";

// Ways an ordinary account once made an export its own import refused (or no export at all),
// and files that once got a 500 instead of a 400, found by probing the running server.

const JO = { name: "Jo", relationship: "friend", contactPreference: "call", wantedEveryDays: 7 };

describe.each(engines)("an export its own import takes back, on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it("holds a thought record written to its full length, and imports it again", async () => {
    const c = await t.member("longhand");
    const full = "a".repeat(RECORD_TEXT_MAX_LENGTH);
    const saved = await c.post("/api/thoughts", { thought: full, situation: full });
    expect(saved.statusCode, saved.body).toBe(201);
    const doc = await exportOf(c);
    expect(doc.thoughts[0]?.thought).toHaveLength(RECORD_TEXT_MAX_LENGTH);
    for (const kind of ["checkins", "thoughts"]) {
      const csv = await c.get(`/api/export/csv?kind=${kind}&text=1`);
      expect(csv.statusCode, csv.body).toBe(200);
    }
    const again = await c.post("/api/import?mode=replace", doc);
    expect(again.statusCode, again.body).toBe(200);
    expect((await exportOf(c)).thoughts[0]?.situation).toBe(full);
  });

  it("keeps a day's connection with someone later removed from the circle, without their id", async () => {
    const c = await t.member("removing");
    const jo = (await c.post("/api/people", JO)).json();
    const day = await c.put("/api/checkins/2026-11-01", {
      mood: 5,
      connections: [{ personId: jo.id, mode: "call", felt: 1 }, { mode: "message" }],
    });
    expect(day.statusCode, day.body).toBe(200);
    expect((await c.delete(`/api/people/${jo.id}`)).statusCode).toBe(204);

    const doc = await exportOf(c);
    expect(doc.people).toEqual([]);
    expect(doc.checkins[0]?.connections).toEqual([{ mode: "call", felt: 1 }, { mode: "message" }]);
    const again = await c.post("/api/import?mode=replace", doc);
    expect(again.statusCode, again.body).toBe(200);
    expect((await exportOf(c)).checkins[0]?.connections).toEqual(doc.checkins[0]?.connections);
  });

  // A card's "for whom" label came after the export was made, and the export left it out: a
  // backup put back in replace mode lost whom each link was for.
  it("keeps whom a share card is for, through its export and import", async () => {
    const c = await t.member("labelled");
    const card = { energy: "low", contact: "Texts welcome" };
    expect((await c.post("/api/shares", { ...card, label: "For Sam" })).statusCode).toBe(201);
    expect((await c.post("/api/shares", card)).statusCode).toBe(201);
    const labels = async () =>
      (await c.get("/api/shares")).json().shares.map((s: { label?: string }) => s.label ?? null);
    expect(await labels()).toEqual([null, "For Sam"]);

    const doc = await exportOf(c);
    expect(doc.shares.map((s) => s.label)).toEqual(["For Sam", null]);
    const again = await c.post("/api/import?mode=replace", doc);
    expect(again.statusCode, again.body).toBe(200);
    expect(await labels()).toEqual([null, "For Sam"]);

    // A file from before labels existed has none, and reads as none.
    const older = { ...doc, shares: doc.shares.map(({ label: _label, ...rest }) => rest) };
    const fromOlder = await c.post("/api/import?mode=replace", older);
    expect(fromOlder.statusCode, fromOlder.body).toBe(200);
    expect(await labels()).toEqual([null, null]);

    // Empty words are none, as the routes keep them, not an empty line on the card.
    const blank = { ...doc, shares: doc.shares.map((s) => ({ ...s, message: "", label: "" })) };
    const fromBlank = await c.post("/api/import?mode=replace", blank);
    expect(fromBlank.statusCode, fromBlank.body).toBe(200);
    for (const share of (await c.get("/api/shares")).json().shares) {
      expect(share).not.toHaveProperty("message");
      expect(share).not.toHaveProperty("label");
    }
  });

  it("refuses a file that gives one record twice with 400, naming each, and writes nothing", async () => {
    const c = await t.member("doubled");
    await c.put("/api/checkins/2026-11-02", { mood: 6 });
    const doc = await exportOf(c);
    const person = { id: "p-1", ...JO, createdAt: doc.exportedAt, updatedAt: doc.exportedAt };
    const doubled = {
      ...doc,
      checkins: [...doc.checkins, { ...doc.checkins[0], mood: 2 }],
      people: [person, person],
      routine: {
        targets: [
          { anchor: "wake", target: "07:00" },
          { anchor: "wake", target: "08:00" },
        ],
        ticks: [],
      },
    };
    const refused = await c.post("/api/import?mode=replace", doubled);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: "invalid-import",
      fields: {
        "checkins.1.date": "is given twice in this file",
        "people.1.id": "is given twice in this file",
        "routine.targets.1.anchor": "is given twice in this file",
      },
    });
    const after = await exportOf(c);
    expect(after.checkins).toEqual(doc.checkins);
    expect(after.people).toEqual([]);
  });

  it("refuses an own activity that takes a built-in one's id", async () => {
    const c = await t.member("shadowing");
    const doc = await exportOf(c);
    const shadow = {
      id: "send-one-message",
      title: "Not the built-in one",
      area: "connection",
      effort: "tiny",
      minutes: 2,
      social: true,
      firstStep: "Open the app",
      createdAt: doc.exportedAt,
    };
    const refused = await c.post("/api/import?mode=add", { ...doc, activities: [shadow] });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.fields).toEqual({
      "activities.0.id": "is a built-in activity's id, which your own cannot take",
    });
    const titles = (await c.get("/api/activities")).json();
    expect(JSON.stringify(titles)).not.toContain("Not the built-in one");
  });

  it("refuses a version far in the future, which would leave the day unsaveable", async () => {
    const c = await t.member("future");
    await c.put("/api/checkins/2026-10-02", { mood: 4 });
    const doc = await exportOf(c);
    const future = {
      ...doc,
      checkins: [{ ...doc.checkins[0], updatedAt: "9999-12-31T23:59:59.999Z" }],
    };
    const refused = await c.post("/api/import?mode=replace", future);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.fields).toEqual({
      "checkins.0.updatedAt": "must be a time in the years 1900 to 2999",
    });
    const saved = await c.put("/api/checkins/2026-10-02", { mood: 6 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(String(saved.headers.etag)).toMatch(/^"2\d{3}-/);
  });
});
