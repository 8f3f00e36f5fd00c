import { describe, expect, it } from "vitest";
import { assessmentRequestSchema, assessmentSchema } from "./assessment.schema.js";

/** Each issue as "path: message", so a test reads like the error a person would see. */
function problems(input: unknown): string[] {
  const result = assessmentRequestSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const nine = [0, 1, 2, 3, 0, 1, 2, 3, 0];

describe("assessment request: accepted", () => {
  it("takes a PHQ-9 with or without the difficulty answer", () => {
    expect(assessmentRequestSchema.parse({ instrument: "phq9", answers: nine })).toEqual({
      instrument: "phq9",
      answers: nine,
    });
    expect(
      assessmentRequestSchema.parse({ instrument: "phq9", answers: nine, difficulty: 2 }),
    ).toEqual({ instrument: "phq9", answers: nine, difficulty: 2 });
  });

  it("takes a UCLA-3", () => {
    expect(assessmentRequestSchema.parse({ instrument: "ucla3", answers: [1, 2, 3] })).toEqual({
      instrument: "ucla3",
      answers: [1, 2, 3],
    });
  });
});

describe("assessment request: refused, with the field named", () => {
  it("refuses the wrong number of answers", () => {
    expect(problems({ instrument: "phq9", answers: nine.slice(0, 8) })).toEqual([
      "answers: PHQ-9 needs exactly 9 answers, got 8",
    ]);
    expect(problems({ instrument: "phq9", answers: [...nine, 0] })).toEqual([
      "answers: PHQ-9 needs exactly 9 answers, got 10",
    ]);
    expect(problems({ instrument: "ucla3", answers: [1, 2] })).toEqual([
      "answers: UCLA-3 needs exactly 3 answers, got 2",
    ]);
  });

  it("refuses answers out of range", () => {
    expect(problems({ instrument: "phq9", answers: [0, 0, 4, 0, 0, 0, 0, 0, 0] })).toEqual([
      "answers.2: answer 3 must be a whole number from 0 to 3",
    ]);
    expect(problems({ instrument: "phq9", answers: [-1, 0, 0, 0, 0, 0, 0, 0, 0] })).toEqual([
      "answers.0: answer 1 must be a whole number from 0 to 3",
    ]);
    expect(problems({ instrument: "ucla3", answers: [1, 0, 3] })).toEqual([
      "answers.1: answer 2 must be a whole number from 1 to 3",
    ]);
    expect(problems({ instrument: "ucla3", answers: [1, 2, 4] })).toEqual([
      "answers.2: answer 3 must be a whole number from 1 to 3",
    ]);
  });

  it("refuses answers that are not whole numbers", () => {
    expect(problems({ instrument: "phq9", answers: [0, 0, 0, 1.5, 0, 0, 0, 0, 0] })).toEqual([
      "answers.3: answer 4 must be a whole number from 0 to 3",
    ]);
    expect(problems({ instrument: "phq9", answers: [0, 0, 0, 0, 0, "2", 0, 0, 0] })).toEqual([
      "answers.5: answer 6 must be a whole number from 0 to 3",
    ]);
    expect(problems({ instrument: "phq9", answers: "0,1,2" })).toEqual([
      "answers: must be a list of 9 answers",
    ]);
  });

  it("refuses a difficulty answer out of range", () => {
    expect(problems({ instrument: "phq9", answers: nine, difficulty: 4 })).toEqual([
      "difficulty: difficulty must be a whole number from 0 to 3",
    ]);
    expect(problems({ instrument: "phq9", answers: nine, difficulty: 0.5 })).toEqual([
      "difficulty: difficulty must be a whole number from 0 to 3",
    ]);
  });

  it("refuses an unknown or missing instrument", () => {
    expect(problems({ instrument: "gad7", answers: nine })).toEqual([
      'instrument: instrument must be "phq9" or "ucla3"',
    ]);
    expect(problems({ answers: nine })).toEqual([
      'instrument: instrument must be "phq9" or "ucla3"',
    ]);
  });

  it("refuses unknown fields, naming them", () => {
    expect(problems({ instrument: "phq9", answers: nine, mood: 3 })).toEqual([
      ': unknown field "mood"',
    ]);
    expect(problems({ instrument: "ucla3", answers: [1, 2, 3], difficulty: 1 })).toEqual([
      ': unknown field "difficulty"',
    ]);
    const result = assessmentRequestSchema.safeParse({
      instrument: "phq9",
      answers: nine,
      a: 1,
      b: 2,
    });
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe("unrecognized_keys");
    expect(issue?.code === "unrecognized_keys" ? issue.keys : []).toEqual(["a", "b"]);
  });

  it("refuses anything that is not an object", () => {
    for (const input of [null, "phq9", 7, [nine]]) {
      expect(problems(input)).toEqual([": must be an object with instrument and answers"]);
    }
  });
});

describe("assessment response", () => {
  const takenAt = "2026-03-01T09:30:00.000Z";

  it("accepts a scored PHQ-9 and a scored UCLA-3", () => {
    expect(
      assessmentSchema.safeParse({
        id: "a1",
        instrument: "phq9",
        score: 12,
        band: "moderate",
        flags: { selfHarm: false },
        takenAt,
      }).success,
    ).toBe(true);
    expect(
      assessmentSchema.safeParse({
        id: "a2",
        instrument: "ucla3",
        score: 7,
        band: "lonely",
        flags: {},
        takenAt,
      }).success,
    ).toBe(true);
  });

  it("refuses a band from the other instrument, a score out of range, or extra fields", () => {
    const base = { id: "a3", instrument: "ucla3", score: 7, band: "lonely", flags: {}, takenAt };
    expect(assessmentSchema.safeParse({ ...base, band: "moderate" }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...base, score: 12 }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...base, answers: [1, 2, 3] }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...base, takenAt: "yesterday" }).success).toBe(false);
  });
});
