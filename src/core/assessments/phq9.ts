import type { InstrumentDefinition } from "./assessment.schema.js";
import { bandOf, type SummedScale, sumAnswers } from "./sum-answers.js";

/**
 * PHQ-9, the nine-item depression screening questionnaire (Kroenke, Spitzer & Williams, 2001).
 * In the public domain: its wording is reproduced here word for word, as it must be for the
 * published scoring to hold. A PHQ-9 total is a screening score, never a diagnosis.
 */
export const phq9 = {
  id: "phq9",
  title: "PHQ-9",
  name: "Patient Health Questionnaire-9",
  frame:
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  items: [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
  ],
  choices: [
    { value: 0, label: "Not at all" },
    { value: 1, label: "Several days" },
    { value: 2, label: "More than half the days" },
    { value: 3, label: "Nearly every day" },
  ],
  followUp: {
    key: "difficulty",
    question:
      "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
    choices: [
      { value: 0, label: "Not difficult at all" },
      { value: 1, label: "Somewhat difficult" },
      { value: 2, label: "Very difficult" },
      { value: 3, label: "Extremely difficult" },
    ],
  },
  bands: [
    { band: "minimal", min: 0, max: 4 },
    { band: "mild", min: 5, max: 9 },
    { band: "moderate", min: 10, max: 14 },
    { band: "moderately-severe", min: 15, max: 19 },
    { band: "severe", min: 20, max: 27 },
  ],
  source:
    "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.",
} as const satisfies InstrumentDefinition;

export const PHQ9_ITEM_COUNT = phq9.items.length;
export const PHQ9_ANSWER_MIN = 0;
export const PHQ9_ANSWER_MAX = 3;

/** Item 9 asks about thoughts of death or self-harm; any answer above "Not at all" matters. */
const SELF_HARM_ITEM_INDEX = 8;

export type Phq9Band = (typeof phq9.bands)[number]["band"];

export interface Phq9Result {
  score: number;
  band: Phq9Band;
  flags: { selfHarm: boolean };
}

const scale: SummedScale<Phq9Band> = {
  label: "PHQ-9",
  items: PHQ9_ITEM_COUNT,
  answerMin: PHQ9_ANSWER_MIN,
  answerMax: PHQ9_ANSWER_MAX,
  bands: phq9.bands,
};

/** The severity band for a PHQ-9 total, by the published cut-offs. */
export function phq9Band(score: number): Phq9Band {
  return bandOf(scale, score);
}

/** Sums the nine answers. The follow-up difficulty question is asked but never scored. */
export function scorePhq9(answers: readonly number[]): Phq9Result {
  const score = sumAnswers(scale, answers);
  const selfHarmAnswer = answers[SELF_HARM_ITEM_INDEX] ?? 0;
  return { score, band: phq9Band(score), flags: { selfHarm: selfHarmAnswer > 0 } };
}
