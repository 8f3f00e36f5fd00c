import { describe, expect, it } from "vitest";
import { assessmentRequestSchema } from "./assessment.schema.js";
import { scoreAssessment } from "./score-assessment.js";

describe("scoreAssessment", () => {
  it("scores a PHQ-9 by its own rules, ignoring the difficulty answer", () => {
    const request = assessmentRequestSchema.parse({
      instrument: "phq9",
      answers: [1, 1, 1, 1, 1, 2, 2, 1, 0],
      difficulty: 3,
    });
    expect(scoreAssessment(request)).toEqual({
      score: 10,
      band: "moderate",
      flags: { selfHarm: false },
    });
  });

  it("flags self-harm from PHQ-9 item 9", () => {
    const request = assessmentRequestSchema.parse({
      instrument: "phq9",
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    expect(scoreAssessment(request)).toEqual({
      score: 1,
      band: "minimal",
      flags: { selfHarm: true },
    });
  });

  it("scores a UCLA-3 by its own rules, with no flags", () => {
    const request = assessmentRequestSchema.parse({ instrument: "ucla3", answers: [2, 2, 2] });
    expect(scoreAssessment(request)).toEqual({ score: 6, band: "lonely", flags: {} });
  });
});
