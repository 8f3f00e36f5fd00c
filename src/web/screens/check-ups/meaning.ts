import type { InstrumentId } from "../../../core/assessments/assessment.schema.js";
import type { AssessmentRecord } from "../../../core/assessments/assessment-record.schema.js";
import { phq9 } from "../../../core/assessments/phq9.js";
import { ucla3 } from "../../../core/assessments/ucla3.js";

export const instruments = { phq9, ucla3 } as const;

/** How each questionnaire is offered: what it looks at, in plain words, and how long it takes. */
export const offers: Record<InstrumentId, { what: string; length: string }> = {
  phq9: {
    what: "How your mood has been over the last 2 weeks",
    length: "9 questions, about 2 minutes",
  },
  ucla3: { what: "How connected or left out you have felt", length: "3 questions, under a minute" },
};

export const shortName: Record<InstrumentId, string> = { phq9: "PHQ-9", ucla3: "UCLA-3" };

const bandLabels: Record<string, string> = {
  minimal: "Minimal",
  mild: "Mild",
  moderate: "Moderate",
  "moderately-severe": "Moderately severe",
  severe: "Severe",
  "not-lonely": "Not often lonely",
  lonely: "Often lonely",
};

export function bandLabel(band: string): string {
  return bandLabels[band] ?? band;
}

/** What a band means, said as screening: how much something has bothered the person, not what they "have". */
const bandMeanings: Record<string, string> = {
  minimal:
    "Your answers show few signs of low mood over the last 2 weeks. If something still feels wrong, that matters too.",
  mild: "Your answers show some signs of low mood. Taking this again in two weeks can show whether things are easing or staying the same.",
  moderate:
    "Your answers show that low mood has been getting in the way quite a bit over the last 2 weeks.",
  "moderately-severe":
    "Your answers show that low mood has been weighing on you a lot over the last 2 weeks.",
  severe:
    "Your answers show that low mood has been very hard on you over the last 2 weeks. You deserve support with this.",
  "not-lonely": "Your answers show you haven't often felt lonely lately.",
  lonely:
    "Your answers show you have often felt lonely or left out lately. That is common, especially when mood is low, and it can change with small steps.",
};

export function bandMeaning(band: string): string {
  return bandMeanings[band] ?? "";
}

export function maxScore(instrument: InstrumentId): number {
  return instrument === "phq9" ? 27 : 9;
}

export function minScore(instrument: InstrumentId): number {
  return instrument === "phq9" ? 0 : 3;
}

/** PHQ-9 of 10 or more is where the published guidance suggests talking it over with a professional. */
export function suggestsProfessional(record: AssessmentRecord): boolean {
  return record.instrument === "phq9" && record.score >= 10;
}

export function takenOn(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: "numeric",
    month: "short",
    year: "numeric",
  });
}
