import type { AssessmentRequest } from "./assessment.schema.js";
import { type Phq9Band, scorePhq9 } from "./phq9.js";
import { scoreUcla3, type Ucla3Band } from "./ucla3.js";

/** A questionnaire's total, its band, and anything that must bring up the safety plan. */
export interface AssessmentScore {
  score: number;
  band: Phq9Band | Ucla3Band;
  flags: { selfHarm?: boolean };
}

/**
 * Scores a validated request by the instrument's published rules. PHQ-9's difficulty question
 * is stored by the caller but never counts towards the total.
 */
export function scoreAssessment(input: AssessmentRequest): AssessmentScore {
  switch (input.instrument) {
    case "phq9":
      return scorePhq9(input.answers);
    case "ucla3":
      return scoreUcla3(input.answers);
  }
}
