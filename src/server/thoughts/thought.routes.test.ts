import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp, useTwoPeople } from "../../../test/support/test-app.js";

const T0 = "2026-11-29T12:00:00.000Z";

const FULL = {
  situation: "Jo didn't answer my message all day.",
  thought: "She thinks I'm boring and she'll leave me.",
  feelings: [
    { name: "Sad", before: 80, after: 50 },
    { name: "Worried", before: 60 },
  ],
  keptTraps: ["mind-reading", "burden"],
  evidenceFor: "She was quiet at the weekend.",
  evidenceAgainst: "She asked me to the cinema last week.",
  balancedThought: "She may just be busy. I can ask how she is.",
};

async function countRows(t: TestApp): Promise<number> {
  const rows = await t.store.db.selectFrom("thought_records").select("id").execute();
  return rows.length;
}

describe("thought records", () => {
  let t: TestApp;
  let c: ApiClient;
  beforeEach(async () => {
    t = await createTestApp();
    c = await t.owner();
  });
  afterEach(async () => {
    await t.close();
  });

  it("stores a whole record with the detector's suggestions and reads it back", async () => {
    const post = await c.post("/api/thoughts", FULL);
    expect(post.statusCode).toBe(201);
    const record = post.json();
    expect(record).toMatchObject({ ...FULL, createdAt: T0, updatedAt: T0 });
    expect(typeof record.id).toBe("string");
    const suggested = record.suggestedTraps.map((trap: { id: string }) => trap.id);
    expect(suggested).toContain("mind-reading");
    const mind = record.suggestedTraps.find((trap: { id: string }) => trap.id === "mind-reading");
    expect(mind.confidence).toBeGreaterThan(0);
    expect(mind.spans[0]).toEqual({ start: 0, end: 14 });

    expect((await c.get(`/api/thoughts/${record.id}`)).json()).toEqual(record);
  });

  it("remembers the suggestions set aside, so a reopened record does not offer them again", async () => {
    const thought = "He's bored of me, and he'll stop calling soon.";
    const post = await c.post("/api/thoughts", { thought, setAsideTraps: ["fortune-telling"] });
    expect(post.statusCode).toBe(201);
    const record = post.json();
    expect(record.setAsideTraps).toEqual(["fortune-telling"]);
    // Still what the detector found: setting aside changes what is offered, not what was seen.
    expect(record.suggestedTraps.map((trap: { id: string }) => trap.id)).toContain(
      "fortune-telling",
    );
    expect((await c.get(`/api/thoughts/${record.id}`)).json().setAsideTraps).toEqual([
      "fortune-telling",
    ]);
    const put = await c.put(`/api/thoughts/${record.id}`, {
      thought,
      keptTraps: ["fortune-telling"],
    });
    expect(put.json()).toMatchObject({ keptTraps: ["fortune-telling"], setAsideTraps: [] });
  });

  it("saves after the thought alone and is finished later, keeping when it was started", async () => {
    const started = (
      await c.post("/api/thoughts", { thought: "I always mess everything up." })
    ).json();
    expect(started).toMatchObject({
      feelings: [],
      keptTraps: [],
      setAsideTraps: [],
      createdAt: T0,
    });
    expect(started).not.toHaveProperty("situation");
    expect(started).not.toHaveProperty("balancedThought");

    t.clock.advance(60_000);
    const put = await c.put(`/api/thoughts/${started.id}`, FULL);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      ...FULL,
      id: started.id,
      createdAt: T0,
      updatedAt: "2026-11-29T12:01:00.000Z",
    });
    // The suggestions follow the thought as it is now.
    expect(put.json().suggestedTraps.map((x: { id: string }) => x.id)).toContain("mind-reading");
    expect((await c.get(`/api/thoughts/${started.id}`)).json()).toEqual(put.json());
  });

  it("lists newest first, searches without regard to case, and counts the kept traps", async () => {
    await c.post("/api/thoughts", {
      thought: "Nobody ever calls me back.",
      keptTraps: ["overgeneralizing"],
    });
    t.clock.advance(1000);
    await c.post("/api/thoughts", {
      situation: "At the WORK party",
      thought: "Everyone thinks I'm odd.",
      keptTraps: ["mind-reading", "overgeneralizing"],
    });
    t.clock.advance(1000);
    await c.post("/api/thoughts", {
      thought: "Ich bin eine Last. ÜBER alles.",
      balancedThought: "Ein 100% Fehler? Nein.",
      keptTraps: ["burden"],
    });

    const all = (await c.get("/api/thoughts")).json();
    expect(all.thoughts.map((x: { thought: string }) => x.thought)).toEqual([
      "Ich bin eine Last. ÜBER alles.",
      "Everyone thinks I'm odd.",
      "Nobody ever calls me back.",
    ]);
    expect(all.trapCounts).toEqual([
      { id: "overgeneralizing", count: 2 },
      { id: "mind-reading", count: 1 },
      { id: "burden", count: 1 },
    ]);

    const search = async (q: string) =>
      (await c.get(`/api/thoughts?q=${encodeURIComponent(q)}`))
        .json()
        .thoughts.map((x: { thought: string }) => x.thought);
    expect(await search("work party")).toEqual(["Everyone thinks I'm odd."]);
    expect(await search("CALLS")).toEqual(["Nobody ever calls me back."]);
    expect(await search("über")).toEqual(["Ich bin eine Last. ÜBER alles."]);
    expect(await search("100%")).toEqual(["Ich bin eine Last. ÜBER alles."]);
    expect(await search("%")).toEqual(["Ich bin eine Last. ÜBER alles."]);
    expect(await search("_")).toEqual([]);
    expect(await search("   ")).toHaveLength(3);
    // Search narrows the list, never the counts: those are over every record.
    expect((await c.get("/api/thoughts?q=work")).json().trapCounts).toEqual(all.trapCounts);
  });

  it("keeps any Unicode exactly, with spans in UTF-16 offsets", async () => {
    const thought = "😔 أنا I'm such an idiot e\u0301 🌧️";
    const record = (await c.post("/api/thoughts", { thought, situation: "זה קשה 👋🏽" })).json();
    expect(record.thought).toBe(thought);
    expect(record.situation).toBe("זה קשה 👋🏽");
    const labeling = record.suggestedTraps.find((x: { id: string }) => x.id === "labeling");
    expect(labeling).toBeDefined();
    const [span] = labeling.spans;
    expect(thought.slice(span.start, span.end)).toContain("idiot");
  });

  it("deletes a record for good", async () => {
    const { id } = (await c.post("/api/thoughts", FULL)).json();
    expect((await c.delete(`/api/thoughts/${id}`)).statusCode).toBe(204);
    expect((await c.get(`/api/thoughts/${id}`)).statusCode).toBe(404);
    expect((await c.delete(`/api/thoughts/${id}`)).statusCode).toBe(404);
    expect(await countRows(t)).toBe(0);
  });

  it("answers 404 for an id that does not exist", async () => {
    expect((await c.get("/api/thoughts/nope")).statusCode).toBe(404);
    const put = await c.put("/api/thoughts/nope", { thought: "Still here." });
    expect(put.statusCode).toBe(404);
    expect(put.json().error.code).toBe("not-found");
    expect(await countRows(t)).toBe(0);
  });

  it.each([
    ["thought missing", { situation: "x" }, "thought", "required"],
    ["thought empty", { thought: "" }, "thought", "must not be empty"],
    ["thought only spaces", { thought: "  \n\t " }, "thought", "must not be empty"],
    ["thought too long", { thought: "x".repeat(5001) }, "thought", "5000"],
    ["thought not text", { thought: 42 }, "thought", "text"],
    ["situation too long", { thought: "ok", situation: "x".repeat(5001) }, "situation", "5000"],
    [
      "evidence for too long",
      { thought: "ok", evidenceFor: "x".repeat(5001) },
      "evidenceFor",
      "5000",
    ],
    [
      "evidence against too long",
      { thought: "ok", evidenceAgainst: "x".repeat(5001) },
      "evidenceAgainst",
      "5000",
    ],
    [
      "balanced thought too long",
      { thought: "ok", balancedThought: "x".repeat(5001) },
      "balancedThought",
      "5000",
    ],
    ["unknown trap", { thought: "ok", keptTraps: ["doom"] }, "keptTraps.0", "trap"],
    [
      "unknown trap set aside",
      { thought: "ok", setAsideTraps: ["doom"] },
      "setAsideTraps.0",
      "trap",
    ],
    [
      "trap both kept and set aside",
      { thought: "ok", keptTraps: ["labeling", "burden"], setAsideTraps: ["burden"] },
      "setAsideTraps.0",
      "either kept or set aside",
    ],
    ["repeated trap", { thought: "ok", keptTraps: ["burden", "burden"] }, "keptTraps", "repeat"],
    [
      "feeling over 100",
      { thought: "ok", feelings: [{ name: "Sad", before: 101 }] },
      "feelings.0.before",
      "0 to 100",
    ],
    [
      "feeling below 0",
      { thought: "ok", feelings: [{ name: "Sad", before: 50, after: -1 }] },
      "feelings.0.after",
      "0 to 100",
    ],
    [
      "feeling not whole",
      { thought: "ok", feelings: [{ name: "Sad", before: 50.5 }] },
      "feelings.0.before",
      "whole number",
    ],
    [
      "feeling without a name",
      { thought: "ok", feelings: [{ name: " ", before: 50 }] },
      "feelings.0.name",
      "empty",
    ],
    [
      "feeling without strength",
      { thought: "ok", feelings: [{ name: "Sad" }] },
      "feelings.0.before",
      "required",
    ],
    [
      "unknown feeling field",
      { thought: "ok", feelings: [{ name: "Sad", before: 5, colour: "blue" }] },
      "feelings.0.colour",
      "not a field",
    ],
    ["unknown field", { thought: "ok", mood: 3 }, "mood", "not a field"],
    [
      "suggested traps sent by the caller",
      { thought: "ok", suggestedTraps: [] },
      "suggestedTraps",
      "not a field",
    ],
    ["body not an object", [1, 2], "body", "object"],
  ])("refuses %s with 400 naming the field, storing nothing", async (_name, body, field, words) => {
    const created = await c.post("/api/thoughts", body);
    expect(created.statusCode).toBe(400);
    expect(created.json().error.fields[field]).toContain(words);
    expect(await countRows(t)).toBe(0);

    // The same rules on a change, and the stored record stays as it was.
    const { id } = (await c.post("/api/thoughts", { thought: "First version." })).json();
    const changed = await c.put(`/api/thoughts/${id}`, body);
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.fields[field]).toContain(words);
    expect((await c.get(`/api/thoughts/${id}`)).json().thought).toBe("First version.");
  });

  it("accepts texts of exactly 5,000 characters, emoji counted as UTF-16", async () => {
    const response = await c.post("/api/thoughts", {
      thought: "é".repeat(5000),
      evidenceFor: "😔".repeat(2500),
    });
    expect(response.statusCode).toBe(201);
  });

  it("refuses an unknown or too long search parameter", async () => {
    const unknown = await c.get("/api/thoughts?search=x");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty("search");
    const long = await c.get(`/api/thoughts?q=${"x".repeat(201)}`);
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toHaveProperty("q");
  });

  it("answers nothing without a session", async () => {
    const anon = t.client();
    expect((await anon.get("/api/thoughts")).statusCode).toBe(401);
    expect((await anon.post("/api/thoughts", FULL)).statusCode).toBe(401);
    expect((await anon.get("/api/thoughts/x")).statusCode).toBe(401);
    expect((await anon.put("/api/thoughts/x", FULL)).statusCode).toBe(401);
    expect((await anon.delete("/api/thoughts/x")).statusCode).toBe(401);
    expect(await countRows(t)).toBe(0);
  });
});

// Two people on one server, on each engine: neither can see, change or delete the other's records.
describe.each(engines)("thought records of two people on %s", (engine) => {
  const people = useTwoPeople(engine);

  it("keeps each person's records to themselves, answering 404 for the other's", async () => {
    const { owner, member } = people;
    const mine = (
      await owner.post("/api/thoughts", { thought: "Owner's thought", keptTraps: ["labeling"] })
    ).json();
    await member.post("/api/thoughts", { thought: "Robin's thought", keptTraps: ["burden"] });

    const robinSees = (await member.get("/api/thoughts?q=thought")).json();
    expect(robinSees.thoughts.map((x: { thought: string }) => x.thought)).toEqual([
      "Robin's thought",
    ]);
    expect(robinSees.trapCounts).toEqual([{ id: "burden", count: 1 }]);

    const read = await member.get(`/api/thoughts/${mine.id}`);
    expect(read.statusCode).toBe(404);
    expect(JSON.stringify(read.json())).not.toContain("Owner");
    expect((await member.put(`/api/thoughts/${mine.id}`, { thought: "Taken" })).statusCode).toBe(
      404,
    );
    expect((await member.delete(`/api/thoughts/${mine.id}`)).statusCode).toBe(404);
    expect((await owner.get(`/api/thoughts/${mine.id}`)).json()).toEqual(mine);
  });
});
