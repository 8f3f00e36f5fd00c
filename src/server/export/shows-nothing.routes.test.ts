import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { exportOf, seedEverything } from "../../../test/support/export-fixtures.js";
import { engines } from "../../../test/support/stores.js";
import { useTwoPeople } from "../../../test/support/test-app.js";
import { plantTextFromBefore } from "../../../test/support/text-from-before.js";
import type { ExportDocument } from "../../core/export/export-document.schema.js";
import { NO_NAME_YET, NO_TITLE_YET, NO_WORDS_YET } from "../../core/export/repair-v1.js";
import { SHOWS_NOTHING } from "../../core/text/visible.js";

// A thought, a feeling's name or a check-in connection's name of only a zero-width space or a
// lone accent was saved, and read back as a blank where the words should be. The routes now
// refuse them; a file written before then still imports, with words that show in their place.

const BLANKS = ["\u200b", "\u0301", "\u200b \u200d"];
const DAY = "2026-11-20";

async function thoughtsOf(c: ApiClient): Promise<Record<string, unknown>[]> {
  return (await c.get("/api/thoughts")).json().thoughts;
}

async function connectionsOf(c: ApiClient, date = DAY): Promise<Record<string, unknown>[]> {
  const { checkins } = (await c.get(`/api/checkins?from=${date}&to=${date}`)).json();
  return checkins[0]?.connections ?? [];
}

describe.each(engines)("text that shows nothing, on %s", (engine) => {
  const s = useTwoPeople(engine);
  beforeAll(async () => {
    await seedEverything(s.member, "member's");
  });

  it("is refused as a thought, a feeling's name or a connection's name, naming it, writing nothing", async () => {
    const c = await s.app.member("refused");
    for (const blank of BLANKS) {
      const thought = await c.post("/api/thoughts", { thought: blank });
      expect(thought.statusCode, thought.body).toBe(400);
      expect(thought.json().error.fields).toEqual({ thought: SHOWS_NOTHING });

      const feeling = await c.post("/api/thoughts", {
        thought: "I'm boring",
        feelings: [{ name: blank, before: 70 }],
      });
      expect(feeling.statusCode, feeling.body).toBe(400);
      expect(feeling.json().error.fields).toEqual({ "feelings.0.name": SHOWS_NOTHING });

      const day = await c.put(`/api/checkins/${DAY}`, {
        mood: 4,
        connections: [{ mode: "call", name: blank }],
      });
      expect(day.statusCode, day.body).toBe(400);
      expect(day.json().error.fields).toEqual({ "connections.0.name": SHOWS_NOTHING });
    }
    expect(await thoughtsOf(c)).toEqual([]);
    expect((await c.get(`/api/checkins?from=${DAY}&to=${DAY}`)).json().checkins).toEqual([]);

    const saved = (await c.post("/api/thoughts", { thought: "I'm boring" })).json();
    const changed = await c.put(`/api/thoughts/${saved.id}`, { thought: "\u200b" });
    expect(changed.statusCode, changed.body).toBe(400);
    expect((await thoughtsOf(c)).map((t) => t.thought)).toEqual(["I'm boring"]);
  });

  it("counts as not written in an optional step of a thought record, as an empty one does", async () => {
    const c = await s.app.member("optional");
    const saved = await c.post("/api/thoughts", {
      situation: "\u200b",
      thought: "I'm boring",
      evidenceFor: "   ",
      evidenceAgainst: "\u0301",
      balancedThought: "She may be busy",
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const [record] = await thoughtsOf(c);
    expect(record).not.toHaveProperty("situation");
    expect(record).not.toHaveProperty("evidenceFor");
    expect(record).not.toHaveProperty("evidenceAgainst");
    expect(record?.balancedThought).toBe("She may be busy");
  });

  it("in a version-1 file, imports with words that show, or left out where it was optional", async () => {
    const doc = await exportOf(s.member);
    const [thought, ...otherThoughts] = doc.thoughts;
    const [day, ...otherDays] = doc.checkins;
    if (thought === undefined || day === undefined) throw new Error("seedEverything wrote none");
    const file: ExportDocument = {
      ...doc,
      thoughts: [
        {
          ...thought,
          thought: "\u200b",
          situation: "\u0301",
          feelings: thought.feelings.map((f) => ({ ...f, name: "\u200b" })),
        },
        ...otherThoughts,
      ],
      // The first connection links someone in the circle, the second only names someone.
      checkins: [
        { ...day, connections: (day.connections ?? []).map((one) => ({ ...one, name: "\u200b" })) },
        ...otherDays,
      ],
    };
    expect(day.connections?.map((one) => one.personId === undefined)).toEqual([false, true]);

    const c = await s.app.member("old-file");
    const response = await c.post("/api/import?mode=replace", file);
    expect(response.statusCode, response.body).toBe(200);
    const [record] = await thoughtsOf(c);
    expect(record?.thought).toBe(NO_WORDS_YET);
    // The file's suggestions marked words it no longer holds; none are found in words that show nothing.
    expect(thought.suggestedTraps.length).toBeGreaterThan(0);
    expect(record?.suggestedTraps).toEqual([]);
    expect(record).not.toHaveProperty("situation");
    expect(record?.feelings).toEqual(thought.feelings.map((f) => ({ ...f, name: NO_NAME_YET })));
    expect(record?.balancedThought).toBe(thought.balancedThought);
    // Who (the link, under the id it was given here), how and how it felt stay; the name goes.
    const connections = await connectionsOf(c, day.date);
    expect(connections).toEqual([
      { mode: "call", personId: expect.any(String), felt: 1 },
      { mode: "message" },
    ]);
  });

  it("kept in an account from before still goes out in its export, which imports", async () => {
    const c = await s.app.member("kept-from-before");
    await seedEverything(c, "kept");
    await plantTextFromBefore(s.app.store.db, "member-kept-from-before");

    // Still readable where it is kept, as every accepted row must stay.
    const days = await c.get("/api/checkins?from=2026-11-20&to=2026-11-22");
    expect(days.statusCode, days.body).toBe(200);
    const names = days
      .json()
      .checkins.flatMap((d: { connections: { name: string }[] }) =>
        d.connections.map((one) => one.name),
      );
    expect(names).toEqual(Array(6).fill("\u200b"));
    const kept = await thoughtsOf(c);
    expect(kept.map((t) => [t.thought, t.feelings])).toEqual([
      ["\u200b", [{ name: "\u0301", before: 50 }]],
    ]);

    const file = await exportOf(c);
    expect(file.people.map((p) => [p.name, p.relationship])).toEqual([[NO_NAME_YET, ""]]);
    expect(file.thoughts.map((t) => [t.thought, t.feelings])).toEqual([
      [NO_WORDS_YET, [{ name: NO_NAME_YET, before: 50 }]],
    ]);
    expect(file.checkins.flatMap((d) => d.connections ?? []).some((one) => "name" in one)).toBe(
      false,
    );
    expect(file.activities.map((a) => [a.title, a.firstStep])).toEqual([
      [NO_TITLE_YET, NO_TITLE_YET],
    ]);
    expect(file.safetyPlan?.warningSigns).toEqual([]);
    const again = await (await s.app.member("kept-again")).post("/api/import?mode=replace", file);
    expect(again.statusCode, again.body).toBe(200);
  });
});
