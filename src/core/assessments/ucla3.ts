import type { InstrumentDefinition } from "./assessment.schema.js";
import { bandOf, type SummedScale, sumAnswers } from "./sum-answers.js";

/**
 * The three-item UCLA Loneliness Scale (Hughes, Waite, Hawkley & Cacioppo, 2004), a short form
 * of the UCLA Loneliness Scale made for large surveys. Wording reproduced word for word.
 */
export const ucla3 = {
  id: "ucla3",
  title: "UCLA 3-item Loneliness Scale",
  name: "Three-Item Loneliness Scale",
  frame:
    "The next questions are about how you feel about different aspects of your life. For each one, tell me how often you feel that way.",
  items: [
    "How often do you feel that you lack companionship?",
    "How often do you feel left out?",
    "How often do you feel isolated from others?",
  ],
  choices: [
    { value: 1, label: "Hardly ever" },
    { value: 2, label: "Some of the time" },
    { value: 3, label: "Often" },
  ],
  bands: [
    { band: "not-lonely", min: 3, max: 5 },
    { band: "lonely", min: 6, max: 9 },
  ],
  source:
    "Hughes ME, Waite LJ, Hawkley LC, Cacioppo JT. A short scale for measuring loneliness in large surveys: results from two population-based studies. Res Aging. 2004;26(6):655-672.",
} as const satisfies InstrumentDefinition;

export const UCLA3_ITEM_COUNT = ucla3.items.length;
export const UCLA3_ANSWER_MIN = 1;
export const UCLA3_ANSWER_MAX = 3;

export type Ucla3Band = (typeof ucla3.bands)[number]["band"];

export interface Ucla3Result {
  score: number;
  band: Ucla3Band;
  flags: Record<string, never>;
}

const scale: SummedScale<Ucla3Band> = {
  label: "UCLA-3",
  items: UCLA3_ITEM_COUNT,
  answerMin: UCLA3_ANSWER_MIN,
  answerMax: UCLA3_ANSWER_MAX,
  bands: ucla3.bands,
};

/** The band for a UCLA-3 total: 6 and above is the usual cut-off for loneliness. */
export function ucla3Band(score: number): Ucla3Band {
  return bandOf(scale, score);
}

/** Sums the three answers. */
export function scoreUcla3(answers: readonly number[]): Ucla3Result {
  const score = sumAnswers(scale, answers);
  return { score, band: ucla3Band(score), flags: {} };
}
