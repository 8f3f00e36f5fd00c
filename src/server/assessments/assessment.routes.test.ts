import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp, useTwoPeople } from "../../../test/support/test-app.js";

const NINE = [1, 1, 1, 1, 1, 2, 2, 1, 0];

describe("questionnaires", () => {
  let t: TestApp;
  let c: ApiClient;
  beforeEach(async () => {
    t = await createTestApp();
    c = await t.owner();
  });
  afterEach(async () => {
    await t.close();
  });

  const stored = async () => (await c.get("/api/assessments")).json().assessments;

  it("scores and stores a PHQ-9 with its answers and difficulty", async () => {
    const response = await c.post("/api/assessments", {
      instrument: "phq9",
      answers: NINE,
      difficulty: 2,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      id: expect.any(String),
      instrument: "phq9",
      score: 10,
      band: "moderate",
      flags: { selfHarm: false },
      answers: NINE,
      difficulty: 2,
      takenAt: "2026-11-29T12:00:00.000Z",
    });
    expect(await stored()).toEqual([response.json()]);
  });

  it("raises and keeps the self-harm flag when item 9 is above 0, whatever the total", async () => {
    const response = await c.post("/api/assessments", {
      instrument: "phq9",
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    expect(response.json()).toMatchObject({ score: 1, band: "minimal", flags: { selfHarm: true } });
    expect((await stored())[0].flags).toEqual({ selfHarm: true });
  });

  it("scores a UCLA-3, which carries no self-harm flag", async () => {
    const response = await c.post("/api/assessments", { instrument: "ucla3", answers: [2, 2, 2] });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      instrument: "ucla3",
      score: 6,
      band: "lonely",
      flags: {},
      answers: [2, 2, 2],
    });
  });

  it("lists oldest first, filtered by instrument when asked", async () => {
    await c.post("/api/assessments", { instrument: "phq9", answers: NINE });
    t.clock.advance(86_400_000);
    await c.post("/api/assessments", { instrument: "ucla3", answers: [1, 1, 1] });
    t.clock.advance(86_400_000);
    await c.post("/api/assessments", { instrument: "phq9", answers: new Array(9).fill(0) });

    const all = await stored();
    expect(all.map((a: { instrument: string; score: number }) => [a.instrument, a.score])).toEqual([
      ["phq9", 10],
      ["ucla3", 3],
      ["phq9", 0],
    ]);
    const phq9 = (await c.get("/api/assessments?instrument=phq9")).json().assessments;
    expect(phq9.map((a: { takenAt: string }) => a.takenAt)).toEqual([
      "2026-11-29T12:00:00.000Z",
      "2026-12-01T12:00:00.000Z",
    ]);
    const ucla3 = (await c.get("/api/assessments?instrument=ucla3")).json().assessments;
    expect(ucla3).toHaveLength(1);
  });

  it.each([
    [
      "too few PHQ-9 answers",
      { instrument: "phq9", answers: NINE.slice(0, 8) },
      "answers",
      "exactly 9 answers, got 8",
    ],
    [
      "too many PHQ-9 answers",
      { instrument: "phq9", answers: [...NINE, 0] },
      "answers",
      "exactly 9 answers, got 10",
    ],
    [
      "too few UCLA-3 answers",
      { instrument: "ucla3", answers: [1, 2] },
      "answers",
      "exactly 3 answers, got 2",
    ],
    ["no answers", { instrument: "phq9" }, "answers", "required"],
    ["answers not a list", { instrument: "phq9", answers: "0,1,2" }, "answers", "list of 9"],
    [
      "a PHQ-9 answer above 3",
      { instrument: "phq9", answers: [0, 0, 4, 0, 0, 0, 0, 0, 0] },
      "answers.2",
      "0 to 3",
    ],
    [
      "a PHQ-9 answer below 0",
      { instrument: "phq9", answers: [-1, 0, 0, 0, 0, 0, 0, 0, 0] },
      "answers.0",
      "0 to 3",
    ],
    [
      "a fractional answer",
      { instrument: "phq9", answers: [0, 0, 0, 1.5, 0, 0, 0, 0, 0] },
      "answers.3",
      "whole number",
    ],
    [
      "an answer as text",
      { instrument: "phq9", answers: [0, 0, 0, 0, 0, "2", 0, 0, 0] },
      "answers.5",
      "whole number",
    ],
    ["a UCLA-3 answer of 0", { instrument: "ucla3", answers: [1, 0, 3] }, "answers.1", "1 to 3"],
    ["a UCLA-3 answer of 4", { instrument: "ucla3", answers: [1, 2, 4] }, "answers.2", "1 to 3"],
    [
      "difficulty out of range",
      { instrument: "phq9", answers: NINE, difficulty: 4 },
      "difficulty",
      "0 to 3",
    ],
    [
      "difficulty on a UCLA-3",
      { instrument: "ucla3", answers: [1, 2, 3], difficulty: 1 },
      "difficulty",
      "not a field",
    ],
    [
      "an unknown instrument",
      { instrument: "gad7", answers: NINE },
      "instrument",
      '"phq9" or "ucla3"',
    ],
    ["no instrument", { answers: NINE }, "instrument", '"phq9" or "ucla3"'],
    ["an unknown field", { instrument: "phq9", answers: NINE, mood: 3 }, "mood", "not a field"],
    ["a body that is not an object", [NINE], "body", "object"],
  ])(
    "refuses %s with 400 naming the problem, storing nothing",
    async (_name, body, field, words) => {
      const response = await c.post("/api/assessments", body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid-input");
      expect(response.json().error.fields[field]).toContain(words);
      expect(await stored()).toEqual([]);
    },
  );

  it.each([
    ["an unknown instrument", "instrument=gad7", "instrument"],
    ["an unknown parameter", "since=2026-01-01", "since"],
  ])("refuses a list query with %s", async (_name, query, field) => {
    const response = await c.get(`/api/assessments?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty(field);
  });

  it("answers nothing without a session", async () => {
    const anon = t.client();
    expect((await anon.get("/api/assessments")).statusCode).toBe(401);
    expect(
      (await anon.post("/api/assessments", { instrument: "ucla3", answers: [1, 1, 1] })).statusCode,
    ).toBe(401);
    expect(await stored()).toEqual([]);
  });
});

describe.each(engines)("questionnaires of two people on %s", (engine) => {
  const people = useTwoPeople(engine);

  it("keeps each person's scores to themselves", async () => {
    const { owner, member } = people;
    await owner.post("/api/assessments", {
      instrument: "phq9",
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 2],
    });
    await member.post("/api/assessments", { instrument: "ucla3", answers: [3, 3, 3] });
    const mine = (await member.get("/api/assessments")).json().assessments;
    expect(mine.map((a: { instrument: string }) => a.instrument)).toEqual(["ucla3"]);
    const theirs = (await owner.get("/api/assessments")).json().assessments;
    expect(theirs.map((a: { instrument: string }) => a.instrument)).toEqual(["phq9"]);
  });
});
